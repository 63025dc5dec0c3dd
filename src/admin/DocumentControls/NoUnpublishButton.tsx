/**
 * Replaces Payload's "Unpublish": taking a document off the public site is a retirement, which goes
 * through the same board review (Review tab → "Retire this document").
 */
export const NoUnpublishButton = () => null
