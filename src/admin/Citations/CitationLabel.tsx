import type { PayloadRequest } from 'payload'

import { slugs } from '@collections/slugs'
import { relatedId } from '@/domain/revisions/readDoc'
import { citationChipLabel } from '@/domain/references/citationChipLabel'

type Props = { siblingData?: { reference?: unknown }; req: PayloadRequest }

/**
 * The label of an inline citation in the editor: "First author, year" of its reference, read with the
 * signed-in person's access, its full citation on hover; "Citation" until a reference is chosen.
 */
export const CitationLabel = async ({ siblingData, req }: Props) => {
  const id = relatedId(siblingData?.reference)
  if (id === null) return <span>Citation</span>
  const reference = await req.payload.findByID({
    collection: slugs.references,
    id,
    depth: 0,
    draft: true,
    req,
    user: req.user,
    overrideAccess: false,
    disableErrors: true,
    select: { authors: true, title: true, year: true, retracted: true, citation: true },
  })
  if (!reference) return <span>Citation (reference {String(id)} not found)</span>
  return <span title={reference.citation ?? undefined}>{citationChipLabel(reference)}</span>
}
