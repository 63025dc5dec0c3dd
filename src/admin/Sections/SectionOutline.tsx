'use client'

import { Button, useConfig, useDocumentInfo, useField } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { sectionOutlineLabel } from './sectionOutlineLabel'

type Row = { id?: string | null; title?: string | null; level?: number | null; pdqId?: string | null }
type Answer = { id?: string | number; message?: string; errors?: { message: string }[] }

/**
 * A long summary's sections as an outline (in place of the whole-summary form, which would hold every
 * section's fields): each section opens on its own to be edited, a new one can follow it, and one can be
 * removed. Each action is the summary's own endpoint (src/endpoints/sectionEditing.ts); a refusal is
 * shown with its reason.
 */
export const SectionOutline = () => {
  const { value } = useField<Row[]>({ path: 'sections' })
  const { id } = useDocumentInfo()
  const {
    config: {
      routes: { admin: adminRoute, api: apiRoute },
    },
  } = useConfig()
  const router = useRouter()
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const sections = Array.isArray(value) ? value : []

  const act = async (sectionId: string, path: string, method: 'POST' | 'DELETE') => {
    setBusy(sectionId)
    setError(null)
    try {
      const response = await fetch(`${apiRoute}/summaries/${id}/sections/${sectionId}${path}`, { method, credentials: 'include' })
      const body = (await response.json().catch(() => null)) as Answer | null
      if (!response.ok) {
        setError(body?.errors?.map((entry) => entry.message).join(' ') || `The section could not be changed (${response.status}).`)
        return
      }
      if (method === 'DELETE') router.refresh()
      else router.push(`${adminRoute}/collections/section-edits/${body?.id}`)
    } catch {
      setError('The server could not be reached. Try again in a moment.')
    } finally {
      setBusy(null)
    }
  }

  return (
    <section className="galley-outline" aria-labelledby="galley-outline-title">
      <h3 id="galley-outline-title">Sections ({sections.length})</h3>
      <p className="galley-outline__hint">
        A long summary is edited one section at a time: open a section, change it and save; it is saved into this summary’s draft, which
        goes to its board for review like any other change.
      </p>
      {error && (
        <p role="alert" className="galley-outline__error">
          {error}
        </p>
      )}
      <ol className="galley-outline__list">
        {sections.map((section, index) => {
          const label = sectionOutlineLabel(section, index)
          const sectionId = String(section.id ?? '')
          return (
            <li key={sectionId || index} className="galley-outline__item" style={{ paddingInlineStart: `${label.indent}rem` }}>
              <span className="galley-outline__title">
                {label.text}
                {label.id ? <span className="galley-outline__id"> {label.id}</span> : null}
              </span>
              <span className="galley-outline__actions">
                <Button
                  buttonStyle="secondary"
                  size="small"
                  margin={false}
                  disabled={busy !== null}
                  onClick={() => act(sectionId, '/edit', 'POST')}
                >
                  Edit<span className="galley-sr-only"> {label.text}</span>
                </Button>
                <Button
                  buttonStyle="subtle"
                  size="small"
                  margin={false}
                  disabled={busy !== null}
                  onClick={() => act(sectionId, '/add-after', 'POST')}
                >
                  Add after<span className="galley-sr-only"> {label.text}</span>
                </Button>
                <Button
                  buttonStyle="subtle"
                  size="small"
                  margin={false}
                  disabled={busy !== null}
                  onClick={() => {
                    if (window.confirm(`Remove “${label.text}” from this summary’s draft?`)) void act(sectionId, '', 'DELETE')
                  }}
                >
                  Remove<span className="galley-sr-only"> {label.text}</span>
                </Button>
              </span>
            </li>
          )
        })}
      </ol>
    </section>
  )
}
