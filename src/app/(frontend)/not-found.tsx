import Link from 'next/link'

export default function NotFound() {
  return (
    <article className="not-found">
      <h1>Page not found</h1>
      <p>There is no published page at this address. It may have been retired or never published.</p>
      <p>
        <Link href="/">See all summaries</Link>
      </p>
    </article>
  )
}
