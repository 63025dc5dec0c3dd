import type { Grade, Metastasis, NodeSpread, StageCriteria, StageDefinition } from './criteria'
import { grades } from './criteria'
import { describeGradeAndSpread, describeSize } from './describeCriteria'
import { lowerBoundCm, sizeBounds, upperBoundCm } from './intersectCriteria'

/** Tumors that no stage of the system describes. */
export type Gap = {
  system: string
  region: StageCriteria
  /** e.g. "tumor >15 cm, grade unknown, N1, M0 is not covered by any stage" */
  message: string
}

type Args = {
  /** The stages of one system (several systems are checked one by one). */
  stages: readonly StageDefinition[]
}

/** A block of tumors: sizes in (lowerCm, upperCm], and one node and metastasis value each, or "any". */
type Region = { lowerCm: number; upperCm: number; grades: Grade[]; nodes: NodeSpread; metastasis: Metastasis }

const nodeValues = ['N0', 'N1'] as const
const metastasisValues = ['M0', 'M1'] as const

/**
 * Cuts the size axis at every bound any stage uses, so each size range is either wholly inside or
 * wholly outside each alternative, then lists the (size range × grade × N × M) cells no stage covers,
 * merged into as few readable gaps as simple merging allows.
 */
export function findGaps({ stages }: Args): Gap[] {
  const systems = [...new Set(stages.map((stage) => stage.system))]
  return systems.flatMap((system) => {
    const alternatives = stages.filter((stage) => stage.system === system).flatMap((stage) => stage.criteria)
    const regions = mergeSizes(mergeSpread(mergeSpread(uncoveredCells(alternatives), 'nodes'), 'metastasis'))
    return regions.sort(byReadingOrder).map((region) => toGap(system, region))
  })
}

function uncoveredCells(alternatives: readonly StageCriteria[]): Region[] {
  const cuts = alternatives.flatMap((criteria) => [lowerBoundCm(criteria), upperBoundCm(criteria)])
  const edges = [...new Set([0, ...cuts, Number.POSITIVE_INFINITY])].filter((cm) => cm >= 0).sort((a, b) => a - b)
  return edges.slice(0, -1).flatMap((lowerCm, index) => {
    const upperCm = edges[index + 1]
    return nodeValues.flatMap((nodes) =>
      metastasisValues.flatMap((metastasis) => {
        const cell = { lowerCm, upperCm, nodes, metastasis }
        const missing = grades.filter((grade) => !alternatives.some((criteria) => covers(criteria, { ...cell, grade })))
        return missing.length ? [{ ...cell, grades: missing }] : []
      }),
    )
  })
}

type Cell = { lowerCm: number; upperCm: number; grade: Grade; nodes: 'N0' | 'N1'; metastasis: 'M0' | 'M1' }

function covers(criteria: StageCriteria, cell: Cell): boolean {
  return (
    lowerBoundCm(criteria) <= cell.lowerCm &&
    upperBoundCm(criteria) >= cell.upperCm &&
    criteria.grades.includes(cell.grade) &&
    (criteria.nodes === 'any' || criteria.nodes === cell.nodes) &&
    (criteria.metastasis === 'any' || criteria.metastasis === cell.metastasis)
  )
}

/** Two gaps that differ only in N0/N1 (or M0/M1) become one gap with "any". */
function mergeSpread(regions: readonly Region[], field: 'nodes' | 'metastasis'): Region[] {
  const merged: Region[] = []
  for (const region of regions) {
    const twin = merged.find(
      (other) =>
        other[field] !== 'any' &&
        region[field] !== 'any' &&
        other[field] !== region[field] &&
        sameSize(other, region) &&
        sameGrades(other, region) &&
        (field === 'nodes' ? other.metastasis === region.metastasis : other.nodes === region.nodes),
    )
    if (twin) twin[field] = 'any'
    else merged.push({ ...region })
  }
  return merged
}

/** Gaps with the same grades and spread whose size ranges touch become one range. */
function mergeSizes(regions: readonly Region[]): Region[] {
  const merged: Region[] = []
  for (const region of [...regions].sort((a, b) => a.lowerCm - b.lowerCm)) {
    const before = merged.find(
      (other) =>
        other.upperCm === region.lowerCm &&
        sameGrades(other, region) &&
        other.nodes === region.nodes &&
        other.metastasis === region.metastasis,
    )
    if (before) before.upperCm = region.upperCm
    else merged.push({ ...region })
  }
  return merged
}

/** Smaller tumors first, then M0 before M1, N0 before N1, lower grades first. */
function byReadingOrder(a: Region, b: Region): number {
  const rank = (region: Region) => [
    region.lowerCm,
    ['M0', 'M1', 'any'].indexOf(region.metastasis),
    ['N0', 'N1', 'any'].indexOf(region.nodes),
    grades.indexOf(region.grades[0]),
  ]
  const [x, y] = [rank(a), rank(b)]
  const differing = x.findIndex((value, index) => value !== y[index])
  return differing === -1 ? 0 : x[differing] - y[differing]
}

const sameSize = (a: Region, b: Region) => a.lowerCm === b.lowerCm && a.upperCm === b.upperCm
const sameGrades = (a: Region, b: Region) => a.grades.join() === b.grades.join()

function toGap(system: string, { lowerCm, upperCm, grades, nodes, metastasis }: Region): Gap {
  const region: StageCriteria = { ...sizeBounds(lowerCm, upperCm), grades, nodes, metastasis }
  const size = describeSize(region)
  return {
    system,
    region,
    message: `tumor ${size === 'any size' ? 'of any size' : size}, ${describeGradeAndSpread(region)} is not covered by any stage`,
  }
}
