import type { SummaryContent } from '@/domain/revisions'

type Language = SummaryContent['language']

/** A date as the summary's readers write it: "June 2, 2023", "2 de junio de 2023". */
export const dayIn =
  (language: Language) =>
  (iso: string | null | undefined): string =>
    iso
      ? new Date(iso).toLocaleDateString(language === 'es' ? 'es-US' : 'en-US', {
          year: 'numeric',
          month: 'long',
          day: 'numeric',
          timeZone: 'UTC',
        })
      : '—'

/**
 * The words of a summary page around its content, in the summary's language: a Spanish summary is
 * read by people who may read no English, so its labels, notices and credit are Spanish too.
 */
export const summaryLabels = {
  en: {
    audience: { patient: 'Patient version', 'health-professional': 'Health professional version' },
    oldVersion: (version: number, published: string) => `You are reading version ${version}, published ${published}. `,
    latestLink: (latest: number) => `Read the latest version (version ${latest})`,
    updated: 'Updated',
    draftOf: (version: number) => `Not published: a draft of version ${version}`,
    reviewed: 'Reviewed',
    reviewedBy: 'Reviewed by',
    version: 'Version',
    otherLanguages: 'Other languages',
    outOfDate: (relation: 'translationOf' | 'patientVersionOf') =>
      `This ${relation === 'translationOf' ? 'translation' : 'patient version'} is based on an earlier version of its source, which has been updated since. An updated version is being prepared.`,
    onThisPage: 'On this page',
    contents: '↑ Contents',
    keyPoints: 'Key points',
    related: 'Related information',
    drugs: 'Drugs',
    stages: 'Stages',
    references: 'References',
    changes: 'Changes to this summary',
    versionNote: (version: number, published: string, note: string | null) =>
      `Version ${version} (${published})${note ? `: ${note}` : ''}.`,
    sectionUpdated: (title: string) => `Updated the section “${title}”.`,
    sectionAdded: (title: string) => `Added the section “${title}”.`,
    sectionRemoved: (title: string) => `Removed the section “${title}”.`,
    citationsChanged: (added: number, removed: number) => `${added} reference(s) added, ${removed} removed.`,
    history: 'Version history',
    versionN: (version: number) => `Version ${version}`,
    retired: (version: number) => `Version ${version} (retired)`,
    adaptedFrom: 'Adapted from',
    publishedByNci: 'published by the National Cancer Institute',
    updatedOn: (date: string) => ` (updated ${date})`,
    pdqCredit: (board: string) =>
      `PDQ® is a registered trademark of NCI. This page is published from Galley after review by ${board}; it is not an official PDQ summary.`,
  },
  es: {
    audience: { patient: 'Versión para pacientes', 'health-professional': 'Versión para profesionales de salud' },
    oldVersion: (version: number, published: string) => `Está leyendo la versión ${version}, publicada el ${published}. `,
    latestLink: (latest: number) => `Lea la versión más reciente (versión ${latest})`,
    updated: 'Actualización',
    draftOf: (version: number) => `Sin publicar: borrador de la versión ${version}`,
    reviewed: 'Revisión',
    reviewedBy: 'Revisado por',
    version: 'Versión',
    otherLanguages: 'Otros idiomas',
    outOfDate: (relation: 'translationOf' | 'patientVersionOf') =>
      `Esta ${relation === 'translationOf' ? 'traducción' : 'versión para pacientes'} se basa en una versión anterior del texto original, que se actualizó después. Se está preparando una versión actualizada.`,
    onThisPage: 'En esta página',
    contents: '↑ Contenido',
    keyPoints: 'Puntos importantes',
    related: 'Información relacionada',
    drugs: 'Medicamentos',
    stages: 'Estadios',
    references: 'Bibliografía',
    changes: 'Actualizaciones de este resumen',
    versionNote: (version: number, published: string, note: string | null) =>
      `Versión ${version} (${published})${note ? `: ${note}` : ''}.`,
    sectionUpdated: (title: string) => `Se actualizó la sección “${title}”.`,
    sectionAdded: (title: string) => `Se añadió la sección “${title}”.`,
    sectionRemoved: (title: string) => `Se eliminó la sección “${title}”.`,
    citationsChanged: (added: number, removed: number) => `Referencias añadidas: ${added}; eliminadas: ${removed}.`,
    history: 'Historial de versiones',
    versionN: (version: number) => `Versión ${version}`,
    retired: (version: number) => `Versión ${version} (retirada)`,
    adaptedFrom: 'Adaptado de',
    publishedByNci: 'publicado por el Instituto Nacional del Cáncer (NCI)',
    updatedOn: (date: string) => ` (actualizado el ${date})`,
    pdqCredit: (board: string) =>
      `PDQ® es una marca registrada del NCI. Esta página se publica desde Galley después de la revisión de ${board}; no es un resumen oficial del PDQ.`,
  },
} as const satisfies Record<Language, unknown>
