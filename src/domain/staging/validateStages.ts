import type { StageDefinition } from './criteria'
import type { Gap } from './findGaps'
import type { Overlap } from './findOverlaps'
import { findGaps } from './findGaps'
import { overlapsBetween } from './findOverlaps'

export type { Gap } from './findGaps'
export type { Overlap } from './findOverlaps'
export { describeCriteria, describeSize } from './describeCriteria'
export { findGaps } from './findGaps'
export { findOverlaps } from './findOverlaps'

type Args = {
  stages: readonly StageDefinition[]
}

/**
 * Checks a whole staging system: every tumor should land in exactly one stage. Each overlapping pair is
 * reported once; two stages with the same code are compared too, since a system should hold each code once.
 */
export function validateStageSystem({ stages }: Args): { overlaps: Overlap[]; gaps: Gap[] } {
  const overlaps = stages.flatMap((stage, index) =>
    stages
      .slice(index + 1)
      .filter((other) => other.system === stage.system)
      .flatMap((other) => overlapsBetween({ stage, other })),
  )
  return { overlaps, gaps: findGaps({ stages }) }
}
