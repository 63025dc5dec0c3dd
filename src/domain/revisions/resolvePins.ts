import type { PublishedRevision, RelatedRevision } from './revisionSchema'
import type { PinOf } from './pin'
import type { RevisionIssue } from './RevisionInvalidError'
import type { RevisionType } from './revisionTypes'

import { relatedId, rows } from './readDoc'

type Args = {
  /** The latest revision of each related document (and cited reference); other entries are ignored. */
  resolved: readonly RelatedRevision[]
  /** Problems are added here, so one build reports all of them. */
  issues: RevisionIssue[]
}

export type PinResolver = {
  /** The pin for one relationship value; null when the relationship is empty or cannot be pinned. */
  one: <T extends RevisionType>(type: T, value: unknown, path: string) => PinOf<T> | null
  /** Pins for a has-many relationship, in stored order; unresolvable entries are reported and left out. */
  many: <T extends RevisionType>(type: T, value: unknown, path: string) => PinOf<T>[]
  /** The latest published revision of a document, or null (reported) when it has none. */
  revision: <T extends RevisionType>(type: T, id: string, path: string) => Extract<PublishedRevision, { type: T }> | null
}

/**
 * Pins related documents to their latest revision. A related document must be published: a link to a
 * draft-only or retired document would show the public something that is not (or no longer) there, so
 * it is an issue the board has to resolve before publishing.
 */
export const resolvePins = ({ resolved, issues }: Args): PinResolver => {
  const byKey = new Map<string, RelatedRevision>()
  for (const revision of resolved) {
    const key = `${revision.type}:${revision.documentId}`
    const known = byKey.get(key)
    if (!known || known.version < revision.version) byKey.set(key, revision)
  }

  const revision: PinResolver['revision'] = (type, id, path) => {
    const found = byKey.get(`${type}:${id}`)
    if (!found) {
      issues.push({ path, message: `${type} ${id} has no published revision to link to` })
      return null
    }
    if (found.kind !== 'published') {
      issues.push({ path, message: `${type} ${id} (${found.slug}) is retired and cannot be linked to` })
      return null
    }
    return found as Extract<PublishedRevision, { type: typeof type }>
  }

  const one: PinResolver['one'] = (type, value, path) => {
    const id = relatedId(value)
    if (id === null) return null
    const found = revision(type, id, path)
    return found && { type, slug: found.slug, version: found.version, title: found.title }
  }

  const many: PinResolver['many'] = (type, value, path) => rows(value).flatMap((item, index) => one(type, item, `${path}.${index}`) ?? [])

  return { one, many, revision }
}
