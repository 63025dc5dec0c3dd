import { publicOrigin } from '@/config/publicOrigin'
import { escapeXml } from '@/domain/feed/escapeXml'

/**
 * The password-reset e-mail. Its link is built from SERVER_URL (publicOrigin), never from the Host
 * header of the request that asked for it: a forged Host would otherwise send the reset token to
 * another site.
 */
export const resetPasswordEmailHTML = (args?: { token?: string }): string => {
  const token = args?.token
  const url = `${publicOrigin()}/admin/reset/${encodeURIComponent(token ?? '')}`
  return [
    '<p>Someone (hopefully you) asked to reset the password of your Galley account.</p>',
    `<p>Choose a new password here: <a href="${escapeXml(url)}">${escapeXml(url)}</a></p>`,
    '<p>If you did not ask for this, ignore this e-mail: your password stays as it is.</p>',
  ].join('\n')
}
