'use client'

import { Button, useConfig, useDocumentInfo, useFormModified } from '@payloadcms/ui'

/**
 * Replaces Payload's "Publish changes": nothing is published from the edit form. The button leads to
 * the document's Review tab, where the draft is submitted to its board and, once approved, published.
 */
export const GoToReviewButton = () => {
  const { id, collectionSlug } = useDocumentInfo()
  const modified = useFormModified()
  const {
    config: {
      routes: { admin },
    },
  } = useConfig()

  if (id === undefined || id === null) {
    return (
      <Button buttonStyle="secondary" size="medium" disabled tooltip="Save a draft first; then submit it for review.">
        Submit for review
      </Button>
    )
  }
  return (
    <Button
      buttonStyle="primary"
      size="medium"
      el="link"
      url={`${admin}/collections/${collectionSlug}/${id}/review`}
      disabled={modified}
      tooltip={modified ? 'Save the draft first.' : 'Open the Review tab to submit this draft to its editorial board.'}
      id="action-go-to-review"
    >
      Review &amp; publish
    </Button>
  )
}
