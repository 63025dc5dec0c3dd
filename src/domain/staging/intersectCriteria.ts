import type { Grade, Metastasis, NodeSpread, StageCriteria } from './criteria'
import { grades as gradeOrder } from './criteria'

/** Tumor sizes are positive, so an empty lower bound is 0 and an empty upper bound is no bound at all. */
export const lowerBoundCm = (criteria: StageCriteria): number => criteria.sizeMinCm ?? 0
export const upperBoundCm = (criteria: StageCriteria): number => criteria.sizeMaxCm ?? Number.POSITIVE_INFINITY

/** Bounds back in the stored shape: 0 and ∞ become "no bound". */
export function sizeBounds(lowerCm: number, upperCm: number): Pick<StageCriteria, 'sizeMinCm' | 'sizeMaxCm'> {
  return {
    sizeMinCm: lowerCm > 0 ? lowerCm : null,
    sizeMaxCm: Number.isFinite(upperCm) ? upperCm : null,
  }
}

export function sortGrades(list: readonly Grade[]): Grade[] {
  return gradeOrder.filter((grade) => list.includes(grade))
}

/** "any" is compatible with everything; otherwise the values must agree. */
function intersectSpread<T extends NodeSpread | Metastasis>(a: T, b: T): T | null {
  if (a === 'any') return b
  if (b === 'any' || a === b) return a
  return null
}

/**
 * The tumors matched by both alternatives, or null when there are none. Size ranges are (min, max]:
 * (5, 10] and (10, ∞) share no tumor, (0, 5] and (0, 3] share every tumor up to 3 cm.
 */
export function intersectCriteria(a: StageCriteria, b: StageCriteria): StageCriteria | null {
  const lowerCm = Math.max(lowerBoundCm(a), lowerBoundCm(b))
  const upperCm = Math.min(upperBoundCm(a), upperBoundCm(b))
  const grades = sortGrades(a.grades.filter((grade) => b.grades.includes(grade)))
  const nodes = intersectSpread(a.nodes, b.nodes)
  const metastasis = intersectSpread(a.metastasis, b.metastasis)
  if (!(lowerCm < upperCm) || grades.length === 0 || !nodes || !metastasis) return null
  return { ...sizeBounds(lowerCm, upperCm), grades, nodes, metastasis }
}
