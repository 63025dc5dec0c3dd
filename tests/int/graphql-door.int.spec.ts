import { describe, expect, it } from 'vitest'

import { graphql, login, rest } from '../helpers/payload'

describe('the GraphQL door', () => {
  it('refuses a writer’s mutation with _status published and leaves the published drug unchanged', async () => {
    const token = await login('writer@galley.test')
    const before = await rest({ path: '/drugs?where[slug][equals]=larotrectinib', token })
    const drug = before.body.docs[0]
    const result = await graphql(
      `mutation { updateDrug(id: ${drug.id}, data: { drugClass: "GraphQL shortcut", _status: published }) { drugClass } }`,
      token,
    )
    expect(result.errors?.[0]?.message).toMatch(/approval of the responsible editorial board/)
    const after = await rest({ path: `/drugs/${drug.id}`, token })
    expect(after.body.drugClass).toBe(drug.drugClass)
  })

  it('answers a writer’s query with the seeded drugs', async () => {
    const token = await login('writer@galley.test')
    const result = await graphql('{ Drugs(where: { slug: { equals: "pazopanib" } }) { docs { name drugClass } } }', token)
    expect(result.data.Drugs.docs[0].name).toBe('pazopanib')
  })
})
