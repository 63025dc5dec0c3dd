/**
 * A public page as a document: Next's HTML without the JavaScript that would hydrate it. Galley's
 * public pages have no client components (links are plain `<a>`, popovers are `<details>`), so the
 * framework's runtime, the React Server Components payload it would hydrate from (as large as the
 * page itself on a long summary) and their preloads are dead weight on a phone. What stays: the
 * HTML, styles, fonts and data scripts (`application/ld+json`).
 *
 * Next writes this markup itself, always in these shapes; it is not user content (text in a page is
 * escaped, and JSON-LD escapes `<`), so matching it by pattern is safe here.
 */
const SCRIPT = /<script\b([^>]*)>[\s\S]*?<\/script>/gi
const SCRIPT_PRELOAD =
  /<link\b(?=[^>]*\brel="(?:preload|modulepreload)")(?=[^>]*\bas="script")[^>]*>|<link\b(?=[^>]*\brel="modulepreload")[^>]*>/gi
const DATA_SCRIPT = /\btype="application\/(?:ld\+)?json"/i

export const withoutClientScripts = (html: string): string =>
  html.replace(SCRIPT, (element, attributes: string) => (DATA_SCRIPT.test(attributes) ? element : '')).replace(SCRIPT_PRELOAD, '')
