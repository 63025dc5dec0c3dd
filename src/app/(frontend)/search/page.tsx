import type { Metadata } from 'next'

import config from '@payload-config'
import { getPayload } from 'payload'

import type { SearchAnswer } from '@/domain/search'

import { parseSearchQuery } from '@/domain/search'
import { search } from '@/search/searchIndex'
import { SearchResults } from '@/site/SearchResults'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export const dynamic = 'force-dynamic'

export const metadata: Metadata = {
  title: 'Search',
  // Every results page names /search as its canonical page: search engines keep one search page,
  // not one per query.
  alternates: { canonical: '/search' },
}

const first = (value: string | string[] | undefined): string | null => (Array.isArray(value) ? (value[0] ?? null) : (value ?? null))

const options = {
  lang: [
    ['en', 'English'],
    ['es', 'Español'],
  ],
  audience: [
    ['', 'Everyone'],
    ['patient', 'Patients'],
    ['health-professional', 'Health professionals'],
  ],
  type: [
    ['', 'Everything'],
    ['summaries', 'Summaries'],
    ['drugs', 'Drugs'],
    ['stages', 'Stages'],
  ],
} as const

/**
 * Full-text search over what is published, in English or Spanish: every word (in any of its forms,
 * with or without accents) or quoted phrase must be in the page; each hit shows the passage that
 * matched with the words highlighted and links to its section.
 */
export default async function SearchPage({ searchParams }: Props) {
  const raw = await searchParams
  const params = { get: (name: string) => first(raw[name]) }
  const text = (params.get('q') ?? '').trim()
  const query = text ? parseSearchQuery(params) : null
  const refused = query && 'ok' in query ? query : null
  const answer: SearchAnswer | null = query && !('ok' in query) ? await search(await getPayload({ config }), query) : null
  const chosen = (name: keyof typeof options) => params.get(name) ?? ''
  const pageLink = (page: number) => {
    const next = new URLSearchParams()
    for (const name of ['q', 'lang', 'audience', 'type'] as const) if (params.get(name)) next.set(name, params.get(name) as string)
    next.set('page', String(page))
    return `/search?${next}`
  }
  const pages = answer ? Math.ceil(answer.total / answer.limit) : 0

  return (
    <article className="search-page">
      <h1>Search</h1>
      <form role="search" action="/search" method="get" className="search">
        <label htmlFor="q">Search cancer information</label>
        <div>
          <input id="q" name="q" type="search" defaultValue={text.slice(0, 200)} maxLength={200} />
          <button type="submit">Search</button>
        </div>
        <fieldset className="search-filters">
          <legend>Show</legend>
          {(['lang', 'audience', 'type'] as const).map((name) => (
            <label key={name}>
              {{ lang: 'Language', audience: 'Written for', type: 'Kind' }[name]}{' '}
              <select name={name} defaultValue={chosen(name)}>
                {options[name].map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </fieldset>
        <p className="meta">Every word must appear; put a phrase in quotes (“stage IV”). Accents are optional.</p>
      </form>
      {refused && (
        <p role="alert" className="refusal">
          {refused.message}
        </p>
      )}
      {answer && (
        <>
          <p aria-live="polite">
            {answer.total === 0 ? 'No published page matches ' : `${answer.total} ${answer.total === 1 ? 'page matches' : 'pages match'} `}
            <strong>{answer.query}</strong>
            {pages > 1 ? ` (page ${answer.page} of ${pages}).` : '.'}
          </p>
          <SearchResults answer={answer} />
          {pages > 1 && (
            <nav aria-label="Result pages" className="pager">
              {answer.page > 1 && (
                <a href={pageLink(answer.page - 1)} rel="prev">
                  Previous
                </a>
              )}
              {answer.page < Math.min(pages, 50) && (
                <a href={pageLink(answer.page + 1)} rel="next">
                  Next
                </a>
              )}
            </nav>
          )}
        </>
      )}
    </article>
  )
}
