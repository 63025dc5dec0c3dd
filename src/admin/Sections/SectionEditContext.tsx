'use client'

import { useConfig, useFormFields } from '@payloadcms/ui'
import Link from 'next/link'

/**
 * At the top of a section being edited: which summary it belongs to, a way back to its outline, and
 * what saving does.
 */
export const SectionEditContext = () => {
  const summary = useFormFields(([fields]) => fields.summary?.value as number | string | { id: number | string } | undefined)
  const isNew = useFormFields(([fields]) => Boolean(fields.insertAfter?.value))
  const {
    config: {
      routes: { admin: adminRoute },
    },
  } = useConfig()
  const summaryId = summary && typeof summary === 'object' ? summary.id : summary
  return (
    <div className="galley-section-context" role="note">
      <p>
        {isNew
          ? 'A new section: saving adds it to the summary’s draft.'
          : 'One section of a summary: saving writes it into the summary’s draft.'}{' '}
        The change is reviewed with the summary.
      </p>
      {summaryId !== undefined && <Link href={`${adminRoute}/collections/summaries/${summaryId}`}>← Back to the summary’s sections</Link>}
    </div>
  )
}
