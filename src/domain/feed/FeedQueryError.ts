/** A feed request with a query parameter the feed cannot accept; the HTTP layer answers 400 naming `param`. */
export class FeedQueryError extends Error {
  override readonly name = 'FeedQueryError'
  readonly status = 400
  readonly param: 'since' | 'limit'

  constructor({ param, message }: { param: 'since' | 'limit'; message: string }) {
    super(message)
    this.param = param
  }
}
