import Ajv2020 from 'ajv/dist/2020'
import { describe, expect, it } from 'vitest'

import { buildRetirement } from '../revisions/build/buildRetirement'
import { buildRevision } from '../revisions/build/buildRevision'
import { boardApproval, findRevision, publishDemo, summaryDoc } from '../revisions/seedDocuments.fixture'
import { deliveryBodyFor } from '../webhooks/deliveryBody'
import { buildFeedIndex } from './buildFeedIndex'
import { changeEventFor } from './changeEvent'
import { refusal } from '../errors'
import { feedError } from './feedError'
import { feedJsonSchema } from './feedJsonSchema'
import { feedUrls } from './feedPaths'
import { pageEvents } from './pageEvents'

const url = 'https://galley.example.org/feed/v1/schema.json'
const schema = feedJsonSchema({ url })
// Formats are left to the patterns zod writes alongside them (ajv-formats is not installed).
const ajv = new Ajv2020({ strict: true, allErrors: true, validateFormats: false })
ajv.addSchema(schema)
const validatorFor = (name?: string) => ajv.getSchema(name ? `${url}#/$defs/${name}` : url)!

/** A response as a partner parses it. */
const wire = (value: unknown): unknown => JSON.parse(JSON.stringify(value))

const demo = publishDemo()
const summary = findRevision(demo, 'summaries', 'adult-soft-tissue-sarcoma-treatment-patient')
const doc = summaryDoc()
const sections = doc.sections as { body: unknown }[]
sections[0] = { ...sections[0], body: summaryDoc().sections[1].body }
const summary2 = buildRevision({
  type: 'summaries',
  doc,
  previous: summary,
  resolved: demo,
  approval: boardApproval('Rewrite the opening'),
  now: new Date('2026-03-02T00:00:00Z'),
})
const retired = buildRetirement({ previous: summary2, approval: boardApproval('Superseded'), now: new Date('2026-03-03T00:00:00Z') })
const revisions = [...demo, summary2, retired]
const events = revisions.map((revision, index) => changeEventFor({ seq: index + 1, revision }))

describe('feedJsonSchema', () => {
  it('is a JSON Schema 2020-12 document with an $id, a title and named definitions', () => {
    expect(schema).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema', $id: url, title: 'Galley feed v1' })
    expect(Object.keys(schema.$defs!)).toEqual(
      expect.arrayContaining([
        'Revision',
        'SummaryContent',
        'DrugContent',
        'ChangeLog',
        'FeedIndex',
        'ChangesPage',
        'ChangeEvent',
        'WebhookDelivery',
        'FeedError',
      ]),
    )
    expect(JSON.stringify(schema)).not.toMatch(/__schema\d/)
  })

  it('validates every built revision, including a change log with word diffs and a retirement', () => {
    expect(summary2.changeLog.sections.changed[0].body).toBeDefined()
    const validate = validatorFor('Revision')
    const invalid = revisions.filter((revision) => !validate(wire(revision)))
    expect(invalid.map((revision) => `${revision.type}/${revision.slug}/v${revision.version}`)).toEqual([])
  })

  it('validates the index, a changes page, a webhook delivery and error bodies against the root', () => {
    const validate = validatorFor()
    const origin = 'https://galley.example.org'
    const documents = [
      buildFeedIndex({ revisions, origin }),
      pageEvents({ events, limit: '3' }),
      deliveryBodyFor({ event: { ...events[0], url: feedUrls({ origin, ...events[0] }).version } }),
      feedError({ refusal: refusal({ status: 400, message: 'limit must be a whole number from 1 to 500', field: 'limit' }) }),
      feedError({ refusal: refusal({ status: 410, message: 'retired' }), event: events.at(-1) }),
    ]
    for (const document of documents) expect(validate(wire(document)), JSON.stringify(validate.errors)).toBe(true)
  })

  it.each([
    ['a revision without its hash', () => ({ ...summary, hash: undefined })],
    ['a revision with a field the schema does not define', () => ({ ...summary, outOfDate: true })],
    ['a published revision without content', () => ({ ...summary, content: null })],
    ['a drug revision carrying summary content', () => ({ ...findRevision(demo, 'drugs', 'pazopanib'), content: summary.content })],
    ['a version 0', () => ({ ...summary, version: 0 })],
  ])('rejects %s', (_, make) => {
    expect(validatorFor('Revision')(wire(make()))).toBe(false)
  })

  it('describes webhook deliveries with the schema they are built with', () => {
    const delivery = deliveryBodyFor({
      event: { ...events[0], url: feedUrls({ origin: 'https://galley.example.org', ...events[0] }).version },
    })
    const validate = validatorFor('WebhookDelivery')
    expect(validate(wire(delivery))).toBe(true)
    expect(validate({ ...delivery, extra: true })).toBe(false)
    expect(validate({ ...delivery, id: '' })).toBe(false)
    expect(validate({ ...delivery, type: 'revision.deleted' })).toBe(false)
    expect(validate({ ...delivery, data: { ...delivery.data, version: 0 } })).toBe(false)
  })

  it('rejects a changes page whose cursor is not base64url', () => {
    expect(validatorFor('ChangesPage')({ events: [], nextCursor: 'a b' })).toBe(false)
  })
})
