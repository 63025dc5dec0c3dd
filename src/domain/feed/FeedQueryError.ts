/** A feed request with a query parameter the feed cannot accept; the HTTP layer answers 400 naming `param`. */
export class FeedQueryError extends Error {
  override readonly name = 'FeedQueryError'
  readonly status = 400
  readonly param: 'since' | 'limit' | 'page'

  constructor({ param, message }: { param: 'since' | 'limit' | 'page'; message: string }) {
    super(message)
    this.param = param
  }
}
