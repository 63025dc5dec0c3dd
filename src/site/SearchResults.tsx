import type { SearchAnswer, SearchHit } from '@/domain/search'

const typeLabel: Record<SearchHit['type'], string> = { summaries: 'Summary', drugs: 'Drug', stages: 'Stage' }
const audienceLabel = { patient: 'for patients', 'health-professional': 'for health professionals' } as const
const languageLabel = { en: 'English', es: 'Español' } as const

/** The snippet with its matching words in `<mark>`. */
export function Highlighted({ text, highlights }: { text: string; highlights: SearchHit['highlights'] }) {
  const parts: React.ReactNode[] = []
  let at = 0
  for (const [start, end] of highlights) {
    if (start < at || end > text.length) continue
    if (start > at) parts.push(text.slice(at, start))
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>)
    at = end
  }
  if (at < text.length) parts.push(text.slice(at))
  return <>{parts}</>
}

/** One page of hits: title linked to the page (at the section that matched), what it is, and why it matched. */
export function SearchResults({ answer }: { answer: SearchAnswer }) {
  return (
    <ol className="search-results" start={(answer.page - 1) * answer.limit + 1}>
      {answer.hits.map((hit) => (
        <li key={`${hit.type}/${hit.slug}`}>
          <h2>
            <a href={hit.url} hrefLang={hit.language}>
              {hit.title}
            </a>
          </h2>
          <p className="meta">
            {typeLabel[hit.type]}
            {hit.audience && ` ${audienceLabel[hit.audience]}`} · {languageLabel[hit.language]}
            {hit.section && <> · section “{hit.section}”</>}
          </p>
          {hit.snippet && (
            <p className="snippet">
              <Highlighted text={hit.snippet} highlights={hit.highlights} />
            </p>
          )}
        </li>
      ))}
    </ol>
  )
}
