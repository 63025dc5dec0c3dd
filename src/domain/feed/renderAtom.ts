import type { ChangeEvent } from './changeEvent'

import { escapeXml } from './escapeXml'

type Args = {
  /** The events to show; rendered newest first. */
  events: readonly ChangeEvent[]
  /** The feed's own absolute URL (`…/feed/v1/changes.atom`): its id, its self link, and the base of entry links. */
  feedUrl: string
  /** When the feed last changed: normally the newest event's time. */
  updated: Date | string
  title?: string
}

const rfc3339 = (value: Date | string): string => {
  const date = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(date.getTime())) throw new RangeError(`not a date: ${String(value)}`)
  return date.toISOString()
}

const element = (name: string, text: string, attributes = ''): string => `<${name}${attributes}>${escapeXml(text)}</${name}>`

const entry = (event: ChangeEvent, feedUrl: string): string => {
  const href = new URL(`${event.type}/${encodeURIComponent(event.slug)}/v${event.version}.json`, feedUrl).href
  const what = event.kind === 'retired' ? 'retired' : 'published'
  return [
    '<entry>',
    element('id', `${feedUrl}#event-${event.id}`),
    element('title', `${event.title} — version ${event.version} ${what}`),
    element('updated', rfc3339(event.at)),
    `<link rel="alternate" type="application/json" href="${escapeXml(href)}"/>`,
    `<category term="${escapeXml(event.type)}"/>`,
    element('summary', `${event.type}/${event.slug} version ${event.version} was ${what}.`),
    '</entry>',
  ].join('')
}

/**
 * The change events as an Atom 1.0 feed (RFC 4287) for people and feed readers. Each entry links to
 * the revision it published; every text and attribute is XML-escaped.
 */
export const renderAtom = ({ events, feedUrl, updated, title = 'Galley: published changes' }: Args): string => {
  const newestFirst = [...events].sort((a, b) => Number(b.id) - Number(a.id))
  return [
    '<?xml version="1.0" encoding="utf-8"?>\n',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    element('id', feedUrl),
    element('title', title),
    element('updated', rfc3339(updated)),
    `<link rel="self" type="application/atom+xml" href="${escapeXml(feedUrl)}"/>`,
    '<author><name>Galley</name></author>',
    ...newestFirst.map((event) => entry(event, feedUrl)),
    '</feed>\n',
  ].join('')
}
