/**
 * Cache-Control of a public page served from the page cache. Browsers revalidate every time (cheap:
 * the page has an ETag), so a reader who reloads sees a publication at once; a CDN may keep the page
 * a minute and then serve it stale for a day while it fetches the new one in the background.
 */
export const PAGE_S_MAXAGE_S = 60
export const PAGE_STALE_WHILE_REVALIDATE_S = 86_400

export const publicPageCacheControl = `public, max-age=0, s-maxage=${PAGE_S_MAXAGE_S}, stale-while-revalidate=${PAGE_STALE_WHILE_REVALIDATE_S}`
