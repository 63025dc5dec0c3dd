import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { errorBody, refusal } from '@/domain/errors'
import { previewablePaths, previewRequestSchema } from '@/domain/pages'
import { staffViewer } from '@/site/staffViewer'

/**
 * `GET /preview?collection=drugs&slug=pazopanib` (the admin's Preview button): turns on Next's draft
 * mode for a signed-in staff member and opens the page, which then shows the current draft under a
 * "Draft — not approved" banner. Anyone else is sent to sign in first.
 */
export async function GET(request: Request) {
  const url = new URL(request.url)
  const parsed = previewRequestSchema.safeParse(Object.fromEntries(url.searchParams))
  if (!parsed.success) {
    const refusals = parsed.error.issues.map((issue) => refusal({ status: 400, field: issue.path.join('.'), message: issue.message }))
    return Response.json(errorBody(...refusals), { status: 400, headers: { 'cache-control': 'no-store' } })
  }
  if (!(await staffViewer())) redirect(`/admin/login?redirect=${encodeURIComponent(`${url.pathname}${url.search}`)}`)
  ;(await draftMode()).enable()
  redirect(previewablePaths[parsed.data.collection](parsed.data.slug))
}
