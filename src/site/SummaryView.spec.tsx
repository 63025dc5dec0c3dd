import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import type { Revision } from '@/domain/revisions'
import type { Published } from './data'
import type { SummaryContent } from '@/domain/revisions'

import { listingOf } from '@/domain/published'
import { findRevision, publishDemo } from '@/domain/revisions/seedDocuments.fixture'

import { SummaryView } from './SummaryView'

const demoSummary = () =>
  findRevision(publishDemo(), 'summaries', 'adult-soft-tissue-sarcoma-treatment-patient') as Published<SummaryContent>

const page = (summary: Published<SummaryContent>, versions: Revision[] = [summary]) =>
  renderToStaticMarkup(
    <SummaryView
      summary={summary}
      versions={versions.map(listingOf)}
      latestVersion={summary.version}
      translations={[]}
      origin="https://galley.example"
    />,
  )

describe('the summary page’s “Changes to this summary”', () => {
  it('shows the note the board approved for readers, in the section and the version history', () => {
    const summary = { ...demoSummary(), publicNote: 'Updated the five-year survival figures.' }
    const html = page(summary)
    expect(html).toContain('Version 1 (January 5, 2026): Updated the five-year survival figures.')
    expect(html.match(/Updated the five-year survival figures\./g)).toHaveLength(2)
  })

  it('never shows the note to the board that revisions stored before public notes carried', () => {
    const legacy = { ...demoSummary(), publicNote: null, note: 'Citation replaced per Dr. Reyes.' } as Published<SummaryContent>
    const html = page(legacy)
    expect(html).not.toContain('Dr. Reyes')
    expect(html).toContain('Version 1 (January 5, 2026).')
  })
})
