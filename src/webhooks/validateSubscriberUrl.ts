import type { TextFieldSingleValidation } from 'payload'

import { subscriberUrlSchema, targetRefusal } from '@/domain/webhooks'
import { zodValidate } from '@/fields/zodValidate'

import { readAllowedHosts } from './allowedHosts'

const isHttpUrl = zodValidate(subscriberUrlSchema, { required: true })

/**
 * A subscription's `url`: an absolute http(s) URL that does not point at this machine, the private
 * network, a link-local address or a metadata service, unless an admin allowed its host. Names are
 * judged again after DNS resolution at every delivery (src/webhooks/postDelivery.ts).
 */
export const validateSubscriberUrl: TextFieldSingleValidation = async (value, { req }) => {
  const valid = isHttpUrl(value)
  if (valid !== true) return valid
  const refusal = targetRefusal({ host: new URL(String(value)).hostname, allowedHosts: await readAllowedHosts(req) })
  return refusal
    ? `url must not point at an internal address: ${refusal}. An admin can allow the host in Editorial settings (Webhook allowed hosts).`
    : true
}
