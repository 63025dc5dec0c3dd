import type { CollectionConfig } from 'payload'

import { contentWriters } from '@/access/contentWriters'
import { nobody } from '@/access/nobody'
import { writeSectionIntoSummary } from '@/hooks/writeSectionIntoSummary'

import { slugs } from './slugs'
import { sectionFields } from './Summaries/sectionFields'

/**
 * One section of a long summary, open for editing on its own (the summary's outline opens it: see
 * src/endpoints/sectionEditing.ts). Saving it writes the section into the summary's draft, as the
 * writer, through the summary's own update: the same access, review rules and audit as any other edit
 * of the summary, in the same transaction. The summary stays the one document that is reviewed,
 * revised and published; a section edit is only the form.
 */
export const SectionEdits: CollectionConfig = {
  slug: slugs.sectionEdits,
  labels: { singular: 'Section being edited', plural: 'Sections being edited' },
  admin: {
    group: 'Content',
    useAsTitle: 'title',
    defaultColumns: ['title', 'summary', 'updatedAt'],
    description: 'Sections of long summaries opened for editing from a summary’s outline. Saving one saves it into the summary’s draft.',
    enableRichTextRelationship: true,
  },
  access: { read: contentWriters, create: nobody, update: contentWriters, delete: contentWriters },
  hooks: { beforeChange: [writeSectionIntoSummary] },
  fields: [
    {
      name: 'sectionEditContext',
      type: 'ui',
      admin: { components: { Field: '/admin/Sections/SectionEditContext#SectionEditContext' } },
    },
    {
      name: 'summary',
      type: 'relationship',
      relationTo: slugs.summaries,
      required: true,
      index: true,
      access: { update: () => false },
      admin: { readOnly: true, position: 'sidebar' },
    },
    { name: 'sectionId', type: 'text', required: true, index: true, access: { update: () => false }, admin: { hidden: true } },
    // Set while the section is new: written into the summary after this section, on the first save.
    { name: 'insertAfter', type: 'text', access: { update: () => false }, admin: { hidden: true } },
    // The section's fingerprint when it was opened or last saved: a save over someone else's change is refused.
    { name: 'baseFingerprint', type: 'text', access: { update: () => false }, admin: { hidden: true } },
    ...sectionFields,
  ],
}
