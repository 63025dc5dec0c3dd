import { describe, expect, it } from 'vitest'

import { fieldCatalog, humanizeName, readableFieldChange, relatedIdsIn, relatedKey } from './readableFieldChange'

const catalog = fieldCatalog([
  { type: 'text', name: 'drugClass' },
  { type: 'checkbox', name: 'fdaApproved', label: 'Approved by the FDA' },
  { type: 'relationship', name: 'board', relationTo: 'boards' },
  { type: 'relationship', name: 'relatedDrugs', relationTo: 'drugs' },
  {
    type: 'row',
    fields: [{ type: 'select', name: 'audience', options: [{ value: 'health-professional', label: 'Health professionals' }] }],
  },
  { type: 'date', name: 'lastComprehensiveReviewAt', label: 'Last comprehensive review' },
  { type: 'array', name: 'keyPoints', fields: [{ type: 'textarea', name: 'text' }] },
])

const names = { [relatedKey('boards', 1)]: 'Adult Treatment', [relatedKey('boards', 2)]: 'Pediatric Treatment' }

describe('readableFieldChange', () => {
  it('names a field by its label, or by its name in words', () => {
    expect(readableFieldChange({ change: { path: 'drugClass', before: 'a', after: 'b' }, catalog, names }).label).toBe('Drug class')
    expect(readableFieldChange({ change: { path: 'fdaApproved', before: true, after: false }, catalog, names })).toMatchObject({
      label: 'Approved by the FDA',
      before: 'Yes',
      after: 'No',
    })
  })

  it('shows a related document by its name, not its id', () => {
    expect(readableFieldChange({ change: { path: 'board', before: 1, after: 2 }, catalog, names })).toMatchObject({
      label: 'Board',
      before: 'Adult Treatment',
      after: 'Pediatric Treatment',
    })
  })

  it('shows a select value by its option label, fields inside rows included', () => {
    expect(readableFieldChange({ change: { path: 'audience', before: null, after: 'health-professional' }, catalog, names })).toMatchObject(
      {
        before: '—',
        after: 'Health professionals',
      },
    )
  })

  it('shows dates with their year and array rows by number', () => {
    expect(
      readableFieldChange({
        change: { path: 'lastComprehensiveReviewAt', before: '2024-03-01T00:00:00.000Z', after: null },
        catalog,
        names,
      }),
    ).toMatchObject({ before: 'Mar 1, 2024', after: '—' })
    expect(readableFieldChange({ change: { path: 'keyPoints.1.text', before: 'x', after: 'y' }, catalog, names }).label).toBe(
      'Key points › Text (row 2)',
    )
  })

  it('never shows raw JSON for an object value', () => {
    const change = { path: 'unknownThing', before: null, after: { name: 'Votrient', id: 'abc' } }
    expect(readableFieldChange({ change, catalog, names })).toMatchObject({ label: 'Unknown thing', after: 'Name: Votrient' })
  })
})

describe('relatedIdsIn', () => {
  it('lists the related documents to look up, by collection', () => {
    const wanted = relatedIdsIn(
      [
        { path: 'board', before: 1, after: 2 },
        { path: 'relatedDrugs', before: [7], after: [7, 8] },
        { path: 'drugClass', before: '3', after: '4' },
      ],
      catalog,
    )
    expect(Object.fromEntries([...wanted].map(([collection, ids]) => [collection, [...ids].sort()]))).toEqual({
      boards: ['1', '2'],
      drugs: ['7', '8'],
    })
  })
})

describe('humanizeName', () => {
  it('turns camelCase and kebab-case into a sentence-case label', () => {
    expect(humanizeName('nextComprehensiveReviewAt')).toBe('Next comprehensive review at')
    expect(humanizeName('summary-type')).toBe('Summary type')
  })
})
