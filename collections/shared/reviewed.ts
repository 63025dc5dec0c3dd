import type { CollectionConfig, Field } from 'payload'

import { contentWriters } from '@/access/contentWriters'
import { adminsOnly } from '@/access/adminsOnly'
import { managingEditorsOnlyField } from '@/access/managingEditorsOnlyField'
import { staffOnly } from '@/access/staffOnly'
import { assignDefaultBoard } from '@/hooks/assignDefaultBoard'
import { recordDeletedDraft, refuseBulkDeletingPublished, refuseDeletingPublished } from '@/hooks/deletion'
import { keepUnapprovedAsDraft, refuseUnapprovedPublish } from '@/hooks/publishing'
import { lockEditedDocument, recordEdit } from '@/hooks/recordEdit'
import { refuseBulkEditing } from '@/hooks/refuseBulkEditing'
import { restoreAsDraft } from '@/endpoints/restoreAsDraft'
import { reviewEndpoints } from '@/endpoints/reviewEndpoints'

import type { ReviewedCollection } from '../slugs'

import { slugs } from '../slugs'

const boardField: Field = {
  name: 'board',
  type: 'relationship',
  relationTo: slugs.boards,
  required: true,
  index: true,
  access: { create: managingEditorsOnlyField, update: managingEditorsOnlyField },
  admin: {
    position: 'sidebar',
    description: 'The editorial board that reviews changes. Defaults to the one set in Editorial settings.',
  },
}

/**
 * Opts a collection into board review: drafts and versions, staff-only API access, a responsible
 * board, and the rule that nothing is published except through Galley's approval path.
 */
export const reviewed = (config: CollectionConfig & { slug: ReviewedCollection }): CollectionConfig => ({
  ...config,
  // Bulk edit, publish and unpublish are refused for reviewed documents (src/hooks/refuseBulkEditing.ts): not offered.
  disableBulkEdit: true,
  admin: {
    group: 'Content',
    ...config.admin,
    components: {
      ...config.admin?.components,
      edit: {
        ...config.admin?.components?.edit,
        PublishButton: '/admin/DocumentControls/GoToReviewButton#GoToReviewButton',
        UnpublishButton: '/admin/DocumentControls/NoUnpublishButton#NoUnpublishButton',
      },
      views: {
        ...config.admin?.components?.views,
        edit: {
          review: {
            Component: '/admin/ReviewTab/ReviewTabView#ReviewTabView',
            path: '/review',
            tab: { label: 'Review', href: '/review', order: 150 },
          },
        },
      },
    },
  },
  access: {
    read: staffOnly,
    readVersions: staffOnly,
    create: contentWriters,
    update: contentWriters,
    delete: adminsOnly,
    ...config.access,
  },
  versions: { drafts: { validate: true }, maxPerDoc: 200 },
  hooks: {
    ...config.hooks,
    beforeOperation: [
      refuseBulkEditing,
      keepUnapprovedAsDraft,
      lockEditedDocument,
      refuseBulkDeletingPublished,
      ...(config.hooks?.beforeOperation ?? []),
    ],
    beforeDelete: [refuseDeletingPublished, ...(config.hooks?.beforeDelete ?? [])],
    afterDelete: [...(config.hooks?.afterDelete ?? []), recordDeletedDraft],
    beforeChange: [assignDefaultBoard, ...(config.hooks?.beforeChange ?? []), refuseUnapprovedPublish],
    afterChange: [...(config.hooks?.afterChange ?? []), recordEdit],
  },
  endpoints: [...reviewEndpoints(config.slug), restoreAsDraft(config.slug), ...(config.endpoints || [])],
  fields: [...config.fields, boardField],
})
