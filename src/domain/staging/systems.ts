/** The staging systems and stage codes of soft tissue sarcoma (AJCC 8th edition). */
export const stagingSystems = ['trunk-extremities', 'retroperitoneum'] as const
export type StagingSystem = (typeof stagingSystems)[number]

export const stagingSystemLabels: Record<StagingSystem, string> = {
  'trunk-extremities': 'Trunk, arms and legs',
  retroperitoneum: 'Retroperitoneum',
}

/** The same, as written inside a sentence or a stage's title. */
export const stagingSystemInText: Record<StagingSystem, string> = {
  'trunk-extremities': 'trunk, arms and legs',
  retroperitoneum: 'retroperitoneum',
}

export const stageCodes = ['IA', 'IB', 'II', 'IIIA', 'IIIB', 'IV'] as const
