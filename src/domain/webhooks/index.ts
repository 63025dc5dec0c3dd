export { deliveryBodyFor, serializeDelivery } from './deliveryBody'
export type { RevisionEvent } from './deliveryBody'
export { FIRST_RETRY_DELAY_SECONDS, MAX_ATTEMPTS, MAX_RETRY_DELAY_SECONDS, nextAttemptAt, retryDelaySeconds } from './retrySchedule'
export {
  MAX_SECRET_LENGTH,
  MIN_SECRET_LENGTH,
  subscriberSecretSchema,
  subscriberUrlSchema,
  webhookEventSchema,
  webhookEventTypes,
} from './schemas'
export type { WebhookEvent, WebhookEventType } from './schemas'
export { DEFAULT_TOLERANCE_SECONDS, signWebhook, verifyWebhook, webhookHeaders } from './signature'
export type { VerifyResult } from './signature'
export { subscriberWants } from './subscriberWants'
export {
  addressKindLabels,
  allowedHostProblem,
  classifyAddress,
  classifyHost,
  hostAllowed,
  normalizeHost,
  parseIPv4,
  parseIPv6,
  responseExcerpt,
  targetRefusal,
} from './targetAddress'
export type { AddressKind, HostVerdict } from './targetAddress'
