import { describe, expect, it } from 'vitest'
import { stageCriteriaSchema, stageDefinitionSchema } from './criteria'
import { retroperitoneum, trunkAndExtremities } from './sarcomaStages.fixture'

const iiia = { sizeMinCm: 5, sizeMaxCm: 10, grades: ['mid', 'high'], nodes: 'N0', metastasis: 'M0' }

describe('stageCriteriaSchema', () => {
  it.each([...trunkAndExtremities, ...retroperitoneum].map((s) => [`${s.system} ${s.code}`, s] as const))('accepts %s', (_, s) => {
    expect(stageDefinitionSchema.safeParse(s).success).toBe(true)
  })

  it('accepts empty bounds written as null', () => {
    expect(stageCriteriaSchema.safeParse({ ...iiia, sizeMinCm: null, sizeMaxCm: null }).success).toBe(true)
  })

  it.each([
    ['min equal to max', { sizeMinCm: 10 }, 'sizeMinCm', 'sizeMinCm must be smaller than sizeMaxCm'],
    ['min above max', { sizeMinCm: 12 }, 'sizeMinCm', 'sizeMinCm must be smaller than sizeMaxCm'],
    ['a negative min', { sizeMinCm: -1 }, 'sizeMinCm', 'sizeMinCm must not be negative'],
    ['a max of 0', { sizeMinCm: null, sizeMaxCm: 0 }, 'sizeMaxCm', 'sizeMaxCm must be larger than 0'],
    ['a size written as text', { sizeMaxCm: '10' }, 'sizeMaxCm', 'sizeMaxCm must be a number of cm'],
    ['no grade', { grades: [] }, 'grades', 'grades must list at least one grade'],
    ['a grade twice', { grades: ['mid', 'mid'] }, 'grades', 'grades must not list a grade twice'],
    ['an unknown grade', { grades: ['G2'] }, 'grades', 'grades may only contain low, mid, high, unknown'],
    ['an unknown node value', { nodes: 'N2' }, 'nodes', 'nodes must be one of N0, N1, any'],
    ['an unknown metastasis value', { metastasis: 'MX' }, 'metastasis', 'metastasis must be one of M0, M1, any'],
  ])('rejects %s, naming the field', (_, change, field, message) => {
    const issues = stageCriteriaSchema.safeParse({ ...iiia, ...change }).error?.issues ?? []
    expect(issues).toContainEqual(expect.objectContaining({ message }))
    expect(issues.find((issue) => issue.message === message)?.path[0]).toBe(field)
  })

  it('rejects a stage without alternatives', () => {
    const result = stageDefinitionSchema.safeParse({ system: 'retroperitoneum', code: 'IV', criteria: [] })
    expect(result.error?.issues[0]?.message).toBe('criteria must list at least one alternative')
  })
})
