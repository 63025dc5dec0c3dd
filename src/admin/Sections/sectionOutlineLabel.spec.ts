import { describe, expect, it } from 'vitest'

import { sectionOutlineLabel } from './sectionOutlineLabel'

describe('sectionOutlineLabel', () => {
  it('shows the title indented by level, with the PDQ section id', () => {
    expect(sectionOutlineLabel({ title: ' Stage I ', level: 3, pdqId: '_254' }, 4)).toEqual({ text: 'Stage I', indent: 2.5, id: '_254' })
  })

  it('names an untitled section by its position and says it continues the one above', () => {
    expect(sectionOutlineLabel({ title: '', level: 2 }, 6)).toEqual({
      text: 'Section 7 (continues the section above, no heading)',
      indent: 1.25,
      id: null,
    })
  })

  it('treats a missing or out-of-range level as top level or the deepest', () => {
    expect(sectionOutlineLabel({ title: 'A' }, 0).indent).toBe(0)
    expect(sectionOutlineLabel({ title: 'A', level: 12 }, 0).indent).toBe(8.75)
  })
})
