import Link from 'next/link'

import type { QueueItem } from '@/domain/workflow'

const collectionLabels: Record<string, string> = {
  summaries: 'Summary',
  stages: 'Stage',
  treatments: 'Treatment',
  drugs: 'Drug',
  references: 'Reference',
}

const stateLabels: Record<string, string> = {
  'in-review': 'In review',
  'changes-requested': 'Changes requested',
  approved: 'Approved',
  rejected: 'Rejected',
}

/** Review rounds as a table: the document (linked to its review tab), type, state, round, change and age. */
export const QueueTable = ({ items, empty, adminRoute }: { items: QueueItem[]; empty: string; adminRoute: string }) =>
  items.length === 0 ? (
    <p className="galley-queue__empty">{empty}</p>
  ) : (
    <table className="galley-queue__table">
      <thead>
        <tr>
          <th scope="col">Document</th>
          <th scope="col">Type</th>
          <th scope="col">State</th>
          <th scope="col">Round</th>
          <th scope="col">Change</th>
          <th scope="col">Open for</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={`${item.collection}:${item.documentId}`}>
            <td>
              <Link href={`${adminRoute}/collections/${item.collection}/${item.documentId}/review`}>{item.title}</Link>
            </td>
            <td>{collectionLabels[item.collection] ?? item.collection}</td>
            <td>{stateLabels[item.review.state] ?? item.review.state}</td>
            <td>{item.review.round}</td>
            <td>
              {item.review.changeType ?? ''}
              {item.review.note ? ` — ${item.review.note}` : ''}
            </td>
            <td>{item.daysOpen === 1 ? '1 day' : `${item.daysOpen} days`}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
