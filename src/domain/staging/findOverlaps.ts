import type { StageCriteria, StageDefinition } from './criteria'
import { describeCriteria } from './describeCriteria'
import { intersectCriteria } from './intersectCriteria'

/** Some tumors would match two stages of one system. */
export type Overlap = {
  system: string
  /** The stage being checked and which of its alternatives overlaps. */
  code: string
  criterionIndex: number
  /** The stage it collides with and which of its alternatives. */
  otherCode: string
  otherCriterionIndex: number
  /** The tumors both stages would match. */
  region: StageCriteria
  /** e.g. "criteria[0] overlaps stage IIIA of trunk-extremities (size >5–10 cm, grade mid, N0, M0)" */
  message: string
}

type Args = {
  stage: StageDefinition
  /** The other stages; other systems and the stored version of `stage` itself are ignored. */
  others: readonly StageDefinition[]
}

/** Where `stage` would claim tumors another stage of its system already claims. */
export function findOverlaps({ stage, others }: Args): Overlap[] {
  return others
    .filter((other) => other.system === stage.system && other.code !== stage.code)
    .flatMap((other) => overlapsBetween({ stage, other }))
}

/** Every pair of alternatives of two stages that share tumors. */
export function overlapsBetween({ stage, other }: { stage: StageDefinition; other: StageDefinition }): Overlap[] {
  return stage.criteria.flatMap((criteria, criterionIndex) =>
    other.criteria.flatMap((otherCriteria, otherCriterionIndex) => {
      const region = intersectCriteria(criteria, otherCriteria)
      if (!region) return []
      const alternative = other.criteria.length > 1 ? `criteria[${otherCriterionIndex}] of ` : ''
      return [
        {
          system: stage.system,
          code: stage.code,
          criterionIndex,
          otherCode: other.code,
          otherCriterionIndex,
          region,
          message: `criteria[${criterionIndex}] overlaps ${alternative}stage ${other.code} of ${other.system} (${describeCriteria(region)})`,
        },
      ]
    }),
  )
}
