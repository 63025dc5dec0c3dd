import { formatCitedDate } from './formatCitedDate'
import { formatNames } from './formatNames'

type Text = string | null | undefined

/** The fields a citation is built from. Nulls are accepted so stored documents can be passed as they are. */
export type CitableReference = {
  kind: 'journal-article' | 'book-chapter' | 'guideline' | 'web-page'
  authors?: readonly string[] | null
  title: string
  journal?: Text
  bookTitle?: Text
  editors?: readonly string[] | null
  edition?: Text
  publisher?: Text
  publisherPlace?: Text
  year?: number | null
  volume?: Text
  issue?: Text
  pages?: Text
  pmid?: Text
  doi?: Text
  url?: Text
  /** ISO date (YYYY-MM-DD). */
  accessedAt?: Text
  retracted?: boolean | null
}

/** A citation in NLM (Citing Medicine) style, e.g. for the reference list under a summary. */
export function formatCitation(ref: CitableReference): string {
  const citation = citationBody(ref)
  return ref.retracted ? `[Retracted] ${citation}` : citation
}

function citationBody(ref: CitableReference): string {
  switch (ref.kind) {
    case 'journal-article':
      return journalArticle(ref)
    case 'book-chapter':
      return bookChapter(ref)
    case 'guideline':
    case 'web-page':
      return onlineOrPrintedDocument(ref)
  }
}

function journalArticle(ref: CitableReference): string {
  const volumeAndIssue = `${text(ref.volume) ?? ''}${text(ref.issue) ? `(${text(ref.issue)})` : ''}`
  const source = `${year(ref)}${volumeAndIssue ? `;${volumeAndIssue}` : ''}${text(ref.pages) ? `:${text(ref.pages)}` : ''}`
  return sentences([authors(ref), ref.title, text(ref.journal), source, ...identifiers(ref)])
}

function bookChapter(ref: CitableReference): string {
  const pages = text(ref.pages)
  return sentences([
    authors(ref),
    ref.title,
    editorsOf(ref),
    text(ref.bookTitle),
    edition(ref),
    `${publication(ref)}${year(ref)}`,
    pages && (/^p\.\s/.test(pages) ? pages : `p. ${pages}`),
    ...identifiers(ref),
  ])
}

/** Guidelines and web pages; "[Internet]" whenever it is read online. */
function onlineOrPrintedDocument(ref: CitableReference): string {
  const url = text(ref.url)
  const online = ref.kind === 'web-page' || url !== undefined
  const accessedAt = text(ref.accessedAt)
  const cited = online && accessedAt ? ` [cited ${formatCitedDate(accessedAt)}]` : ''
  const title = online ? `${ref.title.trim().replace(/\.+$/, '')} [Internet]` : ref.title
  const citation = sentences([authors(ref), title, edition(ref), `${publication(ref)}${year(ref)}${cited}`, ...identifiers(ref)])
  return url ? `${citation} Available from: ${url}` : citation
}

function authors(ref: CitableReference): string {
  return formatNames(ref.authors ?? [])
}

function editorsOf(ref: CitableReference): string | undefined {
  const editors = ref.editors ?? []
  const names = formatNames(editors)
  if (!names) return undefined
  return `In: ${names}, ${editors.length === 1 ? 'editor' : 'editors'}`
}

/** "11", "11th" or "11th ed." → "11th ed." */
function edition(ref: CitableReference): string | undefined {
  const edition = text(ref.edition)
  if (!edition) return undefined
  if (/^\d+$/.test(edition)) return `${ordinal(Number(edition))} ed`
  return /\bed\.?$/i.test(edition) ? edition.replace(/\.$/, '') : `${edition} ed`
}

function ordinal(n: number): string {
  const teens = n % 100 >= 11 && n % 100 <= 13
  const suffix = teens ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th')
  return `${n}${suffix}`
}

/** "Philadelphia (PA): Publisher; " with NLM's placeholders when only one of the two is known. */
function publication(ref: CitableReference): string {
  const place = text(ref.publisherPlace)
  const publisher = text(ref.publisher)
  if (!place && !publisher) return ''
  return `${place ?? '[place unknown]'}: ${publisher ?? '[publisher unknown]'}; `
}

function year(ref: CitableReference): string {
  return ref.year ? String(ref.year) : '[date unknown]'
}

function identifiers(ref: CitableReference): (string | undefined)[] {
  const doi = text(ref.doi)
  const pmid = text(ref.pmid)
  return [doi && `doi:${doi}`, pmid && `PMID: ${pmid}`]
}

/** Each part ends with exactly one mark: a title ending in "?" or "!" keeps it and gets no period. */
function sentences(parts: (string | undefined)[]): string {
  return parts
    .map((part) => part?.trim())
    .filter((part): part is string => Boolean(part))
    .map((part) => (/[.?!]$/.test(part) ? part : `${part}.`))
    .join(' ')
}

function text(value: Text): string | undefined {
  return value?.trim() || undefined
}

/**
 * A reference imported from PDQ keeps its citation as NCI formatted it (`citedAs`); readers and the
 * export see that text, marked when the reference was retracted. Undefined when there is none.
 */
export const citedAsCitation = (ref: { citedAs?: unknown; retracted?: unknown }): string | undefined => {
  if (typeof ref.citedAs !== 'string' || !ref.citedAs.trim()) return undefined
  const text = ref.citedAs.replace(/\s+/g, ' ').trim()
  return ref.retracted === true ? `[Retracted] ${text}` : text
}
