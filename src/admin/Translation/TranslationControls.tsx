import type { UIFieldServerProps } from 'payload'

import Link from 'next/link'

import { slugs } from '@collections/slugs'
import { canWriteContent } from '@/domain/people/roles'

import { CreateTranslationButton } from './CreateTranslationButton'

/**
 * In an English summary's sidebar: its Spanish translation (a link), or a button that creates one as a
 * draft linked by `translationOf`. In a Spanish summary: the English summary it translates.
 */
export const TranslationControls = async ({ data, id, payload, req, user }: UIFieldServerProps) => {
  if (!id || !data) return null
  const adminRoute = payload.config.routes.admin
  if (data.language !== 'en') return null
  const { docs } = await payload.find({
    collection: slugs.summaries,
    where: { translationOf: { equals: id } },
    draft: true,
    limit: 1,
    depth: 0,
    select: { title: true },
    req,
    user,
    overrideAccess: false,
  })
  const translation = docs[0]
  return (
    <div className="galley-translation">
      <p className="galley-translation__label">Spanish translation</p>
      {translation ? (
        <Link href={`${adminRoute}/collections/summaries/${translation.id}`}>{translation.title}</Link>
      ) : canWriteContent(user) ? (
        <CreateTranslationButton id={String(id)} adminRoute={adminRoute} apiRoute={payload.config.routes.api} />
      ) : (
        <p>None yet.</p>
      )}
    </div>
  )
}
