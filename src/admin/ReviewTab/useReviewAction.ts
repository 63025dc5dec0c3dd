'use client'

import { useRouter } from 'next/navigation'
import { useState } from 'react'

type Result = { ok: true } | { ok: false; message: string }

/** Reads the message Galley's API gives with a refusal (the first error, which names the field). */
const refusalMessage = async (response: Response): Promise<string> => {
  try {
    const body = (await response.json()) as { errors?: { message?: string; data?: { errors?: { message?: string }[] } }[] }
    const first = body.errors?.[0]
    return first?.data?.errors?.[0]?.message ?? first?.message ?? `The server answered ${response.status}.`
  } catch {
    return `The server answered ${response.status}.`
  }
}

/**
 * Posts one review action (`submit`, `vote`, `publish`, `withdraw`, `comments`) for the document and
 * refreshes the page on success; the server decides, the UI only reports what it said.
 */
export const useReviewAction = ({ collection, id }: { collection: string; id: string }) => {
  const router = useRouter()
  const [pending, setPending] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)

  const run = async (action: string, body: Record<string, unknown>): Promise<Result> => {
    setPending(action)
    setError(null)
    try {
      const response = await fetch(`/api/${collection}/${id}/${action}`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      })
      if (!response.ok) {
        const message = await refusalMessage(response)
        setError(message)
        return { ok: false, message }
      }
      router.refresh()
      return { ok: true }
    } catch (caught) {
      const message = caught instanceof Error ? caught.message : 'The request failed.'
      setError(message)
      return { ok: false, message }
    } finally {
      setPending(null)
    }
  }

  return { run, pending, error }
}
