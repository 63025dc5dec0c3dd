import type { SummaryFromPdq } from './types'

/** PDQ's words for what Galley keeps as codes, one table each way (the second derived from the first). */

export const summaryTypeFromPdq: Record<string, SummaryFromPdq['summaryType']> = {
  Treatment: 'treatment',
  'Supportive care': 'supportive-care',
  Screening: 'screening',
  Prevention: 'prevention',
  Genetics: 'genetics',
  'Integrative, alternative, and complementary therapies': 'integrative',
  Overview: 'overview',
  'Causes, risk factors, and prevention': 'causes-and-prevention',
  Diagnosis: 'diagnosis',
  Stages: 'stages',
  'Signs and symptoms': 'signs-and-symptoms',
  Prognosis: 'prognosis',
}

export const audienceFromPdq: Record<string, SummaryFromPdq['audience']> = {
  'Health professionals': 'health-professional',
  Patients: 'patient',
}

export const languageFromPdq: Record<string, SummaryFromPdq['language']> = { English: 'en', Spanish: 'es' }

const inverse = <T extends string>(table: Record<string, T>): Record<T, string> =>
  Object.fromEntries(Object.entries(table).map(([pdq, galley]) => [galley, pdq])) as Record<T, string>

export const summaryTypeToPdq = inverse(summaryTypeFromPdq)
export const audienceToPdq = inverse(audienceFromPdq)
export const languageToPdq = inverse(languageFromPdq)
