/**
 * Shapes of the demo data set. Plain data, no framework types: `src/seed` turns these into
 * Payload documents (resolving keys and slugs to ids and the block lists to Lexical JSON).
 */

export type ReferenceKind = 'journal-article' | 'book-chapter' | 'guideline' | 'web-page'

export type SeedReference = {
  /** Seed-only handle used by citations (`[[ref:key]]`) and by drugs' reference lists. */
  key: string
  kind: ReferenceKind
  /** NLM style names, e.g. "Casali PG". Organisations as written, e.g. "PDQ Adult Treatment Editorial Board". */
  authors: string[]
  title: string
  /** Journal abbreviation as NLM writes it, for journal articles. */
  journal?: string
  /** For book chapters. */
  bookTitle?: string
  editors?: string[]
  edition?: string
  publisher?: string
  publisherPlace?: string
  year: number
  volume?: string
  issue?: string
  pages?: string
  pmid?: string
  doi?: string
  url?: string
  /** ISO date (YYYY-MM-DD) the web page was accessed. */
  accessedAt?: string
  /** ISO date (YYYY-MM-DD) the reference was last checked by the board. */
  lastReviewedAt: string
  keyReference?: boolean
  retracted?: boolean
}

export type DrugRoute = 'oral' | 'intravenous' | 'subcutaneous' | 'intramuscular' | 'topical' | 'other'
export type ApprovalStatus = 'approved' | 'not-approved' | 'clinical-trials'

export type SeedDrug = {
  slug: string
  /** Generic name, lower case as written in running text, e.g. "pazopanib". */
  name: string
  brandNames: string[]
  drugClass: string
  /** How it works, in plain language (2–4 sentences). */
  mechanism: string
  route: DrugRoute
  approvals: { indication: string; status: ApprovalStatus; authority: string; year?: number }[]
  sideEffects: string[]
  /** Keys of SeedReference entries. */
  references: string[]
}

export type Modality =
  | 'surgery'
  | 'radiation'
  | 'chemotherapy'
  | 'targeted-therapy'
  | 'immunotherapy'
  | 'other'

export type SeedTreatment = {
  slug: string
  name: string
  modality: Modality
  description: string
  /** Slugs of SeedDrug entries. */
  drugs: string[]
}

export type StagingSystem = 'trunk-extremities' | 'retroperitoneum'
export type StageCode = 'IA' | 'IB' | 'II' | 'IIIA' | 'IIIB' | 'IV'
export type Grade = 'low' | 'mid' | 'high' | 'unknown'
export type NodeSpread = 'N0' | 'N1' | 'any'
export type Metastasis = 'M0' | 'M1' | 'any'

/** One alternative of a stage's definition ("one of the following is found"). */
export type SeedStageCriteria = {
  /** Exclusive lower bound in cm ("larger than 5 cm" → 5). Omitted: no lower bound. */
  sizeMinCm?: number
  /** Inclusive upper bound in cm ("5 cm or smaller" → 5). Omitted: no upper bound. */
  sizeMaxCm?: number
  grades: Grade[]
  nodes: NodeSpread
  metastasis: Metastasis
}

export type SeedStage = {
  system: StagingSystem
  code: StageCode
  /** Plain-language description for patients. */
  description: string
  criteria: SeedStageCriteria[]
  /** Treatment slugs with an optional note such as "before or after surgery". */
  treatmentOptions: { treatment: string; note?: string }[]
}

/**
 * Rich text in the seed is a list of blocks. Inline markup inside `text` / `items`:
 *   [[ref:key]]   a citation of the SeedReference with that key, placed right after the claim it supports
 *   **bold**      bold text
 */
export type SeedBlock =
  | { type: 'paragraph'; text: string }
  | { type: 'heading'; text: string }
  | { type: 'list'; ordered?: boolean; items: string[] }

export type SectionType =
  | 'general-information'
  | 'stages'
  | 'treatment-overview'
  | 'treatment-by-stage'
  | 'recurrent'
  | 'learn-more'
  | 'about-this-summary'
  | 'other'

export type SeedSection = {
  /** Seed-only handle, stable across seed runs. */
  key: string
  title: string
  sectionType: SectionType
  keyPoints: string[]
  body: SeedBlock[]
}

export type SummaryType =
  | 'treatment'
  | 'supportive-care'
  | 'screening'
  | 'prevention'
  | 'genetics'
  | 'integrative'

export type SeedSummary = {
  slug: string
  title: string
  audience: 'patient' | 'health-professional'
  language: 'en' | 'es'
  summaryType: SummaryType
  cancerType: string
  description: string
  /** ISO dates. */
  lastComprehensiveReviewAt: string
  nextComprehensiveReviewAt: string
  relatedStages: { system: StagingSystem; code: StageCode }[]
  relatedTreatments: string[]
  relatedDrugs: string[]
  sections: SeedSection[]
}
