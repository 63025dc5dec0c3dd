/**
 * A tiny deterministic pseudo-random generator (mulberry32), so a randomized test can be replayed
 * exactly from the seed it prints when it fails.
 */
export const seededRandom = (seed: number) => {
  let state = seed >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    next,
    /** One of `items`, each as likely as its weight. */
    weighted: <T>(items: readonly { weight: number; value: T }[]): T => {
      const total = items.reduce((sum, item) => sum + item.weight, 0)
      let roll = next() * total
      for (const item of items) {
        roll -= item.weight
        if (roll < 0) return item.value
      }
      return items[items.length - 1].value
    },
  }
}

export type SeededRandom = ReturnType<typeof seededRandom>

/** The seed in `variable` if set (to replay a failure), otherwise a fresh one. */
export const seedFrom = (variable: string | undefined): number => {
  if (variable === undefined || variable === '') return Math.floor(Math.random() * 2 ** 32)
  const seed = Number(variable)
  if (!Number.isSafeInteger(seed) || seed < 0) throw new Error(`a seed is a whole number ≥ 0, got "${variable}"`)
  return seed
}
