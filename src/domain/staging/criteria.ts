import { z } from 'zod'

export const grades = ['low', 'mid', 'high', 'unknown'] as const
export const nodeSpreads = ['N0', 'N1', 'any'] as const
export const metastases = ['M0', 'M1', 'any'] as const

export type Grade = (typeof grades)[number]
export type NodeSpread = (typeof nodeSpreads)[number]
export type Metastasis = (typeof metastases)[number]

export const gradeLabels: Record<Grade, string> = {
  low: 'Low grade',
  mid: 'Mid grade',
  high: 'High grade',
  unknown: 'Grade unknown',
}
export const nodeSpreadLabels: Record<NodeSpread, string> = {
  N0: 'No spread to lymph nodes',
  N1: 'Spread to nearby lymph nodes',
  any: 'Either',
}
export const metastasisLabels: Record<Metastasis, string> = {
  M0: 'No distant spread',
  M1: 'Spread to other parts of the body',
  any: 'Either',
}

/** One alternative of a stage's definition: a tumor matches when it meets every condition. */
export type StageCriteria = {
  /** Exclusive lower bound in cm ("larger than 5 cm" → 5). Empty: no lower bound. */
  sizeMinCm?: number | null
  /** Inclusive upper bound in cm ("5 cm or smaller" → 5). Empty: no upper bound. */
  sizeMaxCm?: number | null
  grades: Grade[]
  nodes: NodeSpread
  metastasis: Metastasis
}

export type StageDefinition = {
  /** e.g. "trunk-extremities" */
  system: string
  /** e.g. "IIIA" */
  code: string
  /** Alternatives: the stage applies when "one of the following" is found. */
  criteria: StageCriteria[]
}

export const stageCriteriaSchema = z
  .object({
    sizeMinCm: z.number({ error: 'sizeMinCm must be a number of cm' }).min(0, { error: 'sizeMinCm must not be negative' }).nullish(),
    sizeMaxCm: z.number({ error: 'sizeMaxCm must be a number of cm' }).positive({ error: 'sizeMaxCm must be larger than 0' }).nullish(),
    grades: z
      .array(z.enum(grades, { error: `grades may only contain ${grades.join(', ')}` }))
      .min(1, { error: 'grades must list at least one grade' })
      .refine((list) => new Set(list).size === list.length, { error: 'grades must not list a grade twice' }),
    nodes: z.enum(nodeSpreads, { error: `nodes must be one of ${nodeSpreads.join(', ')}` }),
    metastasis: z.enum(metastases, { error: `metastasis must be one of ${metastases.join(', ')}` }),
  })
  .refine(({ sizeMinCm, sizeMaxCm }) => sizeMinCm == null || sizeMaxCm == null || sizeMinCm < sizeMaxCm, {
    error: 'sizeMinCm must be smaller than sizeMaxCm',
    path: ['sizeMinCm'],
  }) satisfies z.ZodType<StageCriteria>

export const stageDefinitionSchema = z.object({
  system: z.string().trim().min(1, { error: 'system is required' }),
  code: z.string().trim().min(1, { error: 'code is required' }),
  criteria: z.array(stageCriteriaSchema).min(1, { error: 'criteria must list at least one alternative' }),
}) satisfies z.ZodType<StageDefinition>
