import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { SaxesParser } from 'saxes'

import type { Row } from './diff.bench'

import { comparePdqContent, formatContentDifference } from '../src/domain/pdq/compare'
import { parsePdq } from '../src/domain/pdq/parse'
import { serializePdq } from '../src/domain/pdq/serialize'
import { throughGalley } from '../src/domain/pdq/galley/roundTrip'
import { compareXmlContent } from '../src/domain/pdq/xmlContent'
import { validateFilesWithDtd } from '../tests/helpers/xmllint'

/**
 * The whole PDQ corpus through the format layer: every summary and drug information summary is parsed,
 * written back in the cancer.gov form, and checked three ways: the content comparison of the two trees,
 * an element-by-element comparison of the two XML texts (independent of the tree), and xmllint against
 * pdqCG.dtd. The partner form is validated against pdq.dtd too. The corpus folder is PDQ_CORPUS, or
 * ../shared/pdq beside the project.
 */
const corpus = path.resolve(process.env.PDQ_CORPUS ?? path.join(import.meta.dirname, '..', '..', 'shared', 'pdq'))
const folders = ['cis/en', 'cis/es', 'dis/en']

const round = (value: number, digits = 0) => Number(value.toFixed(digits))

const saxesOnly = (xml: string) => {
  const parser = new SaxesParser()
  parser.on('opentag', () => undefined)
  parser.on('text', () => undefined)
  parser.write(xml).close()
}

export async function benchPdqRoundTrip(): Promise<Row[]> {
  if (!fs.existsSync(path.join(corpus, 'dtd', 'pdqCG.dtd'))) throw new Error(`no PDQ corpus at ${corpus}; set PDQ_CORPUS`)
  const files = folders.flatMap((folder) =>
    fs
      .readdirSync(path.join(corpus, folder))
      .filter((name) => name.endsWith('.xml'))
      .sort()
      .map((name) => `${folder}/${name}`),
  )
  const texts = files.map((file) => fs.readFileSync(path.join(corpus, file), 'utf8'))
  const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0)
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'pdq-roundtrip-'))

  const startBaseline = performance.now()
  for (const text of texts) saxesOnly(text)
  const baselineMs = performance.now() - startBaseline

  let parseMs = 0
  let serializeMs = 0
  const failures: string[] = []
  const differences = new Map<string, string[]>()
  const note = (kind: string, line: string) => differences.set(kind, [...(differences.get(kind) ?? []), line])
  let identical = 0
  let galleyMs = 0
  let galleyIdentical = 0
  let summaries = 0
  const galleyDifferences: string[] = []
  const cgFiles: string[] = []
  const partnerFiles: string[] = []
  files.forEach((file, i) => {
    try {
      let start = performance.now()
      const doc = parsePdq(texts[i], { file })
      parseMs += performance.now() - start
      start = performance.now()
      const cg = serializePdq(doc, { form: 'cg' })
      serializeMs += performance.now() - start
      const partner = serializePdq(doc, { form: 'partner' })
      const name = file.replace(/\//g, '_')
      fs.writeFileSync(path.join(out, `cg_${name}`), cg)
      fs.writeFileSync(path.join(out, `partner_${name}`), partner)
      cgFiles.push(path.join(out, `cg_${name}`))
      partnerFiles.push(path.join(out, `partner_${name}`))
      const content = comparePdqContent(doc, parsePdq(cg, { file: `${file} (written)` }))
      const xml = compareXmlContent(texts[i], cg, { file })
      for (const difference of content) note(difference.kind, `${file}: ${formatContentDifference(difference)}`)
      for (const line of xml) note('xml', `${file}: ${line}`)
      if (content.length === 0 && xml.length === 0) identical++
      if (doc.kind === 'Summary') {
        summaries++
        start = performance.now()
        const exported = throughGalley(doc, file)
        galleyMs += performance.now() - start
        const galley = comparePdqContent(doc, parsePdq(serializePdq(exported, { form: 'cg' }), { file: `${file} (through Galley)` }))
        if (galley.length === 0) galleyIdentical++
        for (const difference of galley) galleyDifferences.push(`${file}: ${formatContentDifference(difference)}`)
      }
    } catch (error) {
      failures.push((error as Error).message)
    }
  })

  const startCg = performance.now()
  const cgInvalid = validateFilesWithDtd(cgFiles, path.join(corpus, 'dtd', 'pdqCG.dtd'))
  const xmllintMs = performance.now() - startCg
  const partnerInvalid = validateFilesWithDtd(partnerFiles, path.join(corpus, 'dtd', 'pdq.dtd'))
  fs.rmSync(out, { recursive: true, force: true })

  console.log(`\n## PDQ round trip: ${files.length} files, ${round(bytes / 1e6, 1)} MB from ${corpus}\n`)
  console.log(`- parse errors: ${failures.length}`)
  for (const failure of failures.slice(0, 20)) console.log(`  - ${failure}`)
  console.log(`- identical content after parse → serialize (tree comparison and XML comparison): ${identical} of ${files.length}`)
  for (const [kind, lines] of differences) {
    console.log(`- ${kind}: ${lines.length} difference(s)`)
    for (const line of lines.slice(0, 10)) console.log(`  - ${line}`)
  }
  console.log(
    `- identical content after PDQ → Galley fields → PDQ (summaryFromPdq, jsonb key order, pdqFromSummary): ${galleyIdentical} of ${summaries} summaries`,
  )
  for (const line of galleyDifferences.slice(0, 10)) console.log(`  - ${line}`)
  console.log(`- cancer.gov form valid against pdqCG.dtd: ${cgFiles.length - cgInvalid.length} of ${cgFiles.length}`)
  console.log(`- partner form valid against pdq.dtd: ${partnerFiles.length - partnerInvalid.length} of ${partnerFiles.length}`)
  for (const failure of [...cgInvalid, ...partnerInvalid].slice(0, 10))
    console.log(`  - ${path.basename(failure.file)}: ${failure.messages.slice(0, 3).join(' / ')}`)

  return [
    {
      name: 'parsePdq, whole corpus',
      value: round(parseMs),
      unit: 'ms',
      baseline: 'saxes alone on the same bytes',
      ratio: round(parseMs / baselineMs, 2),
      note: `${files.length} files, ${round(bytes / 1e6, 1)} MB; saxes alone ${round(baselineMs)} ms`,
    },
    {
      name: 'serializePdq (cancer.gov form), whole corpus',
      value: round(serializeMs),
      unit: 'ms',
      baseline: 'saxes alone',
      ratio: round(serializeMs / baselineMs, 2),
    },
    { name: 'xmllint --dtdvalid pdqCG.dtd, whole corpus', value: round(xmllintMs), unit: 'ms' },
    { name: 'identical content after round trip', value: identical, unit: `of ${files.length}` },
    {
      name: 'PDQ → Galley → PDQ mapping, all summaries',
      value: round(galleyMs),
      unit: 'ms',
      baseline: 'parsePdq of the same files',
      ratio: round(galleyMs / parseMs, 2),
      note: `identical content: ${galleyIdentical} of ${summaries}`,
    },
    { name: 'cancer.gov form invalid against pdqCG.dtd', value: cgInvalid.length, unit: 'files' },
    { name: 'partner form invalid against pdq.dtd', value: partnerInvalid.length, unit: 'files' },
    { name: 'parse errors', value: failures.length, unit: 'files' },
  ]
}
