/** What the index answers for one part of a query about one document: its title has it, and how many sections do. */
export type PartMatch = { doc: string; title: boolean; sections: number }

/** A title that has a part weighs as much as eight sections that have it. */
const TITLE_WEIGHT = 3

const partScore = (match: PartMatch) => (match.title ? TITLE_WEIGHT : 0) + Math.log2(1 + match.sections)

/**
 * The documents that have every part of the query (each part in the title or in some section),
 * best first: for each part, a point for the title having it and the log of how many sections do,
 * summed over the parts; equal scores in key order, so a page of results is stable.
 */
export const rankDocuments = (perPart: readonly (readonly PartMatch[])[]): { doc: string; score: number }[] => {
  if (perPart.length === 0) return []
  let scores = new Map(perPart[0].map((match) => [match.doc, partScore(match)]))
  for (const matches of perPart.slice(1)) {
    const next = new Map<string, number>()
    for (const match of matches) {
      const sum = scores.get(match.doc)
      if (sum !== undefined) next.set(match.doc, sum + partScore(match))
    }
    scores = next
  }
  return [...scores].map(([doc, score]) => ({ doc, score })).sort((a, b) => b.score - a.score || a.doc.localeCompare(b.doc))
}

/** A section of a hit that has parts of the query. */
export type SectionHit = { id: string; doc: string; position: number }

/**
 * For each document, the section to show: the one with the most parts of the query, the first of
 * equals; a document whose sections have none (its title matched) shows its opening.
 */
export const bestSections = (perPart: readonly (readonly SectionHit[])[]): Map<string, string> => {
  const byId = new Map<string, SectionHit & { parts: number }>()
  for (const hits of perPart)
    for (const hit of hits) {
      const seen = byId.get(hit.id) ?? { ...hit, parts: 0 }
      seen.parts += 1
      byId.set(hit.id, seen)
    }
  const best = new Map<string, SectionHit & { parts: number }>()
  for (const candidate of byId.values()) {
    const current = best.get(candidate.doc)
    if (!current || candidate.parts > current.parts || (candidate.parts === current.parts && candidate.position < current.position))
      best.set(candidate.doc, candidate)
  }
  return new Map([...best].map(([doc, hit]) => [doc, hit.id]))
}
