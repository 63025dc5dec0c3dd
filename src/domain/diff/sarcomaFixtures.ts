import { lexical } from '../richtext/buildLexical'

/** Test fixtures: a patient summary and a drug, written like the editorial board's documents. */

type SectionInput = { id: string; title: string; sectionType?: string; keyPoints?: string[]; paragraphs: string[] }

export const section = ({ id, title, sectionType = 'treatment', keyPoints = [], paragraphs }: SectionInput) => ({
  id,
  title,
  sectionType,
  keyPoints: keyPoints.map((text, index) => ({ id: `${id}-kp${index}`, text })),
  body: lexical(paragraphs),
})

export const sarcomaSummary = () => ({
  id: 41,
  title: 'Adult Soft Tissue Sarcoma Treatment',
  audience: 'patient',
  _status: 'published',
  createdAt: '2023-06-02T00:00:00.000Z',
  updatedAt: '2024-08-02T00:00:00.000Z',
  sections: [
    section({
      id: 'general',
      title: 'General Information About Soft Tissue Sarcoma',
      sectionType: 'overview',
      keyPoints: [
        'Soft tissue sarcoma is a disease in which malignant cells form in the soft tissues of the body.',
        'Soft tissue sarcoma is diagnosed with a biopsy.',
      ],
      paragraphs: [
        'Soft tissue sarcoma is a disease in which malignant (cancer) cells form in the soft tissues of the body [[ref:1]].',
        'Soft tissue sarcomas can form almost anywhere in the body, but are most common in the arms, legs and abdomen.',
      ],
    }),
    section({
      id: 'stages',
      title: 'Stages of Soft Tissue Sarcoma',
      sectionType: 'staging',
      paragraphs: [
        'After soft tissue sarcoma has been diagnosed, tests are done to find out if cancer cells have spread [[ref:2]].',
        '- Stage I: the tumor is low grade.\n- Stage IV: the cancer has spread to distant parts of the body.',
      ],
    }),
    section({
      id: 'targeted',
      title: 'Targeted Therapy',
      keyPoints: ['Tyrosine kinase inhibitors block signals needed for tumors to grow.'],
      paragraphs: [
        'Targeted therapy uses drugs to identify and attack specific cancer cells [[ref:3]].',
        'Pazopanib is a tyrosine kinase inhibitor used to treat advanced soft tissue sarcoma [[ref:7]].',
      ],
    }),
    section({
      id: 'recurrent',
      title: 'Treatment of Recurrent Soft Tissue Sarcoma',
      paragraphs: ['Treatment of recurrent soft tissue sarcoma may include surgery followed by radiation therapy [[ref:1]].'],
    }),
  ],
})

export const pazopanib = () => ({
  id: 7,
  name: 'Pazopanib',
  drugClass: 'Tyrosine kinase inhibitor',
  brandNames: ['Votrient'],
  approvals: [
    { id: 'a1', indication: 'Advanced soft tissue sarcoma', status: 'approved', year: 2012 },
    { id: 'a2', indication: 'Advanced renal cell carcinoma', status: 'approved', year: 2009 },
  ],
  manufacturer: { id: 3, name: 'Novartis', createdAt: '2020-01-01T00:00:00.000Z' },
  description: lexical(['Pazopanib blocks several tyrosine kinases [[ref:7]].']),
  _status: 'published',
  updatedAt: '2024-08-02T00:00:00.000Z',
})

type Section = ReturnType<typeof section>

/** A copy of a summary with one section rewritten. */
export const withSection = <T extends { sections: Section[] }>(doc: T, id: string, change: (section: Section) => Section): T => ({
  ...doc,
  sections: doc.sections.map((item) => (item.id === id ? change(item) : item)),
})
