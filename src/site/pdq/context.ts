import type { Language } from './links'

/** What the page knows that a PDQ node does not: where its links go and how its citations are numbered. */
export type PdqLinks = {
  /** The summary's language: picks the dictionary and the words Galley adds (`en` when absent). */
  language?: Language
  /** Galley's summary type (`treatment`, `screening`, …): picks the levels-of-evidence page. */
  summaryType?: string
  /** Galley's URL (with `#section`) of a summary cited by PDQ href `CDR0000062820#_1314`, when it is in Galley. */
  resolveSummary?: (href: string) => string | null | undefined
  /** The definition of a glossary term by its PDQ href (`CDR0000045882`), when the page has it. */
  definitionOf?: (href: string) => string | null | undefined
}

export type PdqContext = PdqLinks & {
  /** Reference id → citation number, the map `RichText` uses; a citation with no number renders nothing. */
  citationNumbers: ReadonlyMap<string, number>
  /** Prefix of the reference list's anchors (`#ref-3`). */
  anchorPrefix?: string
}

/**
 * Where a node is being rendered. `phrasing`: inside a `<p>`, a caption or a link's text, where only
 * phrasing content is valid, so blocks render as spans. `inLink`: inside an `<a>`, where links render as text.
 */
export type Place = { phrasing: boolean; inLink: boolean }

export const FLOW: Place = { phrasing: false, inLink: false }

export const labels = {
  en: {
    imageMissing: 'The image is not included here. Image description:',
    watchVideo: 'Watch the video on YouTube',
    video: 'Video',
    table: 'Table',
  },
  es: {
    imageMissing: 'La imagen no se incluye aquí. Descripción de la imagen:',
    watchVideo: 'Ver el video en YouTube',
    video: 'Video',
    table: 'Tabla',
  },
} as const

export const labelsOf = (context: PdqContext) => labels[context.language === 'es' ? 'es' : 'en']
