/**
 * The public origin of the site, the feed and the admin's links: `SERVER_URL`, or localhost on
 * `PORT` when it is unset (a developer's machine). No trailing slash.
 */
export const publicOrigin = (): string => (process.env.SERVER_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/+$/, '')
