import type { Grade, StageDefinition } from './criteria'

/** NCI PDQ adult soft tissue sarcoma staging (AJCC 8th edition), as the seed describes it. */

const lowOrUnknown: Grade[] = ['low', 'unknown']
const midOrHigh: Grade[] = ['mid', 'high']
const anyGrade: Grade[] = ['low', 'mid', 'high', 'unknown']

export const trunkAndExtremities: StageDefinition[] = [
  { system: 'trunk-extremities', code: 'IA', criteria: [{ sizeMaxCm: 5, grades: lowOrUnknown, nodes: 'N0', metastasis: 'M0' }] },
  { system: 'trunk-extremities', code: 'IB', criteria: [{ sizeMinCm: 5, grades: lowOrUnknown, nodes: 'N0', metastasis: 'M0' }] },
  { system: 'trunk-extremities', code: 'II', criteria: [{ sizeMaxCm: 5, grades: midOrHigh, nodes: 'N0', metastasis: 'M0' }] },
  {
    system: 'trunk-extremities',
    code: 'IIIA',
    criteria: [{ sizeMinCm: 5, sizeMaxCm: 10, grades: midOrHigh, nodes: 'N0', metastasis: 'M0' }],
  },
  { system: 'trunk-extremities', code: 'IIIB', criteria: [{ sizeMinCm: 10, grades: midOrHigh, nodes: 'N0', metastasis: 'M0' }] },
  {
    system: 'trunk-extremities',
    code: 'IV',
    criteria: [
      { grades: anyGrade, nodes: 'N1', metastasis: 'M0' },
      { grades: anyGrade, nodes: 'any', metastasis: 'M1' },
    ],
  },
]

export const retroperitoneum: StageDefinition[] = [
  { system: 'retroperitoneum', code: 'IA', criteria: [{ sizeMaxCm: 5, grades: lowOrUnknown, nodes: 'N0', metastasis: 'M0' }] },
  { system: 'retroperitoneum', code: 'IB', criteria: [{ sizeMinCm: 5, grades: lowOrUnknown, nodes: 'N0', metastasis: 'M0' }] },
  { system: 'retroperitoneum', code: 'II', criteria: [{ sizeMaxCm: 5, grades: midOrHigh, nodes: 'N0', metastasis: 'M0' }] },
  {
    system: 'retroperitoneum',
    code: 'IIIA',
    criteria: [{ sizeMinCm: 5, sizeMaxCm: 10, grades: midOrHigh, nodes: 'N0', metastasis: 'M0' }],
  },
  {
    system: 'retroperitoneum',
    code: 'IIIB',
    criteria: [
      { sizeMinCm: 10, grades: midOrHigh, nodes: 'N0', metastasis: 'M0' },
      { grades: anyGrade, nodes: 'N1', metastasis: 'M0' },
    ],
  },
  { system: 'retroperitoneum', code: 'IV', criteria: [{ grades: anyGrade, nodes: 'any', metastasis: 'M1' }] },
]
