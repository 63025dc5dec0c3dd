import { randomUUID } from 'node:crypto'

import { beforeAll, describe, expect, it } from 'vitest'

import { CLIENT_ADDRESS_HEADER } from '@/auth/clientAddress'
import { publicOrigin } from '@/config/publicOrigin'

import { mailTo } from '../helpers/mail'
import { demoPassword, login, rest, testPayload } from '../helpers/payload'

/** A client address of its own for each test, as `npm start`'s server would pass it on. */
let clients = 0
const newClient = () => `198.51.100.${++clients}`

const signIn = (email: string, password: string, client: string) =>
  rest({ method: 'POST', path: '/users/login', body: { email, password }, headers: { [CLIENT_ADDRESS_HEADER]: client } })

/** An account of its own for each test, so no test is slowed by another's failures. */
const newAccount = async (password = 'right-horse-battery') => {
  const email = `target-${randomUUID()}@galley.test`
  await (
    await testPayload()
  ).create({ collection: 'users', data: { email, password, name: 'Target', roles: ['writer'] }, overrideAccess: true })
  return { email, password }
}

const timed = async <T>(run: () => Promise<T>) => {
  const started = performance.now()
  const result = await run()
  return { result, ms: performance.now() - started }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

const waitForMail = async (to: string) => {
  for (let i = 0; i < 100 && mailTo(to).length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 50))
  return mailTo(to)
}

describe('signing in: throttled per client and per account, alike for unknown and wrong', () => {
  const tokens: Record<string, string> = {}

  beforeAll(async () => {
    for (const who of ['admin', 'editor', 'writer']) tokens[who] = await login(`${who}@galley.test`)
  })

  it('answers 429 with Retry-After to a client past 20 failed attempts, even when they come in parallel', async () => {
    const client = newClient()
    const attempts = await Promise.all(Array.from({ length: 60 }, (_, i) => signIn(`guess-${i}@galley.test`, 'wrong-password', client)))
    const statuses = attempts.map((response) => response.status)
    expect(statuses.filter((status) => status === 401)).toHaveLength(20)
    expect(statuses.filter((status) => status === 429)).toHaveLength(40)
    const refused = attempts.find((response) => response.status === 429)!
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(500)
    expect(refused.body).toEqual({
      errors: [
        {
          message: expect.stringMatching(
            /^Too many failed sign-in attempts from your address \(at most 20 in 10 minutes\)\. Try again in \d+ seconds\.$/,
          ),
          code: 'too-many-attempts',
        },
      ],
    })
    // Another client is not held back by it.
    expect((await signIn('writer@galley.test', demoPassword, newClient())).status).toBe(200)
  })

  it('answers 429 for an account past 10 failures from several clients, but lets in a client that signed in to it before', async () => {
    const { email, password } = await newAccount()
    const home = newClient()
    expect((await signIn(email, password, home)).status).toBe(200)
    for (let i = 0; i < 10; i++) expect((await signIn(email, `guess-${i}`, newClient())).status).toBe(401)

    const stranger = await signIn(email, password, newClient())
    expect(stranger.status).toBe(429)
    expect(stranger.headers.get('retry-after')).toMatch(/^\d+$/)
    expect(stranger.body.errors[0]).toMatchObject({
      code: 'too-many-attempts',
      message: expect.stringContaining('for this account (at most 10 in 15 minutes)'),
    })

    // The real user, from where they signed in before, is not locked out by the attacker.
    expect((await signIn(email, password, home)).status).toBe(200)
  })

  it('limits an unknown e-mail exactly like a real account, so a 429 tells nothing about which exists', async () => {
    const unknown = `nobody-${randomUUID()}@galley.test`
    for (let i = 0; i < 10; i++) expect((await signIn(unknown, `guess-${i}`, newClient())).status).toBe(401)
    const refused = await signIn(unknown, 'guess', newClient())
    expect(refused.status).toBe(429)
    expect(refused.body.errors[0].message).toContain('for this account (at most 10 in 15 minutes)')
  })

  it('answers an unknown e-mail and a wrong password with the same status, message and time', async () => {
    const { email } = await newAccount()
    const client = newClient()
    const unknown: number[] = []
    const wrong: number[] = []
    let unknownAnswer: unknown
    let wrongAnswer: unknown
    for (let i = 0; i < 3; i++) {
      const a = await timed(() => signIn(`nobody-${randomUUID()}@galley.test`, 'wrong-password', client))
      const b = await timed(() => signIn(email, 'wrong-password', client))
      unknown.push(a.ms)
      wrong.push(b.ms)
      unknownAnswer = [a.result.status, a.result.body]
      wrongAnswer = [b.result.status, b.result.body]
    }
    expect(unknownAnswer).toEqual([401, { errors: [{ code: 'unauthorized', message: 'The email or password provided is incorrect.' }] }])
    expect(wrongAnswer).toEqual(unknownAnswer)
    // Both spend a password hash (hundreds of ms); before, an unknown e-mail answered in ~13 ms.
    expect(median(unknown)).toBeGreaterThan(median(wrong) * 0.5)
    expect(median(wrong)).toBeGreaterThan(median(unknown) * 0.5)
  })

  it('never locks an account in the database: wrong passwords leave nothing an anonymous client set', async () => {
    const { email, password } = await newAccount()
    for (let i = 0; i < 12; i++) await signIn(email, `guess-${i}`, newClient())
    const [user] = (
      await (
        await testPayload()
      ).find({ collection: 'users', where: { email: { equals: email } }, overrideAccess: true, showHiddenFields: true })
    ).docs
    expect(user).not.toHaveProperty('lockUntil')
    expect(user).not.toHaveProperty('loginAttempts')
    // An admin unlocking the account clears its failures at once, for every client.
    const unlock = await rest({ method: 'POST', path: '/users/unlock', token: tokens.admin, body: { email } })
    expect(unlock.status).toBe(200)
    expect((await signIn(email, password, newClient())).status).toBe(200)
  })

  it('lets only admins unlock an account', async () => {
    const { email } = await newAccount()
    for (const token of [tokens.editor, tokens.writer, undefined]) {
      const response = await rest({ method: 'POST', path: '/users/unlock', token, body: { email } })
      expect(response.status).toBe(403)
    }
  })
})

describe('forgotten passwords, through the e-mail adapter', () => {
  it('builds the reset link from SERVER_URL, not from a forged Host header', async () => {
    const { email } = await newAccount()
    const response = await rest({
      method: 'POST',
      path: '/users/forgot-password',
      body: { email },
      headers: { Host: 'attacker.example', 'X-Forwarded-Host': 'attacker.example' },
    })
    expect(response.status).toBe(200)
    const [mail] = await waitForMail(email)
    expect(mail.text).not.toContain('attacker.example')
    expect(mail.text).toContain(`${publicOrigin()}/admin/reset/`)
  })

  it('mails a reset link to the admin’s reset page, and the token in it sets a new password', async () => {
    const { email } = await newAccount()
    const response = await rest({ method: 'POST', path: '/users/forgot-password', body: { email } })
    expect(response.status).toBe(200)

    const [mail] = await waitForMail(email)
    expect(mail.subject).toMatch(/reset/i)
    const link = mail.text.match(/https?:\/\/\S+\/admin\/reset\/([0-9a-f]+)/)
    expect(link, mail.text).not.toBeNull()
    expect(new URL(link![0]).origin).toBe(publicOrigin())

    const reset = await rest({
      method: 'POST',
      path: '/users/reset-password',
      body: { token: link![1], password: 'a-brand-new-passphrase' },
    })
    expect(reset.status).toBe(200)
    expect((await signIn(email, 'a-brand-new-passphrase', newClient())).status).toBe(200)
    // The token works once.
    const again = await rest({
      method: 'POST',
      path: '/users/reset-password',
      body: { token: link![1], password: 'yet-another-passphrase' },
    })
    expect(again.status).toBeGreaterThanOrEqual(400)
  })

  it('answers an unknown e-mail the same 200, and sends nothing', async () => {
    const { email } = await newAccount()
    const known = await rest({ method: 'POST', path: '/users/forgot-password', body: { email } })
    const nobody = `nobody-${randomUUID()}@galley.test`
    const unknown = await rest({ method: 'POST', path: '/users/forgot-password', body: { email: nobody } })
    expect(unknown.status).toBe(200)
    expect(unknown.body).toEqual(known.body)
    await waitForMail(email)
    expect(mailTo(nobody)).toEqual([])
  })

  it('answers 429 to a fourth reset request for one e-mail within 15 minutes, known or not', async () => {
    const nobody = `nobody-${randomUUID()}@galley.test`
    const ask = () =>
      rest({ method: 'POST', path: '/users/forgot-password', body: { email: nobody }, headers: { [CLIENT_ADDRESS_HEADER]: newClient() } })
    for (let i = 0; i < 3; i++) expect((await ask()).status).toBe(200)
    const refused = await ask()
    expect(refused.status).toBe(429)
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/)
    expect(refused.body.errors[0]).toMatchObject({
      code: 'too-many-attempts',
      message: expect.stringContaining('Too many password reset requests for this account'),
    })
  })
})
