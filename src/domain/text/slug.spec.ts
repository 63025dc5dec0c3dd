import { describe, expect, it } from 'vitest'

import { slugify, slugSchema } from './slug'

describe('slugify', () => {
  it.each([
    ['Soft Tissue Sarcoma (Adult)', 'soft-tissue-sarcoma-adult'],
    ['Sarcoma de tejido blando — Tratamiento', 'sarcoma-de-tejido-blando-tratamiento'],
    ['  nab-sirolimus  ', 'nab-sirolimus'],
  ])('turns %j into %j', (input, expected) => {
    expect(slugify(input)).toBe(expected)
  })

  it('produces slugs the slug schema accepts', () => {
    expect(slugSchema.safeParse(slugify('Stage IIIB: retroperitoneum')).success).toBe(true)
  })
})

describe('slugSchema', () => {
  it('rejects upper case and spaces with a message naming the slug', () => {
    const result = slugSchema.safeParse('Pazopanib tablets')
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.message).toMatch(/^slug may contain only/)
  })
})
