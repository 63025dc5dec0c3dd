/**
 * Where the links of a PDQ node go on Galley's public pages. Pure functions: no rendering here.
 * Anything that does not look like what NCI exports (a CDR id, an NCT number, a relative cancer.gov
 * path) gives `null`, and the caller shows the link's text without a link.
 */
import { isSafeLinkUrl } from '@/domain/richtext/links'

export type Language = 'en' | 'es'

const CANCER_GOV = 'https://www.cancer.gov'

/** A document-local PDQ id (`_1314`) usable as an element id, so `#_1314` links land; anything else → undefined. */
export const anchorId = (value: unknown): string | undefined =>
  typeof value === 'string' && /^_[A-Za-z0-9_.-]{1,38}$/.test(value) ? value : undefined

/** `CDR0000045882` → `45882`, the id cancer.gov's dictionaries use in their URLs. */
export const cdrNumber = (href: string | undefined): string | null => {
  const match = /^CDR0*(\d+)$/.exec(href?.trim() ?? '')
  return match ? match[1] : null
}

/** NCI dictionary entry of a GlossaryTermRef: the genetics dictionary, or the cancer terms dictionary in the page's language. */
export const glossaryUrl = (href: string, dictionary: string | undefined, language: Language): string | null => {
  const id = cdrNumber(href)
  if (!id) return null
  if (dictionary === 'Genetics') return `${CANCER_GOV}/publications/dictionaries/genetics-dictionary/def/${id}`
  return language === 'es'
    ? `${CANCER_GOV}/espanol/publicaciones/diccionarios/diccionario-cancer/def/${id}`
    : `${CANCER_GOV}/publications/dictionaries/cancer-terms/def/${id}`
}

/**
 * The levels-of-evidence page for a summary type (Galley's `summaryType`). Types without a page we are
 * sure of (supportive care, genetics) and unknown types get the overview page.
 */
export const levelsOfEvidenceUrl = (summaryType: string | undefined): string => {
  const base = `${CANCER_GOV}/publications/pdq/levels-evidence`
  switch (summaryType) {
    case 'treatment':
      return `${base}/treatment`
    case 'screening':
    case 'prevention':
      return `${base}/screening-prevention`
    case 'integrative':
      return `${base}/cam`
    default:
      return base
  }
}

/** A trial on ClinicalTrials.gov by its NCT number. */
export const trialUrl = (nctId: string): string | null => {
  const id = nctId.trim().toUpperCase()
  return /^NCT\d{8}$/.test(id) ? `https://clinicaltrials.gov/study/${id}` : null
}

/** A cancer.gov page: a relative PDQ `url` is made absolute; an absolute http(s) URL is kept. */
export const cancerGovUrl = (url: string | undefined): string | null => {
  const trimmed = url?.trim()
  if (!trimmed) return null
  if (trimmed.startsWith('/') && isSafeLinkUrl(trimmed)) return `${CANCER_GOV}${trimmed}`
  return /^https?:\/\//i.test(trimmed) && isSafeLinkUrl(trimmed) ? trimmed : null
}

/**
 * A SummaryRef's target: Galley's own page when `resolveSummary` knows the summary (it gets the PDQ href,
 * `CDR0000062820#_1314`, and returns a Galley URL with its `#section`), else the cancer.gov page, keeping
 * the href's fragment (cancer.gov pages carry the same `_1314` anchors).
 */
export const summaryUrl = (
  href: string | undefined,
  url: string | undefined,
  resolveSummary: ((href: string) => string | null | undefined) | undefined,
): string | null => {
  const galley = href && resolveSummary ? resolveSummary(href) : null
  if (galley && isSafeLinkUrl(galley)) return galley
  const page = cancerGovUrl(url)
  if (!page) return null
  const fragment = href?.includes('#') ? href.slice(href.indexOf('#')) : ''
  return page.includes('#') || !anchorId(fragment.slice(1)) ? page : `${page}${fragment}`
}

/** A YouTube video's page. */
export const videoUrl = (hosting: string | undefined, uniqueId: string): string | null =>
  hosting?.toLowerCase() === 'youtube' && /^[A-Za-z0-9_-]{6,20}$/.test(uniqueId) ? `https://www.youtube.com/watch?v=${uniqueId}` : null

/** An ExternalRef's target: http(s) and mailto only. */
export const externalUrl = (xref: string): string | null =>
  /^(https?:\/\/|mailto:)/i.test(xref.trim()) && isSafeLinkUrl(xref) ? xref.trim() : null
