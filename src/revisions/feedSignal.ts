/**
 * Tells the feed's in-memory store that revisions were added. The store lives on `globalThis` so the
 * custom server (src/cli/start.ts) and Next's bundle, which load separate copies of this module in
 * one process, share it. The flag is only a hint: the store re-reads rows past its last sequence
 * number, so a publication that was rolled back adds nothing.
 */
const KEY = Symbol.for('galley.feed.changed')

type Signal = { version: number }

const signal = (): Signal => {
  const holder = globalThis as unknown as Record<symbol, Signal | undefined>
  holder[KEY] ??= { version: 0 }
  return holder[KEY]
}

export const markFeedChanged = (): void => {
  signal().version += 1
}

/** Increases whenever a revision may have been added. */
export const feedChangeVersion = (): number => signal().version
