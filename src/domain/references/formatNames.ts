/** NLM lists the first six names, then "et al.". */
const maxNamesListed = 6

const isEtAl = (name: string) => /^et\.? al\.?$/i.test(name.trim())

/**
 * "Casali PG, Abecassis N, Bauer S, et al." without the final period. A list copied from a source that
 * already stopped at "et al." keeps that ending, so three names plus "et al." stays as the source wrote it.
 */
export function formatNames(names: readonly string[]): string {
  const written = names.map((name) => name.trim()).filter(Boolean)
  const truncatedBySource = written.length > 0 && isEtAl(written[written.length - 1])
  const people = truncatedBySource ? written.slice(0, -1) : written
  const listed = people.slice(0, maxNamesListed).join(', ')
  const etAl = truncatedBySource || people.length > maxNamesListed
  if (!listed) return ''
  return etAl ? `${listed}, et al` : listed
}
