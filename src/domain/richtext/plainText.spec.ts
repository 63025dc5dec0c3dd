import { describe, expect, it } from 'vitest'

import { lexical } from './buildLexical'
import { lexicalToPlainText } from './plainText'

describe('lexicalToPlainText', () => {
  it('separates blocks by a blank line and puts list items on their own lines', () => {
    const state = lexical([
      '### Targeted therapy',
      'Pazopanib is a [[ref:7]] tyrosine kinase inhibitor.',
      '- Pazopanib (Votrient)\n- Regorafenib (Stivarga)',
      'Ask your doctor.',
    ])
    expect(lexicalToPlainText(state)).toBe(
      [
        'Targeted therapy',
        'Pazopanib is a tyrosine kinase inhibitor.',
        'Pazopanib (Votrient)\nRegorafenib (Stivarga)',
        'Ask your doctor.',
      ].join('\n\n'),
    )
  })

  it('renders citations through renderCitation when given', () => {
    const state = lexical(['Surgery is the usual treatment[[ref:12]].'])
    expect(lexicalToPlainText(state, { renderCitation: (ref) => `[${ref}]` })).toBe('Surgery is the usual treatment[12].')
  })

  it('keeps line breaks and joins text split across formatted text nodes', () => {
    const state = {
      root: {
        type: 'root',
        children: [
          {
            type: 'paragraph',
            children: [
              { type: 'text', text: 'Imat', format: 1 },
              { type: 'text', text: 'inib', format: 0 },
              { type: 'linebreak' },
              { type: 'link', fields: { url: 'https://www.cancer.gov' }, children: [{ type: 'text', text: 'NCI' }] },
            ],
          },
        ],
      },
    }
    expect(lexicalToPlainText(state)).toBe('Imatinib\nNCI')
  })

  it('puts nested list items on their own lines', () => {
    const state = {
      root: {
        type: 'root',
        children: [
          {
            type: 'list',
            listType: 'bullet',
            children: [
              {
                type: 'listitem',
                children: [
                  { type: 'text', text: 'Chemotherapy' },
                  {
                    type: 'list',
                    children: [
                      { type: 'listitem', children: [{ type: 'text', text: 'doxorubicin' }] },
                      { type: 'listitem', children: [{ type: 'text', text: 'ifosfamide' }] },
                    ],
                  },
                ],
              },
              { type: 'listitem', children: [{ type: 'text', text: 'Radiation therapy' }] },
            ],
          },
        ],
      },
    }
    expect(lexicalToPlainText(state)).toBe('Chemotherapy\ndoxorubicin\nifosfamide\nRadiation therapy')
  })

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a string', 'Pazopanib'],
    ['an empty object', {}],
    ['a null root', { root: null }],
    ['children that are not an array', { root: { type: 'root', children: 'Pazopanib' } }],
    ['children that are not nodes', { root: { type: 'root', children: [null, 3, 'x', [], { type: 'paragraph', children: [null] }] } }],
  ])('returns an empty string for %s', (_, state) => {
    expect(lexicalToPlainText(state)).toBe('')
  })
})

describe('lexicalToPlainText with citations omitted', () => {
  it('leaves no stray space before punctuation', () => {
    expect(lexicalToPlainText(lexical(['Pazopanib blocks kinases [[ref:7]]. It is taken [[ref:8]] [[ref:9]], daily [[ref:2]]']))).toBe(
      'Pazopanib blocks kinases. It is taken, daily',
    )
  })
})
