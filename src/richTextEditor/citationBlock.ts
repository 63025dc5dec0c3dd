import type { Block } from 'payload'
import { slugs } from '@collections/slugs'

/**
 * An inline citation: sits in the text right where the claim it supports is made, and points at a
 * reference. The public site and the feed number citations in order of first appearance.
 */
export const CitationBlock: Block = {
  slug: 'citation',
  interfaceName: 'CitationInline',
  labels: { singular: 'Citation', plural: 'Citations' },
  // The chip reads "First author, year" of its reference (src/admin/Citations/CitationLabel.tsx).
  admin: { components: { Label: '/admin/Citations/CitationLabel#CitationLabel' } },
  fields: [
    {
      name: 'reference',
      type: 'relationship',
      relationTo: slugs.references,
      required: true,
      admin: { description: 'The reference that supports the claim just before this citation.' },
    },
  ],
}
