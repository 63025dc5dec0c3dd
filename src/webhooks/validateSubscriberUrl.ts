import type { TextFieldSingleValidation } from 'payload'

import { subscriberUrlSchema, targetRefusal } from '@/domain/webhooks'
import { zodValidate } from '@/fields/zodValidate'

import { readAllowedHosts } from './allowedHosts'

const isHttpUrl = zodValidate(subscriberUrlSchema, { required: true })

/**
 * A subscription's `url`: an absolute http(s) URL that does not point at this machine, the private
 * network, a link-local address or a metadata service, unless an admin allowed its host. A URL
 * saved earlier is not judged again when other fields change (so an admin can still pause a
 * subscription whose host is no longer allowed): every delivery judges it, after DNS resolution
 * (src/webhooks/postDelivery.ts).
 */
export const validateSubscriberUrl: TextFieldSingleValidation = async (value, { req, previousValue }) => {
  const valid = isHttpUrl(value)
  if (valid !== true) return valid
  if (value === previousValue) return true
  const refusal = targetRefusal({ host: new URL(String(value)).hostname, allowedHosts: await readAllowedHosts(req) })
  return refusal
    ? `url must not point at an internal address: ${refusal}. An admin can allow the host in Editorial settings (Webhook allowed hosts).`
    : true
}
