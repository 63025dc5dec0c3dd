import { describe, expect, it } from 'vitest'
import { z } from 'zod'

import { changeLogSchema } from './changeLog'

describe('changeLogSchema', () => {
  it('converts to JSON Schema for the public feed', () => {
    const schema = z.toJSONSchema(changeLogSchema) as { required: string[]; properties: Record<string, unknown> }
    expect(schema.required).toEqual(['sections', 'citations', 'fields', 'summary'])
    expect(JSON.stringify(schema)).toContain('"titleBefore"')
  })

  it('rejects undefined where a value is required', () => {
    const result = changeLogSchema.safeParse({
      sections: { added: [], removed: [], changed: [], order: undefined },
      citations: { added: [], removed: [] },
      fields: [],
      summary: {},
    })
    expect(result.success).toBe(false)
  })
})
