/**
 * A sliding-window log: at most `limit` hits per key in any `windowMs`. The clock is passed in, so
 * it is tested without waiting. Memory is bounded by `maxKeys`: the key least recently hit is
 * forgotten first.
 */
export type WindowLimit = { limit: number; windowMs: number }

type Args = WindowLimit & { maxKeys?: number }

export class SlidingWindow {
  readonly limit: number
  readonly windowMs: number
  private readonly maxKeys: number
  private readonly hits = new Map<string, number[]>()

  constructor({ limit, windowMs, maxKeys = 50_000 }: Args) {
    this.limit = limit
    this.windowMs = windowMs
    this.maxKeys = maxKeys
  }

  private current(key: string, now: number): number[] {
    const kept = (this.hits.get(key) ?? []).filter((at) => at > now - this.windowMs)
    if (kept.length) this.hits.set(key, kept)
    else this.hits.delete(key)
    return kept
  }

  /** Milliseconds until `key` may be hit again: 0 when it may be now. */
  retryAfterMs(key: string, now: number): number {
    const kept = this.current(key, now)
    if (kept.length < this.limit) return 0
    return kept[kept.length - this.limit] + this.windowMs - now
  }

  /** Records a hit at `now`. */
  hit(key: string, now: number): void {
    const kept = this.current(key, now)
    this.hits.delete(key)
    this.hits.set(key, [...kept, now])
    if (this.hits.size > this.maxKeys) this.hits.delete(this.hits.keys().next().value as string)
  }

  /** Takes back the hit recorded at `at` (e.g. an attempt that turned out to be allowed). */
  takeBack(key: string, at: number): void {
    const kept = this.hits.get(key)
    const index = kept?.indexOf(at) ?? -1
    if (!kept || index < 0) return
    kept.splice(index, 1)
    if (!kept.length) this.hits.delete(key)
  }

  /** Forgets every hit of `key`. */
  clear(key: string): void {
    this.hits.delete(key)
  }
}
