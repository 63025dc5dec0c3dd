import type { Metadata } from 'next'

import Link from 'next/link'

import { publishedSummaries, siteStore, publishedStagingSystems } from '@/site/data'

export const dynamic = 'force-dynamic'

export const metadata: Metadata = { alternates: { canonical: '/' } }

const audienceLabel = { patient: 'For patients', 'health-professional': 'For health professionals' } as const
const languageLabel = { en: 'English', es: 'Español' } as const

/** Published summaries grouped by cancer type, audience and language, with the search box. */
export default async function HomePage() {
  const store = await siteStore()
  const summaries = publishedSummaries(store).sort((a, b) => a.content.title.localeCompare(b.content.title))
  const byCancer = new Map<string, typeof summaries>()
  for (const summary of summaries) byCancer.set(summary.content.cancerType, [...(byCancer.get(summary.content.cancerType) ?? []), summary])

  return (
    <article className="home">
      <h1>Cancer information you can trust</h1>
      <p className="lede">
        Evidence-based summaries, written by medical writers and approved by expert editorial boards before they are published.
      </p>
      <form role="search" action="/search" method="get" className="search">
        <label htmlFor="q">Search cancer information</label>
        <div>
          <input id="q" name="q" type="search" maxLength={200} />
          <button type="submit">Search</button>
        </div>
      </form>
      {[...byCancer.entries()].map(([cancerType, group]) => (
        <section key={cancerType} aria-labelledby={`cancer-${cancerType}`}>
          <h2 id={`cancer-${cancerType}`}>{cancerType}</h2>
          {(['patient', 'health-professional'] as const).map((audience) => {
            const forAudience = group.filter((summary) => summary.content.audience === audience)
            if (forAudience.length === 0) return null
            return (
              <div key={audience}>
                <h3>{audienceLabel[audience]}</h3>
                <ul className="summary-list">
                  {forAudience.map((summary) => (
                    <li key={summary.slug}>
                      <Link href={`/summaries/${summary.slug}`} hrefLang={summary.content.language}>
                        {summary.content.title}
                      </Link>{' '}
                      <span className="meta">
                        {languageLabel[summary.content.language]} · updated{' '}
                        {new Date(summary.publishedAt).toLocaleDateString('en-US', { dateStyle: 'medium', timeZone: 'UTC' })}
                      </span>
                    </li>
                  ))}
                </ul>
              </div>
            )
          })}
        </section>
      ))}
      <section aria-labelledby="staging">
        <h2 id="staging">Stages</h2>
        <ul>
          {publishedStagingSystems(store).map((system) => (
            <li key={system}>
              <Link href={`/stages/${system}`}>Stages of soft tissue sarcoma ({system.replace('-', ' and ')})</Link>
            </li>
          ))}
        </ul>
      </section>
      <p className="staff">
        Staff: <Link href="/admin">editorial workspace</Link>. Partners: <a href="/feed/v1/index.json">the JSON feed</a>.
      </p>
    </article>
  )
}
