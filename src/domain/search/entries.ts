import type { Revision } from '../revisions'
import type { SearchLanguage } from './analyze'
import type { SearchAudience, SearchType } from './query'

import { stagingSystemInText } from '../staging/systems'
import { termsOf } from './analyze'

/** One passage a hit can point at: a summary's section, or the whole of a short document. */
export type SearchSection = {
  /** The page's anchor for it, '' for the top of the page. */
  anchor: string
  /** Its heading as the page shows it; '' for an untitled section. */
  heading: string
  /** Its text as a reader sees it, without citation markers. */
  text: string
}

/** What the search knows of one published document: the latest revision's words and where they are. */
export type SearchDocument = {
  /** `summaries:12`: one per document, whatever its slug becomes. */
  key: string
  type: SearchType
  slug: string
  title: string
  language: SearchLanguage
  audience: SearchAudience | null
  /** The public page, relative to the site's origin. */
  url: string
  sections: SearchSection[]
}

/** The row the index stores for a section: its passage and the terms that find it. */
export type SearchRow = SearchSection & { position: number; terms: string }

/** What the index stores for a document: its metadata with its title's terms, and its sections' rows. */
export type SearchEntry = { meta: Omit<SearchDocument, 'sections'> & { titleTerms: string }; rows: SearchRow[] }

/** `[3]`, `[3,4]` or `[3-5]` after a sentence: the plain text's citation numbers, which no reader searches for. */
const CITATION_MARKERS = /\s?\[\d+(?:\s*[,–-]\s*\d+)*\]/g

const readable = (text: string): string =>
  text
    .replace(CITATION_MARKERS, '')
    .replace(/[^\S\n]+/g, ' ')
    .trim()

/** A summary section's anchor on its page: the PDQ id when it has one (as SummaryView renders it). */
const sectionAnchor = (section: { id: string; pdqId?: string | null }): string =>
  section.pdqId && /^_[A-Za-z0-9_.-]{1,38}$/.test(section.pdqId) ? section.pdqId : `section-${section.id}`

const lines = (...parts: (string | null | undefined)[]): string => parts.filter((part): part is string => Boolean(part?.trim())).join('\n')

/** Short fields as sentences, so a snippet that runs from one into the next still reads. */
const sentences = (...parts: (string | null | undefined)[]): string =>
  lines(...parts.map((part) => (part?.trim() && !/[.!?:;]$/.test(part.trim()) ? `${part.trim()}.` : part)))

/**
 * The search's view of a published revision, or null for what the search does not cover (references
 * and treatments have no page of their own; a retirement takes the document out).
 */
export const searchDocumentOf = (revision: Revision): SearchDocument | null => {
  if (revision.kind !== 'published') return null
  const key = `${revision.type}:${revision.documentId}`
  switch (revision.type) {
    case 'summaries': {
      const { content } = revision
      const top: SearchSection = { anchor: '', heading: '', text: lines(content.description) }
      const sections = content.sections.map((section) => ({
        anchor: sectionAnchor(section),
        heading: section.title,
        text: lines(...section.keyPoints, readable(section.body.text)),
      }))
      return {
        key,
        type: 'summaries',
        slug: revision.slug,
        title: content.title,
        language: content.language,
        audience: content.audience,
        url: `/summaries/${revision.slug}`,
        sections: [top, ...sections].filter((section) => section.text || section.heading || section.anchor === ''),
      }
    }
    case 'drugs': {
      const { content } = revision
      const text = sentences(
        content.brandNames.length > 0 ? `Brand names: ${content.brandNames.join(', ')}` : null,
        content.drugClass,
        content.mechanism,
        ...content.approvals.map((approval) => approval.indication),
        content.sideEffects.length > 0 ? `Side effects: ${content.sideEffects.join(', ')}` : null,
      )
      return {
        key,
        type: 'drugs',
        slug: revision.slug,
        title: content.name,
        language: 'en',
        audience: null,
        url: `/drugs/${revision.slug}`,
        sections: [{ anchor: '', heading: '', text }],
      }
    }
    case 'stages': {
      const { content } = revision
      return {
        key,
        type: 'stages',
        slug: revision.slug,
        title: content.title,
        language: 'en',
        audience: null,
        url: `/stages/${content.system}`,
        sections: [
          { anchor: revision.slug, heading: '', text: lines(`Staging of the ${stagingSystemInText[content.system]}`, content.description) },
        ],
      }
    }
    default:
      return null
  }
}

/**
 * What the index stores for a document: the title's terms once, on the document (a title word
 * finds the document, whichever section has the other words), and each section's own terms.
 */
export const searchEntryOf = (document: SearchDocument): SearchEntry => {
  const { sections, ...meta } = document
  return {
    meta: { ...meta, titleTerms: termsOf(document.title, document.language) },
    rows: sections.map((section, position) => ({
      ...section,
      position,
      terms: termsOf(`${section.heading}\n${section.text}`, document.language),
    })),
  }
}
