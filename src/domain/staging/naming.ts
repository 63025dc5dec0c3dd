import { stagingSystemInText } from './systems'

type Args = { system: string; code: string }

/** "trunk-extremities" + "IIIA" → "trunk-extremities-iiia" */
export const stageSlug = ({ system, code }: Args): string => `${system}-${code.toLowerCase()}`

/** "Stage IIIA (trunk, arms and legs)" */
export const stageTitle = ({ system, code }: Args): string =>
  `Stage ${code} (${stagingSystemInText[system as keyof typeof stagingSystemInText] ?? system})`
