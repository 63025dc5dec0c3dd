'use client'

import { Button } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

type Props = { id: string; adminRoute: string; apiRoute: string }

/** Creates the Spanish draft (POST /api/summaries/:id/translate) and opens it; a refusal is shown with its reason. */
export const CreateTranslationButton = ({ id, adminRoute, apiRoute }: Props) => {
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const create = async () => {
    setBusy(true)
    setError(null)
    try {
      const response = await fetch(`${apiRoute}/summaries/${id}/translate`, { method: 'POST', credentials: 'include' })
      const body = (await response.json().catch(() => null)) as { doc?: { id: string | number }; errors?: { message: string }[] } | null
      if (!response.ok || !body?.doc) {
        setError(body?.errors?.map((entry) => entry.message).join(' ') || `The translation could not be created (${response.status}).`)
        return
      }
      router.push(`${adminRoute}/collections/summaries/${body.doc.id}`)
    } catch {
      setError('The server could not be reached. Try again in a moment.')
    } finally {
      setBusy(false)
    }
  }
  return (
    <div>
      <Button buttonStyle="secondary" size="small" onClick={create} disabled={busy} margin={false}>
        {busy ? 'Creating…' : 'Create Spanish translation'}
      </Button>
      <p className="galley-translation__hint">A draft in Spanish, linked to this summary, for its board to review.</p>
      {error && (
        <p role="alert" className="galley-translation__error">
          {error}
        </p>
      )}
    </div>
  )
}
