import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { previewExitSchema } from '@/domain/pages'

/** `GET /preview/exit?path=/drugs/pazopanib`: leaves draft mode and returns to the published page. */
export async function GET(request: Request) {
  const parsed = previewExitSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams))
  ;(await draftMode()).disable()
  redirect(parsed.success ? parsed.data.path : '/')
}
