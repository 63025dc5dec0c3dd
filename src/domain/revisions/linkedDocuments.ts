import type { PinResolver } from './resolvePins'
import type { RevisionType } from './revisionTypes'

import { publicContent } from './content'
import { relatedId, rows } from './readDoc'

/** A document another one links to or cites, by type and id. */
export type LinkedDocument = { type: RevisionType; id: string }

type Args = {
  type: RevisionType
  /** The document as stored (relationships as ids or populated). */
  doc: Record<string, unknown>
}

/**
 * The documents whose latest revision the next revision of `doc` will pin: its relationship fields
 * and, for a summary, the references its sections cite. Publishing reads the revisions of these
 * documents only, so its cost follows the document's links, not the number of published documents.
 *
 * Found by building the public content with a resolver that notes every document it is asked for and
 * resolves none, so this list cannot drift from what buildRevision pins when a field is added. The
 * price is one extra pass over the rich text, small next to a database query.
 */
export const linkedDocuments = ({ type, doc }: Args): LinkedDocument[] => {
  const found = new Map<string, LinkedDocument>()
  const note = (linked: RevisionType, id: string | null): null => {
    if (id !== null) found.set(`${linked}:${id}`, { type: linked, id })
    return null
  }
  const pins: PinResolver = {
    one: (linked, value) => note(linked, relatedId(value)),
    many: (linked, value) => {
      for (const item of rows(value)) note(linked, relatedId(item))
      return []
    },
    revision: (linked, id) => note(linked, id),
  }
  publicContent[type]({ doc, pins })
  return [...found.values()]
}
