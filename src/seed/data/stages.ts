import type { Grade, SeedStage, SeedStageCriteria } from './types'

/**
 * The two staging systems of the NCI patient summary (trunk, arms and legs; retroperitoneum).
 * Within a system no two stages overlap: stages I–III are N0 M0 unless the text says otherwise.
 */

/*
 * Every stage gets fresh objects (functions, not shared constants): the seeder or Payload may add ids to
 * array rows, and one row object shared by two documents would then carry the same id twice.
 */
const allGrades = (): Grade[] => ['low', 'mid', 'high', 'unknown']
const lowOrUnknown = (): Grade[] => ['low', 'unknown']
const midOrHigh = (): Grade[] => ['mid', 'high']

const ia = (): SeedStageCriteria => ({ sizeMaxCm: 5, grades: lowOrUnknown(), nodes: 'N0', metastasis: 'M0' })
const ib = (): SeedStageCriteria => ({ sizeMinCm: 5, grades: lowOrUnknown(), nodes: 'N0', metastasis: 'M0' })
const ii = (): SeedStageCriteria => ({ sizeMaxCm: 5, grades: midOrHigh(), nodes: 'N0', metastasis: 'M0' })
const iiia = (): SeedStageCriteria => ({
  sizeMinCm: 5,
  sizeMaxCm: 10,
  grades: midOrHigh(),
  nodes: 'N0',
  metastasis: 'M0',
})
const largeMidOrHigh = (): SeedStageCriteria => ({ sizeMinCm: 10, grades: midOrHigh(), nodes: 'N0', metastasis: 'M0' })
const nodesNoDistantSpread = (): SeedStageCriteria => ({ grades: allGrades(), nodes: 'N1', metastasis: 'M0' })
const distantSpread = (): SeedStageCriteria => ({ grades: allGrades(), nodes: 'any', metastasis: 'M1' })

/** Stage I: surgery, radiation before and/or after it, or high-dose radiation when it cannot be removed. */
const stageIOptions = (limbOrSkin: boolean): SeedStage['treatmentOptions'] => [
  ...(limbOrSkin ? [{ treatment: 'mohs-microsurgery', note: 'for small sarcomas of the skin' }] : []),
  { treatment: 'wide-local-excision' },
  ...(limbOrSkin ? [{ treatment: 'limb-sparing-surgery', note: 'for tumors in an arm or leg' }] : []),
  { treatment: 'external-beam-radiation-therapy', note: 'before and/or after surgery' },
  { treatment: 'high-dose-radiation-therapy', note: 'for tumors that cannot be removed by surgery' },
]

/** Stage II and stage III without lymph node spread. */
const stageIIOrIIIWithoutNodesOptions = (limb: boolean): SeedStage['treatmentOptions'] => [
  { treatment: 'wide-local-excision' },
  ...(limb ? [{ treatment: 'limb-sparing-surgery', note: 'for tumors in an arm or leg' }] : []),
  { treatment: 'external-beam-radiation-therapy', note: 'before or after surgery' },
  {
    treatment: 'neoadjuvant-chemotherapy',
    note: limb
      ? 'with or without radiation therapy, before limb-sparing surgery; radiation therapy may also be given after surgery'
      : 'with or without radiation therapy, before surgery; radiation therapy may also be given after surgery',
  },
  { treatment: 'high-dose-radiation-therapy', note: 'for tumors that cannot be removed by surgery' },
]

const distantSpreadOptions = (): SeedStage['treatmentOptions'] => [
  { treatment: 'doxorubicin-based-chemotherapy' },
  { treatment: 'later-line-chemotherapy', note: 'when the cancer grows after first chemotherapy' },
  { treatment: 'lung-metastasectomy', note: 'when cancer has spread to the lungs and can all be removed' },
  { treatment: 'tyrosine-kinase-inhibitor-therapy', note: 'pazopanib or imatinib' },
]

export const stages: SeedStage[] = [
  // Trunk, arms and legs
  {
    system: 'trunk-extremities',
    code: 'IA',
    description:
      'The tumor is 5 centimeters or smaller and is low grade, or the grade is unknown. It has not spread to lymph nodes or other parts of the body.',
    criteria: [ia()],
    treatmentOptions: stageIOptions(true),
  },
  {
    system: 'trunk-extremities',
    code: 'IB',
    description:
      'The tumor is larger than 5 centimeters and is low grade, or the grade is unknown. It has not spread to lymph nodes or other parts of the body.',
    criteria: [ib()],
    treatmentOptions: stageIOptions(true),
  },
  {
    system: 'trunk-extremities',
    code: 'II',
    description:
      'The tumor is 5 centimeters or smaller and is mid grade or high grade. It has not spread to lymph nodes or other parts of the body.',
    criteria: [ii()],
    treatmentOptions: stageIIOrIIIWithoutNodesOptions(true),
  },
  {
    system: 'trunk-extremities',
    code: 'IIIA',
    description:
      'The tumor is larger than 5 centimeters but not larger than 10 centimeters and is mid grade or high grade. It has not spread to lymph nodes or other parts of the body.',
    criteria: [iiia()],
    treatmentOptions: stageIIOrIIIWithoutNodesOptions(true),
  },
  {
    system: 'trunk-extremities',
    code: 'IIIB',
    description:
      'The tumor is larger than 10 centimeters and is mid grade or high grade. It has not spread to lymph nodes or other parts of the body.',
    criteria: [largeMidOrHigh()],
    treatmentOptions: stageIIOrIIIWithoutNodesOptions(true),
  },
  {
    system: 'trunk-extremities',
    code: 'IV',
    description:
      'The tumor is any size and any grade and either has spread to nearby lymph nodes, or has spread to other parts of the body, such as the lung (with or without spread to nearby lymph nodes).',
    criteria: [nodesNoDistantSpread(), distantSpread()],
    treatmentOptions: [
      ...distantSpreadOptions(),
      // Spread to nearby lymph nodes only (N1 M0) is stage IV in this system; NCI treats it as "stage III that has spread to lymph nodes".
      {
        treatment: 'wide-local-excision',
        note: 'with lymphadenectomy, when cancer has spread only to nearby lymph nodes',
      },
      { treatment: 'lymphadenectomy', note: 'when cancer has spread only to nearby lymph nodes' },
      {
        treatment: 'external-beam-radiation-therapy',
        note: 'before or after surgery, when cancer has spread only to nearby lymph nodes',
      },
    ],
  },
  // Retroperitoneum
  {
    system: 'retroperitoneum',
    code: 'IA',
    description:
      'The tumor is 5 centimeters or smaller and is low grade, or the grade is unknown. It has not spread to lymph nodes or other parts of the body.',
    criteria: [ia()],
    treatmentOptions: stageIOptions(false),
  },
  {
    system: 'retroperitoneum',
    code: 'IB',
    description:
      'The tumor is larger than 5 centimeters and is low grade, or the grade is unknown. It has not spread to lymph nodes or other parts of the body.',
    criteria: [ib()],
    treatmentOptions: stageIOptions(false),
  },
  {
    system: 'retroperitoneum',
    code: 'II',
    description:
      'The tumor is 5 centimeters or smaller and is mid grade or high grade. It has not spread to lymph nodes or other parts of the body.',
    criteria: [ii()],
    treatmentOptions: stageIIOrIIIWithoutNodesOptions(false),
  },
  {
    system: 'retroperitoneum',
    code: 'IIIA',
    description:
      'The tumor is larger than 5 centimeters but not larger than 10 centimeters and is mid grade or high grade. It has not spread to lymph nodes or other parts of the body.',
    criteria: [iiia()],
    treatmentOptions: stageIIOrIIIWithoutNodesOptions(false),
  },
  {
    system: 'retroperitoneum',
    code: 'IIIB',
    description:
      'Either the tumor is larger than 10 centimeters and is mid grade or high grade, without spread to lymph nodes; or the tumor is any size and any grade and has spread to nearby lymph nodes. Cancer has not spread to other parts of the body.',
    criteria: [largeMidOrHigh(), nodesNoDistantSpread()],
    treatmentOptions: [
      { treatment: 'wide-local-excision', note: 'with lymphadenectomy when cancer has spread to nearby lymph nodes' },
      { treatment: 'lymphadenectomy', note: 'when cancer has spread to nearby lymph nodes' },
      { treatment: 'external-beam-radiation-therapy', note: 'before or after surgery' },
      { treatment: 'neoadjuvant-chemotherapy', note: 'before surgery' },
      { treatment: 'high-dose-radiation-therapy', note: 'for tumors that cannot be removed by surgery' },
    ],
  },
  {
    system: 'retroperitoneum',
    code: 'IV',
    description:
      'The tumor is any size and any grade and may have spread to nearby lymph nodes. Cancer has spread to other parts of the body, such as the lung.',
    criteria: [distantSpread()],
    treatmentOptions: distantSpreadOptions(),
  },
]
