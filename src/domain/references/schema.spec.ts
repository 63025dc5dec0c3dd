import type { ReferenceInputDraft } from './schema'
import { describe, expect, it } from 'vitest'
import { doiSchema, isoDateSchema, pmidSchema, referenceInputSchema, urlSchema } from './schema'

const firstMessage = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues[0]?.message

describe('pmidSchema', () => {
  it.each(['29846498', '26389216', '1', '123456789', ' 29846498 '])('accepts %j', (pmid) => {
    expect(pmidSchema.safeParse(pmid).success).toBe(true)
  })

  it.each([
    ['abc', 'PMID must contain digits only, e.g. 26389216'],
    ['PMID: 29846498', 'PMID must contain digits only, e.g. 26389216'],
    ['2984-6498', 'PMID must contain digits only, e.g. 26389216'],
    ['', 'PMID must contain digits only, e.g. 26389216'],
    ['1234567890', 'PMID has at most 9 digits, e.g. 26389216'],
  ])('rejects %j with "%s"', (pmid, message) => {
    expect(firstMessage(pmidSchema.safeParse(pmid))).toBe(message)
  })

  it('trims surrounding spaces', () => {
    expect(pmidSchema.parse(' 29846498 ')).toBe('29846498')
  })
})

describe('doiSchema', () => {
  it.each(['10.1093/annonc/mdy096', '10.1016/j.ejso.2017.11.014', '10.1245/s10434-018-6385-3', '10.1002/14651858.CD003386'])(
    'accepts %s',
    (doi) => {
      expect(doiSchema.safeParse(doi).success).toBe(true)
    },
  )

  it.each(['11.1/x', '10.1/x', '10.1093/', '10.1093/annonc mdy096', 'https://doi.org/10.1093/annonc/mdy096', 'doi:10.1093/annonc/mdy096'])(
    'rejects %s',
    (doi) => {
      expect(firstMessage(doiSchema.safeParse(doi))).toMatch(/^DOI must look like 10\.NNNN\/suffix/)
    },
  )
})

describe('urlSchema', () => {
  it.each(['https://www.cancer.gov/types/soft-tissue-sarcoma', 'http://example.org/page?x=1'])('accepts %s', (url) => {
    expect(urlSchema.safeParse(url).success).toBe(true)
  })

  it.each(['ftp://example.org/file', 'javascript:alert(1)', 'www.cancer.gov', 'mailto:board@example.org'])('rejects %s', (url) => {
    expect(firstMessage(urlSchema.safeParse(url))).toBe('URL must be a web address starting with http:// or https://')
  })
})

describe('isoDateSchema', () => {
  it.each(['2026-05-16', '2024-02-29'])('accepts %s', (date) => {
    expect(isoDateSchema.safeParse(date).success).toBe(true)
  })

  it.each(['16/05/2026', '2026-5-16', '2026-13-01', '2025-02-29', '2026-05-16T10:00:00Z'])('rejects %s', (date) => {
    expect(firstMessage(isoDateSchema.safeParse(date))).toBe('Date must be written YYYY-MM-DD, e.g. 2026-05-16')
  })
})

const esmo: ReferenceInputDraft = {
  kind: 'journal-article',
  authors: ['Casali PG', 'Abecassis N', 'Bauer S'],
  title: 'Soft tissue and visceral sarcomas: ESMO-EURACAN Clinical Practice Guidelines for diagnosis, treatment and follow-up',
  journal: 'Ann Oncol',
  year: 2018,
  volume: '29',
  issue: 'Suppl 4',
  pages: 'iv51-iv67',
  pmid: '29846498',
  doi: '10.1093/annonc/mdy096',
  lastReviewedAt: '2026-03-01',
  keyReference: true,
}

const pdq: ReferenceInputDraft = {
  kind: 'web-page',
  authors: ['PDQ Adult Treatment Editorial Board'],
  title: 'Soft Tissue Sarcoma Treatment (PDQ®): Patient Version',
  publisherPlace: 'Bethesda (MD)',
  publisher: 'National Cancer Institute (US)',
  year: 2002,
  url: 'https://www.cancer.gov/types/soft-tissue-sarcoma/patient/adult-soft-tissue-treatment-pdq',
  accessedAt: '2026-05-16',
  lastReviewedAt: '2026-05-16',
}

const devita: ReferenceInputDraft = {
  kind: 'book-chapter',
  authors: ['Singer S'],
  title: 'Soft tissue sarcoma',
  bookTitle: "DeVita, Hellman, and Rosenberg's Cancer: Principles & Practice of Oncology",
  editors: ['DeVita VT Jr', 'Lawrence TS', 'Rosenberg SA'],
  edition: '11th',
  year: 2019,
  pages: '1509-1535',
  lastReviewedAt: '2026-03-01',
}

const guideline: ReferenceInputDraft = {
  kind: 'guideline',
  authors: ['National Comprehensive Cancer Network'],
  title: 'NCCN Guidelines: Soft Tissue Sarcoma',
  year: 2025,
  lastReviewedAt: '2026-03-01',
}

const nextYear = new Date().getFullYear() + 1

describe('referenceInputSchema', () => {
  it.each([esmo, pdq, devita, guideline])('accepts the $kind example', (reference) => {
    expect(referenceInputSchema.safeParse(reference).success).toBe(true)
  })

  /** Invalid on purpose, so typed loosely. */
  it.each<[string, Record<string, unknown>, string, string]>([
    ['a journal article without authors', { ...esmo, authors: [] }, 'authors', 'A journal article needs at least one author'],
    ['a journal article without a journal', { ...esmo, journal: undefined }, 'journal', 'Journal is required'],
    ['a journal article with a blank journal', { ...esmo, journal: '  ' }, 'journal', 'Journal is required'],
    ['a blank title', { ...esmo, title: '' }, 'title', 'Title is required'],
    ['a book chapter without a book title', { ...devita, bookTitle: undefined }, 'bookTitle', 'Book title is required'],
    ['a web page without an address', { ...pdq, url: undefined }, 'url', 'URL must be a web address starting with http:// or https://'],
    ['a year before 1800', { ...esmo, year: 1799 }, 'year', 'Year must be 1800 or later'],
    ['a year after next year', { ...esmo, year: nextYear + 1 }, 'year', `Year must not be later than ${nextYear}`],
    ['a fractional year', { ...esmo, year: 2018.5 }, 'year', 'Year must be a whole number, e.g. 2018'],
    ['a PMID with letters', { ...esmo, pmid: 'abc' }, 'pmid', 'PMID must contain digits only, e.g. 26389216'],
    [
      'a DOI not starting 10.',
      { ...esmo, doi: '11.1/x' },
      'doi',
      'DOI must look like 10.NNNN/suffix, e.g. 10.1093/annonc/mdy096 (without https://doi.org/)',
    ],
    ['no review date', { ...esmo, lastReviewedAt: undefined }, 'lastReviewedAt', 'Date must be written YYYY-MM-DD, e.g. 2026-05-16'],
    [
      'an accessed date in the wrong format',
      { ...pdq, accessedAt: '16 May 2026' },
      'accessedAt',
      'Date must be written YYYY-MM-DD, e.g. 2026-05-16',
    ],
  ])('rejects %s', (_, reference, field, message) => {
    const result = referenceInputSchema.safeParse(reference)
    expect(result.error?.issues).toContainEqual(expect.objectContaining({ path: [field], message }))
  })

  it('accepts next year (books are often dated ahead)', () => {
    expect(referenceInputSchema.safeParse({ ...devita, year: nextYear }).success).toBe(true)
  })

  it('names the allowed kinds when the kind is unknown', () => {
    const result = referenceInputSchema.safeParse({ ...esmo, kind: 'podcast' })
    expect(firstMessage(result)).toBe('Kind must be one of journal-article, book-chapter, guideline, web-page')
  })

  it('lets a guideline or book chapter go without authors', () => {
    expect(referenceInputSchema.safeParse({ ...guideline, authors: [] }).success).toBe(true)
  })

  it('trims text and keeps the flags', () => {
    const parsed = referenceInputSchema.parse({ ...esmo, title: '  Soft tissue sarcomas  ', retracted: true })
    expect(parsed).toMatchObject({ title: 'Soft tissue sarcomas', retracted: true, keyReference: true })
  })
})
