/**
 * Response bodies kept in memory up to a number of bytes, the least recently used dropped first. A
 * body larger than the whole budget is served but not kept. Concurrent misses for one key share one
 * load, so a burst of requests for an old version reads it once.
 */
export class BodyCache {
  private readonly entries = new Map<string, Buffer>()
  private readonly loading = new Map<string, Promise<Buffer>>()
  private held = 0

  constructor(readonly maxBytes: number) {
    if (!Number.isSafeInteger(maxBytes) || maxBytes < 0)
      throw new RangeError(`a cache size is a whole number of bytes ≥ 0, got ${maxBytes}`)
  }

  /** Bytes of the bodies held now: never more than `maxBytes`. */
  get bytes(): number {
    return this.held
  }

  get size(): number {
    return this.entries.size
  }

  /** The body if it is held (and marks it as just used). */
  get(key: string): Buffer | undefined {
    const body = this.entries.get(key)
    if (body === undefined) return undefined
    this.entries.delete(key)
    this.entries.set(key, body)
    return body
  }

  set(key: string, body: Buffer): void {
    const previous = this.entries.get(key)
    if (previous) {
      this.entries.delete(key)
      this.held -= previous.length
    }
    if (body.length > this.maxBytes) return
    this.entries.set(key, body)
    this.held += body.length
    for (const [oldest, dropped] of this.entries) {
      if (this.held <= this.maxBytes) break
      this.entries.delete(oldest)
      this.held -= dropped.length
    }
  }

  /** The held body, or the one `load` reads (once, however many callers wait for it), kept if it fits. */
  async fetch(key: string, load: () => Promise<Buffer>): Promise<Buffer> {
    const held = this.get(key)
    if (held) return held
    const pending = this.loading.get(key)
    if (pending) return pending
    const started = load()
      .then((body) => {
        this.set(key, body)
        return body
      })
      .finally(() => this.loading.delete(key))
    this.loading.set(key, started)
    return started
  }
}
