import { describe, expect, it } from 'vitest'

import { generatePdqDocument } from '../../../tests/helpers/pdqGenerator'
import { seededRandom, seedFrom } from '../../../tests/helpers/seededRandom'
import { parsePdq } from './parse'
import { pdqDocumentSchema } from './schema'
import { serializePdq } from './serialize'

const seed = seedFrom(process.env.PDQ_SEED)
const DOCUMENTS = 100

describe(`parsePdq(serializePdq(doc)) for generated documents (replay with PDQ_SEED=${seed})`, () => {
  it('gives back the same tree in the cancer.gov form', { timeout: 30_000 }, () => {
    const random = seededRandom(seed)
    for (let i = 0; i < DOCUMENTS; i++) {
      const doc = generatePdqDocument(random)
      const xml = serializePdq(doc, { form: 'cg' })
      expect(parsePdq(xml, { file: `generated #${i}` }), `document #${i} of seed ${seed}:\n${xml}`).toEqual(doc)
    }
  })

  it('generates only documents the zod schema accepts', { timeout: 30_000 }, () => {
    const random = seededRandom(seed)
    for (let i = 0; i < DOCUMENTS; i++) {
      const result = pdqDocumentSchema.safeParse(generatePdqDocument(random))
      expect(result.error?.issues[0], `document #${i} of seed ${seed}`).toBeUndefined()
    }
  })
})
