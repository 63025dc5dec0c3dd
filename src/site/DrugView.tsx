import Link from 'next/link'

import type { DrugContent } from '@/domain/revisions'
import type { PublishedStore } from '@/published/PublishedStore'

import { approvalStatusLabels, drugRouteLabels } from '@/domain/revisions/content'

import type { Published } from './data'

import { latestPublished, summariesMentioning } from './data'

type Props = {
  drug: Published<DrugContent>
  /** The published revisions it links to and is linked from. */
  store: PublishedStore
  /** A draft preview: the revision is what the draft would publish, not a publication. */
  isDraft?: boolean
}

/** A drug revision as a page: names, class, how it works, route, approvals, side effects, references. */
export const DrugView = async ({ drug, store, isDraft = false }: Props) => {
  const { content } = drug
  const summaries = summariesMentioning(store, drug.slug)
  const references = await Promise.all(content.references.map((pin) => latestPublished(store, 'references', pin.slug)))
  return (
    <article className="drug">
      <header>
        <p className="eyebrow">Drug</p>
        <h1>{content.name}</h1>
        {content.brandNames.length > 0 && (
          <p className="lede">
            Brand name{content.brandNames.length > 1 ? 's' : ''}: {content.brandNames.join(', ')}
          </p>
        )}
      </header>
      <dl className="facts facts--stacked">
        <div>
          <dt>Drug class</dt>
          <dd data-testid="drug-class">{content.drugClass}</dd>
        </div>
        {content.route && (
          <div>
            <dt>How it is given</dt>
            <dd>{drugRouteLabels[content.route] ?? content.route}</dd>
          </div>
        )}
        <div>
          <dt>Updated</dt>
          <dd>
            {isDraft ? (
              `Not published: a draft of version ${drug.version}`
            ) : (
              <>
                <time dateTime={drug.publishedAt}>
                  {new Date(drug.publishedAt).toLocaleDateString('en-US', { dateStyle: 'long', timeZone: 'UTC' })}
                </time>{' '}
                (version {drug.version})
              </>
            )}
          </dd>
        </div>
      </dl>
      {content.mechanism && (
        <section aria-labelledby="how">
          <h2 id="how">How it works</h2>
          <p>{content.mechanism}</p>
        </section>
      )}
      {content.approvals.length > 0 && (
        <section aria-labelledby="approvals">
          <h2 id="approvals">Approvals</h2>
          <table>
            <thead>
              <tr>
                <th scope="col">For</th>
                <th scope="col">Status</th>
                <th scope="col">By</th>
                <th scope="col">Year</th>
              </tr>
            </thead>
            <tbody>
              {content.approvals.map((approval) => (
                <tr key={`${approval.indication}-${approval.authority}`}>
                  <td>{approval.indication}</td>
                  <td>{approvalStatusLabels[approval.status] ?? approval.status}</td>
                  <td>{approval.authority}</td>
                  <td>{approval.year ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {content.sideEffects.length > 0 && (
        <section aria-labelledby="side-effects">
          <h2 id="side-effects">Common side effects</h2>
          <ul>
            {content.sideEffects.map((effect) => (
              <li key={effect}>{effect}</li>
            ))}
          </ul>
        </section>
      )}
      {summaries.length > 0 && (
        <section aria-labelledby="mentioned">
          <h2 id="mentioned">Summaries that mention {content.name}</h2>
          <ul>
            {summaries.map((summary) => (
              <li key={summary.slug}>
                <Link href={`/summaries/${summary.slug}`}>{summary.content.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {content.references.length > 0 && (
        <section aria-labelledby="drug-references">
          <h2 id="drug-references">References</h2>
          <ol>
            {content.references.map((pin, index) => {
              const reference = references[index]
              const pmid = reference?.content.pmid
              return (
                <li key={pin.slug}>
                  {String(reference?.content.citation ?? pin.title)}{' '}
                  {typeof pmid === 'string' && (
                    <a href={`https://pubmed.ncbi.nlm.nih.gov/${pmid}/`} rel="noopener noreferrer">
                      PubMed
                    </a>
                  )}
                </li>
              )
            })}
          </ol>
        </section>
      )}
    </article>
  )
}
