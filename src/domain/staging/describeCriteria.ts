import type { StageCriteria } from './criteria'
import { grades as allGrades } from './criteria'
import { lowerBoundCm, sortGrades, upperBoundCm } from './intersectCriteria'

/** "≤5 cm", ">5–10 cm", ">10 cm" or "any size". */
export function describeSize(criteria: StageCriteria): string {
  const lowerCm = lowerBoundCm(criteria)
  const upperCm = upperBoundCm(criteria)
  const bounded = Number.isFinite(upperCm)
  if (lowerCm > 0 && bounded) return `>${lowerCm}–${upperCm} cm`
  if (lowerCm > 0) return `>${lowerCm} cm`
  if (bounded) return `≤${upperCm} cm`
  return 'any size'
}

/** "grade mid or high, N0, M0", "any grade, N1, any M". */
export function describeGradeAndSpread(criteria: StageCriteria): string {
  const nodes = criteria.nodes === 'any' ? 'any N' : criteria.nodes
  const metastasis = criteria.metastasis === 'any' ? 'any M' : criteria.metastasis
  return `${describeGrades(criteria)}, ${nodes}, ${metastasis}`
}

/** "size >5–10 cm, grade mid, N0, M0" or "any size, any grade, N1, M0". */
export function describeCriteria(criteria: StageCriteria): string {
  const size = describeSize(criteria)
  return `${size === 'any size' ? size : `size ${size}`}, ${describeGradeAndSpread(criteria)}`
}

function describeGrades(criteria: StageCriteria): string {
  const listed = sortGrades(criteria.grades)
  if (listed.length === allGrades.length) return 'any grade'
  if (listed.length === 0) return 'no grade'
  const last = listed[listed.length - 1]
  const rest = listed.slice(0, -1)
  return `grade ${rest.length ? `${rest.join(', ')} or ${last}` : last}`
}
