import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/** Where the files that did not validate, and why (xmllint's own messages). */
export type DtdFailure = { file: string; messages: string[] }

/**
 * Validates XML files against a DTD with xmllint (Debian's libxml2-utils), many files per run.
 * Throws when xmllint is not installed: a missing validator must fail a test, not pass it.
 */
export const validateFilesWithDtd = (files: string[], dtd: string, { batchSize = 200, command = 'xmllint' } = {}): DtdFailure[] => {
  const failures = new Map<string, string[]>()
  for (let i = 0; i < files.length; i += batchSize) {
    const batch = files.slice(i, i + batchSize)
    const run = spawnSync(command, ['--noout', '--dtdvalid', dtd, ...batch], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    if (run.error) throw new Error(`${command} could not run (${run.error.message}); install it with: apt-get install libxml2-utils`)
    if (run.status === 0) continue
    for (const line of run.stderr.split('\n')) {
      const file = batch.find((candidate) => line.startsWith(`${candidate}:`) || line.includes(` ${candidate} `))
      if (file) failures.set(file, [...(failures.get(file) ?? []), line])
      else if (line.trim() !== '' && !failures.size) failures.set('(xmllint)', [line])
    }
  }
  return [...failures].map(([file, messages]) => ({ file, messages }))
}

/** Validates XML texts: writes them to a temporary folder, validates, removes the folder. */
export const validateWithDtd = (documents: Array<{ name: string; xml: string }>, dtd: string): DtdFailure[] => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'pdq-dtd-'))
  try {
    const files = documents.map(({ name, xml }, i) => {
      const file = path.join(folder, `${i}-${name.replace(/[^\w.-]+/g, '_')}`)
      fs.writeFileSync(file, xml)
      return file
    })
    return validateFilesWithDtd(files, dtd).map((failure) => ({
      ...failure,
      file: documents[files.indexOf(failure.file)]?.name ?? failure.file,
    }))
  } finally {
    fs.rmSync(folder, { recursive: true, force: true })
  }
}
