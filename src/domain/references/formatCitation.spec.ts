import type { CitableReference } from './formatCitation'
import { describe, expect, it, vi } from 'vitest'
import { formatCitation } from './formatCitation'

const esmo: CitableReference = {
  kind: 'journal-article',
  authors: ['Casali PG', 'Abecassis N', 'Bauer S', 'et al.'],
  title: 'Soft tissue and visceral sarcomas: ESMO-EURACAN Clinical Practice Guidelines for diagnosis, treatment and follow-up',
  journal: 'Ann Oncol',
  year: 2018,
  volume: '29',
  issue: 'Suppl 4',
  pages: 'iv51-iv67',
  doi: '10.1093/annonc/mdy096',
  pmid: '29846498',
}

const keung: CitableReference = {
  kind: 'journal-article',
  authors: ['Keung EZ', 'Chiang YJ', 'Voss RK', 'Cormier JN', 'Torres KE', 'Hunt KK', 'Feig BW', 'Roland CL'],
  title: 'Defining the incidence and clinical significance of lymph node metastasis in soft tissue sarcoma.',
  journal: 'Eur J Surg Oncol',
  year: 2018,
  volume: '44',
  issue: '1',
  pages: '170-177',
}

const pdq: CitableReference = {
  kind: 'web-page',
  authors: ['PDQ Adult Treatment Editorial Board'],
  title: 'Soft Tissue Sarcoma Treatment (PDQ®): Patient Version',
  publisherPlace: 'Bethesda (MD)',
  publisher: 'National Cancer Institute (US)',
  year: 2002,
  url: 'https://www.cancer.gov/types/soft-tissue-sarcoma/patient/adult-soft-tissue-treatment-pdq',
  accessedAt: '2026-05-16',
}

const devita: CitableReference = {
  kind: 'book-chapter',
  authors: ['Singer S', 'Tap WD', 'Crago AM', "O'Sullivan B"],
  title: 'Soft tissue sarcoma',
  editors: ['DeVita VT Jr', 'Lawrence TS', 'Rosenberg SA'],
  bookTitle: "DeVita, Hellman, and Rosenberg's Cancer: Principles & Practice of Oncology",
  edition: '11th',
  publisherPlace: 'Philadelphia (PA)',
  publisher: 'Wolters Kluwer',
  year: 2019,
  pages: '1509-1535',
}

const nccn: CitableReference = {
  kind: 'guideline',
  authors: ['National Comprehensive Cancer Network'],
  title: 'NCCN Clinical Practice Guidelines in Oncology: Soft Tissue Sarcoma. Version 2.2025',
  publisherPlace: 'Plymouth Meeting (PA)',
  publisher: 'NCCN',
  year: 2025,
}

const eightNames = keung.authors!
const eightNamesSixListed = 'Keung EZ, Chiang YJ, Voss RK, Cormier JN, Torres KE, Hunt KK, et al.'

describe('formatCitation', () => {
  it.each<[string, CitableReference, string]>([
    [
      'journal article with supplement issue, DOI and PMID; a source list ending in "et al." is kept',
      esmo,
      'Casali PG, Abecassis N, Bauer S, et al. Soft tissue and visceral sarcomas: ESMO-EURACAN Clinical Practice Guidelines for diagnosis, treatment and follow-up. Ann Oncol. 2018;29(Suppl 4):iv51-iv67. doi:10.1093/annonc/mdy096. PMID: 29846498.',
    ],
    [
      'eight authors: the first six, then et al.; a title already ending in a period is not doubled',
      keung,
      `${eightNamesSixListed} Defining the incidence and clinical significance of lymph node metastasis in soft tissue sarcoma. Eur J Surg Oncol. 2018;44(1):170-177.`,
    ],
    [
      'seven authors: the first six, then et al.',
      { ...keung, authors: eightNames.slice(0, 7) },
      `${eightNamesSixListed} Defining the incidence and clinical significance of lymph node metastasis in soft tissue sarcoma. Eur J Surg Oncol. 2018;44(1):170-177.`,
    ],
    [
      'six authors: all listed, no et al.',
      { ...keung, authors: eightNames.slice(0, 6) },
      'Keung EZ, Chiang YJ, Voss RK, Cormier JN, Torres KE, Hunt KK. Defining the incidence and clinical significance of lymph node metastasis in soft tissue sarcoma. Eur J Surg Oncol. 2018;44(1):170-177.',
    ],
    [
      'no issue',
      { ...keung, authors: ['Keung EZ'], issue: undefined },
      'Keung EZ. Defining the incidence and clinical significance of lymph node metastasis in soft tissue sarcoma. Eur J Surg Oncol. 2018;44:170-177.',
    ],
    [
      'issue without volume',
      { ...keung, authors: ['Keung EZ'], volume: null },
      'Keung EZ. Defining the incidence and clinical significance of lymph node metastasis in soft tissue sarcoma. Eur J Surg Oncol. 2018;(1):170-177.',
    ],
    [
      'pages only',
      { ...keung, authors: ['Keung EZ'], volume: '', issue: '' },
      'Keung EZ. Defining the incidence and clinical significance of lymph node metastasis in soft tissue sarcoma. Eur J Surg Oncol. 2018:170-177.',
    ],
    [
      'ahead of print: no volume, issue or pages; a title ending in "?" gets no period',
      {
        kind: 'journal-article',
        authors: ['Fiore M', 'Ford S', 'Callegaro D', 'et al'],
        title:
          'Adequate Local Control in High-Risk Soft Tissue Sarcoma of the Extremity Treated with Surgery Alone at a Reference Centre: Should Radiotherapy Still be a Standard?',
        journal: 'Ann Surg Oncol',
        year: 2018,
      },
      'Fiore M, Ford S, Callegaro D, et al. Adequate Local Control in High-Risk Soft Tissue Sarcoma of the Extremity Treated with Surgery Alone at a Reference Centre: Should Radiotherapy Still be a Standard? Ann Surg Oncol. 2018.',
    ],
    [
      'title ending in "!"',
      { kind: 'journal-article', authors: ['Doe J'], title: 'Sarcoma is rare!', journal: 'Lancet', year: 2020 },
      'Doe J. Sarcoma is rare! Lancet. 2020.',
    ],
    [
      'no author: starts with the title',
      { ...esmo, authors: [], doi: null, pmid: null },
      'Soft tissue and visceral sarcomas: ESMO-EURACAN Clinical Practice Guidelines for diagnosis, treatment and follow-up. Ann Oncol. 2018;29(Suppl 4):iv51-iv67.',
    ],
    [
      'retracted',
      { ...keung, authors: ['Keung EZ'], retracted: true },
      '[Retracted] Keung EZ. Defining the incidence and clinical significance of lymph node metastasis in soft tissue sarcoma. Eur J Surg Oncol. 2018;44(1):170-177.',
    ],
    [
      'book chapter',
      devita,
      "Singer S, Tap WD, Crago AM, O'Sullivan B. Soft tissue sarcoma. In: DeVita VT Jr, Lawrence TS, Rosenberg SA, editors. DeVita, Hellman, and Rosenberg's Cancer: Principles & Practice of Oncology. 11th ed. Philadelphia (PA): Wolters Kluwer; 2019. p. 1509-1535.",
    ],
    [
      'book chapter with one editor, a bare edition number and no place',
      { ...devita, editors: ['DeVita VT Jr'], edition: '2', publisherPlace: undefined, pages: null },
      "Singer S, Tap WD, Crago AM, O'Sullivan B. Soft tissue sarcoma. In: DeVita VT Jr, editor. DeVita, Hellman, and Rosenberg's Cancer: Principles & Practice of Oncology. 2nd ed. [place unknown]: Wolters Kluwer; 2019.",
    ],
    [
      'web page with the day it was read; organisation author kept as written',
      pdq,
      'PDQ Adult Treatment Editorial Board. Soft Tissue Sarcoma Treatment (PDQ®): Patient Version [Internet]. Bethesda (MD): National Cancer Institute (US); 2002 [cited 2026 May 16]. Available from: https://www.cancer.gov/types/soft-tissue-sarcoma/patient/adult-soft-tissue-treatment-pdq',
    ],
    [
      'web page without the day it was read',
      { ...pdq, accessedAt: undefined, year: 2025 },
      'PDQ Adult Treatment Editorial Board. Soft Tissue Sarcoma Treatment (PDQ®): Patient Version [Internet]. Bethesda (MD): National Cancer Institute (US); 2025. Available from: https://www.cancer.gov/types/soft-tissue-sarcoma/patient/adult-soft-tissue-treatment-pdq',
    ],
    [
      'printed guideline: no [Internet]',
      nccn,
      'National Comprehensive Cancer Network. NCCN Clinical Practice Guidelines in Oncology: Soft Tissue Sarcoma. Version 2.2025. Plymouth Meeting (PA): NCCN; 2025.',
    ],
    [
      'guideline read online: [Internet], cited date and address',
      { ...nccn, url: 'https://www.nccn.org/guidelines', accessedAt: '2026-01-05' },
      'National Comprehensive Cancer Network. NCCN Clinical Practice Guidelines in Oncology: Soft Tissue Sarcoma. Version 2.2025 [Internet]. Plymouth Meeting (PA): NCCN; 2025 [cited 2026 Jan 5]. Available from: https://www.nccn.org/guidelines',
    ],
  ])('%s', (_, ref, expected) => {
    expect(formatCitation(ref)).toBe(expected)
  })

  it('gives the same answer whatever the clock says', () => {
    vi.useFakeTimers()
    vi.setSystemTime(new Date('2030-12-31T23:59:59Z'))
    const later = formatCitation(pdq)
    vi.useRealTimers()
    expect(later).toBe(formatCitation(pdq))
    expect(later).toContain('[cited 2026 May 16]')
  })
})
