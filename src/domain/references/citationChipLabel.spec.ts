import { describe, expect, it } from 'vitest'

import { citationChipLabel } from './citationChipLabel'

describe('citationChipLabel', () => {
  it('reads "First author, year", with et al. for more than one author', () => {
    expect(citationChipLabel({ authors: [{ name: 'Smith J' }], year: 2019, title: 'T' })).toBe('Smith, 2019')
    expect(citationChipLabel({ authors: [{ name: 'van der Berg AB' }, { name: 'Jones K' }], year: 2021 })).toBe('van der Berg et al., 2021')
  })

  it('keeps an organisation as author whole', () => {
    expect(citationChipLabel({ authors: [{ name: 'National Comprehensive Cancer Network' }], year: 2022 })).toBe(
      'National Comprehensive Cancer Network, 2022',
    )
  })

  it('names a reference without authors by the start of its title, and leaves out a missing year', () => {
    expect(citationChipLabel({ authors: [], title: 'Soft tissue sarcoma: an update on what is known' })).toBe(
      'Soft tissue sarcoma: an update on what…',
    )
    expect(citationChipLabel({ title: 'Short title', year: 2001 })).toBe('Short title, 2001')
    expect(citationChipLabel({})).toBe('Untitled reference')
  })

  it('says first when the reference is retracted', () => {
    expect(citationChipLabel({ authors: [{ name: 'Smith J' }], year: 2019, retracted: true })).toBe('Retracted: Smith, 2019')
  })
})
