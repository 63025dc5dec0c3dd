/**
 * How an inline citation reads in the editor: "First author, year" ("Smith et al., 2019"), so a writer
 * sees which reference each citation is without opening it. A reference without authors is named by
 * the start of its title; a retracted one says so first.
 */
export type ChipReference = {
  authors?: readonly { name?: string | null }[] | null
  title?: string | null
  year?: number | null
  retracted?: boolean | null
}

const MAX_TITLE = 40

/** "Smith J" → "Smith"; "van der Berg AB" → "van der Berg"; an organisation stays whole. */
const surnameOf = (name: string): string => {
  const words = name.trim().split(/\s+/)
  if (words.length > 1 && /^[A-Z]{1,3}$/.test(words[words.length - 1])) words.pop()
  return words.join(' ')
}

export const citationChipLabel = (reference: ChipReference): string => {
  const names = (reference.authors ?? []).map((author) => author.name?.trim() ?? '').filter(Boolean)
  let who: string
  if (names.length > 0) who = names.length > 1 ? `${surnameOf(names[0])} et al.` : surnameOf(names[0])
  else {
    const title = reference.title?.trim() ?? ''
    who = title.length > MAX_TITLE ? `${title.slice(0, MAX_TITLE - 1).trimEnd()}…` : title || 'Untitled reference'
  }
  const label = typeof reference.year === 'number' ? `${who}, ${reference.year}` : who
  return reference.retracted ? `Retracted: ${label}` : label
}
