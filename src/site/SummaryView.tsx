import Link from 'next/link'

import type { RevisionListing } from '@/domain/published'
import type { SummaryContent } from '@/domain/revisions'
import type { OutOfDate } from '@/domain/feed'

import type { ListedSummary, Published } from './data'
import type { PdqLinks } from './pdq/context'

import { anchorId } from './pdq/links'
import { RichText } from './RichText'
import { dayIn, summaryLabels } from './summaryLabels'

type Props = {
  summary: Published<SummaryContent>
  /** Every version, newest first. */
  versions: RevisionListing[]
  latestVersion: number
  translations: ListedSummary[]
  outOfDate?: OutOfDate
  origin: string
  /** A draft preview: the revision is what the draft would publish, not a publication. */
  isDraft?: boolean
  /** Where PDQ links go: summaries in Galley by their PDQ id, glossary definitions. */
  pdqLinks?: Pick<PdqLinks, 'resolveSummary' | 'definitionOf'>
}

type Section = SummaryContent['sections'][number]
type Citation = SummaryContent['citations'][number]

/**
 * The sections in groups that share a reference list: one group for the whole summary, or (PDQ's
 * per-section numbering) one per top-level section with its subsections.
 */
const referenceGroups = (content: SummaryContent): Array<{ key: string; sections: Section[]; citations: Citation[] }> => {
  if (content.referenceNumbering !== 'per-section') return [{ key: 'all', sections: content.sections, citations: content.citations }]
  const groups: Array<{ key: string; sections: Section[]; citations: Citation[] }> = []
  for (const section of content.sections) {
    if ((section.level ?? 1) <= 1 || groups.length === 0)
      groups.push({ key: section.id, sections: [], citations: content.citations.filter((citation) => citation.section === section.id) })
    groups[groups.length - 1].sections.push(section)
  }
  return groups
}

/** The element id of a section: its PDQ id, so PDQ's own links (`#_254`) land, or Galley's. */
const sectionAnchor = (section: Section) => anchorId(section.pdqId) ?? `section-${section.id}`

/** h2 for a top-level section, h3 for its subsection, … down to h6. */
const headingOf = (level: number | undefined) => `h${Math.min(6, (level ?? 1) + 1)}` as 'h2' | 'h3' | 'h4' | 'h5' | 'h6'

const languageLabel = { en: 'English', es: 'Español' } as const

const stageSystemOf = (slug: string) => slug.replace(/-(ia|ib|ii|iiia|iiib|iv)$/, '')

/** JSON-LD for search engines: a medical web page, when it was last reviewed, by whom, and what it cites. */
const jsonLd = ({ summary, origin }: { summary: Published<SummaryContent>; origin: string }) => ({
  '@context': 'https://schema.org',
  '@type': 'MedicalWebPage',
  name: summary.content.title,
  description: summary.content.description ?? undefined,
  url: `${origin}/summaries/${summary.slug}`,
  inLanguage: summary.content.language,
  audience: { '@type': summary.content.audience === 'patient' ? 'Patient' : 'MedicalAudience' },
  lastReviewed: summary.content.lastComprehensiveReviewAt ?? summary.publishedAt.slice(0, 10),
  dateModified: summary.publishedAt,
  reviewedBy: { '@type': 'Organization', name: summary.board.name },
  citation: summary.content.citations.map((citation) => citation.citation),
})

/** A summary revision as a page: everything here comes from the revision, never from a draft. */
export const SummaryView = ({ summary, versions, latestVersion, translations, outOfDate, origin, isDraft = false, pdqLinks }: Props) => {
  const { content } = summary
  const groups = referenceGroups(content)
  const perSection = content.referenceNumbering === 'per-section'
  const pdq: PdqLinks = { language: content.language, summaryType: content.summaryType, ...pdqLinks }
  const refPrefix = (key: string) => (perSection ? `ref-${key}-` : 'ref-')
  const isLatest = summary.version === latestVersion
  const log = summary.changeLog
  // JSON-LD is data, not markup: `<` is escaped so text can never close the script element.
  const ld = JSON.stringify(jsonLd({ summary, origin })).replace(/</g, '\\u003c')
  const t = summaryLabels[content.language]
  const day = dayIn(content.language)
  return (
    <article className="summary" lang={content.language}>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: ld }} />
      {!isLatest && (
        <p className="banner" role="note">
          {t.oldVersion(summary.version, day(summary.publishedAt))}
          <Link href={`/summaries/${summary.slug}`}>{t.latestLink(latestVersion)}</Link>.
        </p>
      )}
      <header className="summary__header">
        <p className="eyebrow">
          {t.audience[content.audience]} · {content.cancerType}
        </p>
        <h1>{content.title}</h1>
        {content.description && <p className="lede">{content.description}</p>}
        <dl className="facts">
          <div>
            <dt>{t.updated}</dt>
            <dd>
              {isDraft ? (
                t.draftOf(summary.version)
              ) : (
                // The last change of substance when the summary names one (PDQ's DateLastModified), else its publication.
                <time dateTime={content.dateLastModified ?? summary.publishedAt}>
                  {day(content.dateLastModified ?? summary.publishedAt)}
                </time>
              )}
            </dd>
          </div>
          <div>
            <dt>{t.reviewed}</dt>
            <dd>{day(content.lastComprehensiveReviewAt)}</dd>
          </div>
          <div>
            <dt>{t.reviewedBy}</dt>
            <dd>{summary.board.name}</dd>
          </div>
          <div>
            <dt>{t.version}</dt>
            <dd>{summary.version}</dd>
          </div>
        </dl>
        {translations.length > 0 && (
          <nav aria-label={t.otherLanguages} className="languages">
            {translations.map((other) => (
              <Link key={other.slug} href={`/summaries/${other.slug}`} hrefLang={other.content.language} lang={other.content.language}>
                {languageLabel[other.content.language]}
              </Link>
            ))}
          </nav>
        )}
        {outOfDate && (
          <p className="notice" role="note">
            {t.outOfDate(outOfDate.relation)}
          </p>
        )}
      </header>

      <nav aria-labelledby="toc-title" className="toc" id="contents">
        <h2 id="toc-title">{t.onThisPage}</h2>
        <ol>
          {content.sections
            .filter((section) => (section.level ?? 1) <= 1 && section.title)
            .map((section) => (
              <li key={section.id}>
                <a href={`#${sectionAnchor(section)}`}>{section.title}</a>
              </li>
            ))}
          {!perSection && (
            <li>
              <a href="#references">{t.references}</a>
            </li>
          )}
        </ol>
      </nav>

      {groups.map((group) => {
        const numbers = new Map(group.citations.map((citation) => [citation.id, citation.number]))
        return (
          <div key={group.key} className="summary__group">
            {group.sections.map((section) => {
              const Heading = headingOf(section.level)
              const titled = Boolean(section.title)
              return (
                <section
                  key={section.id}
                  id={sectionAnchor(section)}
                  aria-labelledby={titled ? `title-${section.id}` : undefined}
                  className={`summary__section summary__section--level-${section.level ?? 1}`}
                >
                  {titled && <Heading id={`title-${section.id}`}>{section.title}</Heading>}
                  {section.keyPoints.length > 0 && (
                    <aside className="key-points" aria-label={`${t.keyPoints}${titled ? `: ${section.title}` : ''}`}>
                      <h3>{t.keyPoints}</h3>
                      <ul>
                        {section.keyPoints.map((point) => (
                          <li key={point}>{point}</li>
                        ))}
                      </ul>
                    </aside>
                  )}
                  <RichText state={section.body.lexical} citationNumbers={numbers} anchorPrefix={refPrefix(group.key)} pdq={pdq} />
                </section>
              )
            })}
            {perSection && group.citations.length > 0 && (
              <section aria-label={`${t.references}: ${group.sections[0]?.title ?? ''}`} className="references">
                <h3>{t.references}</h3>
                <ReferenceList citations={group.citations} prefix={refPrefix(group.key)} />
              </section>
            )}
          </div>
        )
      })}

      {(content.relatedDrugs.length > 0 || content.relatedStages.length > 0) && (
        <section aria-labelledby="related-title" className="related">
          <h2 id="related-title">{t.related}</h2>
          {content.relatedDrugs.length > 0 && (
            <>
              <h3>{t.drugs}</h3>
              <ul className="chips">
                {content.relatedDrugs.map((pin) => (
                  <li key={pin.slug}>
                    <Link href={`/drugs/${pin.slug}`}>{pin.title}</Link>
                  </li>
                ))}
              </ul>
            </>
          )}
          {content.relatedStages.length > 0 && (
            <>
              <h3>{t.stages}</h3>
              <ul className="chips">
                {[...new Set(content.relatedStages.map((pin) => stageSystemOf(pin.slug)))].map((system) => (
                  <li key={system}>
                    <Link href={`/stages/${system}`}>Stages of soft tissue sarcoma: {system.replace('-', ' and ')}</Link>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}

      {!perSection && (
        <section id="references" aria-labelledby="references-title" className="references">
          <h2 id="references-title">{t.references}</h2>
          <ReferenceList citations={content.citations} prefix="ref-" />
        </section>
      )}

      <section aria-labelledby="changes-title" className="changes">
        <h2 id="changes-title">{t.changes}</h2>
        <p>{t.versionNote(summary.version, day(summary.publishedAt), summary.publicNote ?? null)}</p>
        <ul>
          {log.sections.changed.map((section) => (
            <li key={section.id}>{t.sectionUpdated(section.title)}</li>
          ))}
          {log.sections.added.map((section) => (
            <li key={section.id}>{t.sectionAdded(section.title)}</li>
          ))}
          {log.sections.removed.map((section) => (
            <li key={section.id}>{t.sectionRemoved(section.title)}</li>
          ))}
          {log.summary.citationsAdded + log.summary.citationsRemoved > 0 && summary.version > 1 && (
            <li>{t.citationsChanged(log.summary.citationsAdded, log.summary.citationsRemoved)}</li>
          )}
        </ul>
        <h3>{t.history}</h3>
        <ol reversed className="history">
          {versions.map((version) => (
            <li key={version.version}>
              {version.kind === 'published' ? (
                <Link
                  href={`/summaries/${summary.slug}/v/${version.version}`}
                  aria-current={version.version === summary.version ? 'page' : undefined}
                >
                  {t.versionN(version.version)}
                </Link>
              ) : (
                <span>{t.retired(version.version)}</span>
              )}{' '}
              — {day(version.publishedAt)}
              {version.publicNote ? `: ${version.publicNote}` : ''}
            </li>
          ))}
        </ol>
      </section>

      {/* On a phone the contents are a tap away from anywhere in a long summary. */}
      <a className="to-contents" href="#contents">
        {t.contents}
      </a>

      <footer className="credit">
        {content.pdq ? (
          <p>
            {t.adaptedFrom} <cite>{content.pdq.meta.url.text.trim() || content.title}</cite>, {t.publishedByNci}
            {content.dateLastModified ? t.updatedOn(day(content.dateLastModified)) : ''}: <a href={content.pdq.meta.url.xref}>cancer.gov</a>
            . {t.pdqCredit(summary.board.name)}
          </p>
        ) : (
          <p>
            Adapted from <cite>Soft Tissue Sarcoma Treatment (PDQ®)–Patient Version</cite>, published by the National Cancer Institute
            (updated June 2, 2023):{' '}
            <a href="https://www.cancer.gov/types/soft-tissue-sarcoma/patient/adult-soft-tissue-treatment-pdq">cancer.gov</a>. This is demo
            content derived from that summary, not an official NCI PDQ summary.
          </p>
        )}
      </footer>
    </article>
  )
}

const ReferenceList = ({ citations, prefix }: { citations: Citation[]; prefix: string }) => (
  <ol>
    {citations.map((citation) => (
      <li key={citation.id} id={`${prefix}${citation.number}`} value={citation.number}>
        {citation.citation}
        {citation.retracted && <strong className="retracted"> Retracted.</strong>}{' '}
        {citation.pmid && (
          <a href={`https://pubmed.ncbi.nlm.nih.gov/${citation.pmid}/`} rel="noopener noreferrer">
            PubMed
          </a>
        )}{' '}
        {citation.doi && (
          <a href={`https://doi.org/${citation.doi}`} rel="noopener noreferrer">
            DOI
          </a>
        )}
      </li>
    ))}
  </ol>
)
