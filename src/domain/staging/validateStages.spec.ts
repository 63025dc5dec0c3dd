import type { StageDefinition } from './criteria'
import { describe, expect, it } from 'vitest'
import { intersectCriteria } from './intersectCriteria'
import { retroperitoneum, trunkAndExtremities } from './sarcomaStages.fixture'
import { describeCriteria, describeSize, findGaps, findOverlaps, validateStageSystem } from './validateStages'

const stage = (stages: StageDefinition[], code: string) => stages.find((s) => s.code === code)!
const replace = (stages: StageDefinition[], changed: StageDefinition) => stages.map((s) => (s.code === changed.code ? changed : s))
const without = (stages: StageDefinition[], code: string) => stages.filter((s) => s.code !== code)

describe('the NCI soft tissue sarcoma staging', () => {
  it.each([
    ['trunk and extremities', trunkAndExtremities],
    ['retroperitoneum', retroperitoneum],
    ['both systems checked together', [...trunkAndExtremities, ...retroperitoneum]],
  ])('%s: every tumor lands in exactly one stage', (_, stages) => {
    expect(validateStageSystem({ stages })).toEqual({ overlaps: [], gaps: [] })
  })

  it.each(trunkAndExtremities.map((s) => [s.code, s] as const))(
    'trunk and extremities %s does not overlap the stored stages, including its own stored version',
    (_, s) => {
      expect(findOverlaps({ stage: s, others: [...trunkAndExtremities, ...retroperitoneum] })).toEqual([])
    },
  )
})

describe('findOverlaps', () => {
  it('moving IIIA up to 11 cm overlaps IIIB', () => {
    const iiia = stage(trunkAndExtremities, 'IIIA')
    const moved = { ...iiia, criteria: [{ ...iiia.criteria[0], sizeMaxCm: 11 }] }
    expect(findOverlaps({ stage: moved, others: trunkAndExtremities })).toEqual([
      {
        system: 'trunk-extremities',
        code: 'IIIA',
        criterionIndex: 0,
        otherCode: 'IIIB',
        otherCriterionIndex: 0,
        region: { sizeMinCm: 10, sizeMaxCm: 11, grades: ['mid', 'high'], nodes: 'N0', metastasis: 'M0' },
        message: 'criteria[0] overlaps stage IIIB of trunk-extremities (size >10–11 cm, grade mid or high, N0, M0)',
      },
    ])
  })

  it('names the region both stages claim, not the whole stage', () => {
    const draft: StageDefinition = {
      system: 'trunk-extremities',
      code: 'X',
      criteria: [{ sizeMinCm: 5, sizeMaxCm: 10, grades: ['mid'], nodes: 'any', metastasis: 'M0' }],
    }
    expect(findOverlaps({ stage: draft, others: trunkAndExtremities }).map((o) => o.message)).toEqual([
      'criteria[0] overlaps stage IIIA of trunk-extremities (size >5–10 cm, grade mid, N0, M0)',
      'criteria[0] overlaps criteria[0] of stage IV of trunk-extremities (size >5–10 cm, grade mid, N1, M0)',
    ])
  })

  it('5 cm belongs to "≤5 cm" only', () => {
    const upToFive: StageDefinition = {
      system: 'trunk-extremities',
      code: 'X',
      criteria: [{ sizeMinCm: 4, sizeMaxCm: 5, grades: ['high'], nodes: 'N0', metastasis: 'M0' }],
    }
    const aboveFive = { ...upToFive, criteria: [{ ...upToFive.criteria[0], sizeMinCm: 5, sizeMaxCm: 6 }] }
    expect(findOverlaps({ stage: upToFive, others: trunkAndExtremities }).map((o) => o.otherCode)).toEqual(['II'])
    expect(findOverlaps({ stage: aboveFive, others: trunkAndExtremities }).map((o) => o.otherCode)).toEqual(['IIIA'])
  })

  it('reports which alternative of each stage collides', () => {
    const draft: StageDefinition = {
      system: 'retroperitoneum',
      code: 'IIIC',
      criteria: [
        { sizeMaxCm: 2, grades: ['low'], nodes: 'N0', metastasis: 'M0' },
        { grades: ['unknown'], nodes: 'N1', metastasis: 'any' },
      ],
    }
    const found = findOverlaps({ stage: draft, others: retroperitoneum })
    expect(found.map(({ criterionIndex, otherCode, otherCriterionIndex }) => [criterionIndex, otherCode, otherCriterionIndex])).toEqual([
      [0, 'IA', 0],
      [1, 'IIIB', 1],
      [1, 'IV', 0],
    ])
    expect(found[1].message).toBe('criteria[1] overlaps criteria[1] of stage IIIB of retroperitoneum (any size, grade unknown, N1, M0)')
  })

  it('ignores other systems and the stored version of the stage being edited', () => {
    const iv = stage(trunkAndExtremities, 'IV')
    expect(findOverlaps({ stage: iv, others: [...trunkAndExtremities, ...retroperitoneum] })).toEqual([])
  })
})

describe('intersectCriteria', () => {
  const base = { grades: ['mid' as const], nodes: 'N0' as const, metastasis: 'M0' as const }
  it.each([
    ['(5,10] and (10,∞) share no tumor', { sizeMinCm: 5, sizeMaxCm: 10 }, { sizeMinCm: 10 }, null],
    ['(0,5] and (0,3] share (0,3]', { sizeMaxCm: 5 }, { sizeMaxCm: 3 }, { sizeMinCm: null, sizeMaxCm: 3 }],
    ['(0,5] and (4.5,∞) share (4.5,5]', { sizeMaxCm: 5 }, { sizeMinCm: 4.5 }, { sizeMinCm: 4.5, sizeMaxCm: 5 }],
    ['no bounds and (10,∞) share (10,∞)', {}, { sizeMinCm: 10 }, { sizeMinCm: 10, sizeMaxCm: null }],
    ['a lower bound of 0 is no bound', { sizeMinCm: 0, sizeMaxCm: 5 }, { sizeMaxCm: 5 }, { sizeMinCm: null, sizeMaxCm: 5 }],
  ])('%s', (_, a, b, size) => {
    expect(intersectCriteria({ ...base, ...a }, { ...base, ...b })).toEqual(size && { ...base, ...size })
  })

  it.each([
    ['grades differ', { grades: ['low' as const] }],
    ['nodes differ', { nodes: 'N1' as const }],
    ['metastasis differs', { metastasis: 'M1' as const }],
  ])('no overlap when %s', (_, change) => {
    expect(intersectCriteria(base, { ...base, ...change })).toBeNull()
  })

  it('"any" takes the other side\'s value', () => {
    expect(intersectCriteria({ ...base, nodes: 'any', metastasis: 'any' }, { ...base, metastasis: 'M1' })).toMatchObject({
      nodes: 'N0',
      metastasis: 'M1',
    })
  })
})

describe('findGaps', () => {
  it('removing IB leaves tumors >5 cm of low or unknown grade unstaged', () => {
    expect(findGaps({ stages: without(trunkAndExtremities, 'IB') })).toEqual([
      {
        system: 'trunk-extremities',
        region: { sizeMinCm: 5, sizeMaxCm: null, grades: ['low', 'unknown'], nodes: 'N0', metastasis: 'M0' },
        message: 'tumor >5 cm, grade low or unknown, N0, M0 is not covered by any stage',
      },
    ])
  })

  it('removing IV leaves spread disease unstaged', () => {
    expect(findGaps({ stages: without(trunkAndExtremities, 'IV') }).map((gap) => gap.message)).toEqual([
      'tumor of any size, any grade, N1, M0 is not covered by any stage',
      'tumor of any size, any grade, any N, M1 is not covered by any stage',
    ])
  })

  it('finds a gap above the largest size a stage names', () => {
    const iiib = stage(retroperitoneum, 'IIIB')
    const capped = { ...iiib, criteria: [iiib.criteria[0], { ...iiib.criteria[1], sizeMaxCm: 15 }] }
    expect(findGaps({ stages: replace(retroperitoneum, capped) }).map((gap) => gap.message)).toEqual([
      'tumor >15 cm, any grade, N1, M0 is not covered by any stage',
    ])
  })

  it('finds a gap between two size ranges', () => {
    const iiib = stage(trunkAndExtremities, 'IIIB')
    const raised = { ...iiib, criteria: [{ ...iiib.criteria[0], sizeMinCm: 15 }] }
    expect(findGaps({ stages: replace(trunkAndExtremities, raised) }).map((gap) => gap.message)).toEqual([
      'tumor >10–15 cm, grade mid or high, N0, M0 is not covered by any stage',
    ])
  })

  it('one grade missing in one size range', () => {
    const ia = stage(trunkAndExtremities, 'IA')
    const lowOnly = { ...ia, criteria: [{ ...ia.criteria[0], grades: ['low' as const] }] }
    expect(findGaps({ stages: replace(trunkAndExtremities, lowOnly) }).map((gap) => gap.message)).toEqual([
      'tumor ≤5 cm, grade unknown, N0, M0 is not covered by any stage',
    ])
  })

  it('a system with one empty stage leaves everything uncovered', () => {
    expect(findGaps({ stages: [{ system: 'uterus', code: 'I', criteria: [] }] }).map((gap) => gap.message)).toEqual([
      'tumor of any size, any grade, any N, any M is not covered by any stage',
    ])
  })

  it('checks each system on its own', () => {
    const gaps = findGaps({ stages: [...without(trunkAndExtremities, 'IB'), ...without(retroperitoneum, 'IA')] })
    expect(gaps.map((gap) => `${gap.system}: ${gap.message}`)).toEqual([
      'trunk-extremities: tumor >5 cm, grade low or unknown, N0, M0 is not covered by any stage',
      'retroperitoneum: tumor ≤5 cm, grade low or unknown, N0, M0 is not covered by any stage',
    ])
  })
})

describe('validateStageSystem', () => {
  it('reports each overlapping pair once, with the gaps', () => {
    const iiia = stage(trunkAndExtremities, 'IIIA')
    const moved = { ...iiia, criteria: [{ ...iiia.criteria[0], sizeMinCm: 6, sizeMaxCm: 11 }] }
    const { overlaps, gaps } = validateStageSystem({ stages: replace(trunkAndExtremities, moved) })
    expect(overlaps.map((o) => `${o.code}: ${o.message}`)).toEqual([
      'IIIA: criteria[0] overlaps stage IIIB of trunk-extremities (size >10–11 cm, grade mid or high, N0, M0)',
    ])
    expect(gaps.map((gap) => gap.message)).toEqual(['tumor >5–6 cm, grade mid or high, N0, M0 is not covered by any stage'])
  })

  it('flags a stage code stored twice', () => {
    const ia = stage(trunkAndExtremities, 'IA')
    const { overlaps } = validateStageSystem({ stages: [...trunkAndExtremities, ia] })
    expect(overlaps.map((o) => o.message)).toEqual([
      'criteria[0] overlaps stage IA of trunk-extremities (size ≤5 cm, grade low or unknown, N0, M0)',
    ])
  })
})

describe('describeSize and describeCriteria', () => {
  it.each([
    [{ sizeMaxCm: 5 }, '≤5 cm'],
    [{ sizeMinCm: 5, sizeMaxCm: 10 }, '>5–10 cm'],
    [{ sizeMinCm: 10 }, '>10 cm'],
    [{ sizeMinCm: 2.5, sizeMaxCm: null }, '>2.5 cm'],
    [{}, 'any size'],
    [{ sizeMinCm: 0, sizeMaxCm: null }, 'any size'],
  ])('%j → %s', (size, expected) => {
    expect(describeSize({ ...size, grades: ['low'], nodes: 'N0', metastasis: 'M0' })).toBe(expected)
  })

  it.each([
    [stage(trunkAndExtremities, 'IIIA').criteria[0], 'size >5–10 cm, grade mid or high, N0, M0'],
    [stage(trunkAndExtremities, 'IV').criteria[1], 'any size, any grade, any N, M1'],
    [
      { sizeMaxCm: 5, grades: ['unknown', 'low', 'high'] as const, nodes: 'N1', metastasis: 'any' } as const,
      'size ≤5 cm, grade low, high or unknown, N1, any M',
    ],
  ])('%j → %s', (criteria, expected) => {
    expect(describeCriteria({ ...criteria, grades: [...criteria.grades] })).toBe(expected)
  })
})
