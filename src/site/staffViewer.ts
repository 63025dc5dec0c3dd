import config from '@payload-config'
import { headers } from 'next/headers'
import { getPayload } from 'payload'

import { isStaff } from '@/domain/people/roles'

/** The signed-in staff member making this request (from the admin's session cookie), or null. */
export const staffViewer = async () => {
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: await headers() })
  return user && isStaff(user) ? user : null
}
