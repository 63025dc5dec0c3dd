import type { Revision, RevisionIssue } from '@/domain/revisions'

type Props = {
  /** The public page being previewed, for the way out. */
  path: string
  /** What the public sees now, if anything. */
  published: Revision | null
}

/** Always on top of a draft preview, and never dismissible: this text has not been approved. */
export const DraftBanner = ({ path, published }: Props) => (
  <div className="draft-banner" role="note" aria-label="Draft preview">
    <p>
      <strong>Draft — not approved.</strong> You are previewing unpublished changes, visible only to signed-in staff; the board has not
      approved them.{' '}
      {published?.kind === 'published' ? `The public sees version ${published.version}.` : 'The public sees nothing of this document yet.'}
    </p>
    <a href={`/preview/exit?path=${encodeURIComponent(path)}`}>Exit preview</a>
  </div>
)

type NotPublishableProps = Props & { title: string; issues: readonly RevisionIssue[] }

/** A draft that could not be published as it stands, under the banner, with what stops it. */
export const NotPublishable = ({ path, published, title, issues }: NotPublishableProps) => (
  <>
    <DraftBanner path={path} published={published} />
    <article>
      <h1>{title}</h1>
      <p>This draft cannot be published yet:</p>
      <ul>
        {issues.map((issue) => (
          <li key={`${issue.path}:${issue.message}`}>
            <code>{issue.path || 'document'}</code>: {issue.message}
          </li>
        ))}
      </ul>
    </article>
  </>
)
