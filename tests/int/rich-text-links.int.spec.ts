import type { Json } from '../helpers/json'
import { beforeAll, describe, expect, it } from 'vitest'

import { login, rest } from '../helpers/payload'

const SUMMARY_SLUG = 'adult-soft-tissue-sarcoma-treatment-patient'

const link = (url: string) => ({
  type: 'link',
  version: 3,
  direction: 'ltr',
  format: '',
  indent: 0,
  fields: { url, linkType: 'custom', newTab: false },
  children: [{ type: 'text', version: 1, text: 'more', detail: 0, format: 0, mode: 'normal', style: '' }],
})

/** Partners render the feed's rich text as they like: only links that are safe anywhere are stored. */
describe('links in rich text', () => {
  let token: string
  let id: number
  let sections: Json[]

  /** The draft's sections with `url` linked at the end of the second section's body. */
  const withLinkInSecondSection = (url: string) =>
    sections.map((section, index) =>
      index === 1
        ? {
            ...section,
            body: {
              ...section.body,
              root: {
                ...section.body.root,
                children: [
                  ...section.body.root.children,
                  { type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, children: [link(url)] },
                ],
              },
            },
          }
        : section,
    )

  const saveWithLink = (url: string) =>
    rest({ method: 'PATCH', path: `/summaries/${id}?draft=true&depth=0`, token, body: { sections: withLinkInSecondSection(url) } })

  beforeAll(async () => {
    token = await login('writer@galley.test')
    const found = await rest({ path: `/summaries?where[slug][equals]=${SUMMARY_SLUG}&draft=true&depth=0`, token })
    id = found.body.docs[0].id
    sections = found.body.docs[0].sections
  })

  it.each([
    'javascript:alert(document.cookie)',
    ' JavaScript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '//evil.example/phish',
  ])('refuses %j with 400 naming sections.1.body', async (url) => {
    const response = await saveWithLink(url)
    expect(response.status).toBe(400)
    expect(response.body.errors[0].data.errors).toEqual([
      expect.objectContaining({
        path: 'sections.1.body',
        message: expect.stringMatching(/^sections\.1\.body: links must be http\(s\), mailto or start with \/ or # \(refused: /),
      }),
    ])
  })

  it.each([
    'https://www.cancer.gov/types/soft-tissue-sarcoma',
    'mailto:cancergovstaff@mail.nih.gov',
    '/drugs/pazopanib',
    '#section-general-information',
  ])('keeps %s', async (url) => {
    const response = await saveWithLink(url)
    expect(response.status).toBe(200)
    expect(JSON.stringify(response.body.doc.sections[1].body)).toContain(JSON.stringify(url))
  })
})
