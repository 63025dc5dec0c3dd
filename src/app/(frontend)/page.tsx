import Link from 'next/link'

export default function HomePage() {
  return (
    <article className="landing">
      <h1>Galley</h1>
      <p className="lede">
        Evidence-based cancer information, written by medical writers and approved by expert editorial
        boards before anyone reads it.
      </p>
      <ul className="links">
        <li>
          <Link href="/admin">Editorial workspace</Link> — writers, reviewers and editors sign in here.
        </li>
        <li>
          <a href="/api/graphql-playground">GraphQL playground</a> and the REST API at <code>/api</code>{' '}
          for signed-in staff.
        </li>
      </ul>
    </article>
  )
}
