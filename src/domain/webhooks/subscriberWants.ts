type Args = {
  /** The collection slugs a subscriber chose; none means every type. */
  types: readonly string[] | null | undefined
  /** The collection slug of the published or retired document. */
  eventType: string
}

/** Whether a subscriber is sent an event about a document of `eventType`. */
export const subscriberWants = ({ types, eventType }: Args): boolean => !types || types.length === 0 || types.includes(eventType)
