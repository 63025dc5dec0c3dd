import type { UIFieldServerProps } from 'payload'

import { findOutOfDate } from '@/domain/feed'
import { readSummaryListings } from '@/published/summaryListings'

const relationWords = { translationOf: 'translation', patientVersionOf: 'patient version' } as const

/**
 * In a summary's sidebar: a warning when this translation or patient version is out of date, i.e. its
 * source has published a newer version since this summary last published (the same rule the feed's
 * index uses). Reads only the published revisions' listings, never their content.
 */
export const OutOfDateNotice = async ({ data, req }: UIFieldServerProps) => {
  const slug = typeof data?.slug === 'string' ? data.slug : null
  if (!slug || (!data?.translationOf && !data?.patientVersionOf)) return null
  const outOfDate = findOutOfDate({ revisions: await readSummaryListings({ req, overrideAccess: true }) }).get(slug)
  if (!outOfDate) return null
  return (
    <div className="galley-out-of-date" role="status">
      <strong>Out of date.</strong> This {relationWords[outOfDate.relation]} was published from version {outOfDate.basedOn.version} of{' '}
      <code>{outOfDate.basedOn.slug}</code>, which has since published version {outOfDate.because.version}. Update it and submit it for
      review; the feed marks it out of date until then.
    </div>
  )
}
