import { OutOfDateNotice as OutOfDateNotice_4c41dcfa5f32c62a5c085a282e60928f } from '../../../admin/OutOfDate/OutOfDateNotice'
import { TranslationControls as TranslationControls_0231eba4fe6ade9c999c6e04da01d35d } from '../../../admin/Translation/TranslationControls'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { FixedToolbarFeatureClient as FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlocksFeatureClient as BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { CitationLabel as CitationLabel_e2dd0199d045aaca7a92cbc89fb23c2c } from '../../../admin/Citations/CitationLabel'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SectionRowLabel as SectionRowLabel_df4ab86795eba197a825fcf1db515aa5 } from '../../../admin/Sections/SectionRowLabel'
import { SectionOutline as SectionOutline_e9ad9d5754999d66a13c4e1786a18ec3 } from '../../../admin/Sections/SectionOutline'
import { GoToReviewButton as GoToReviewButton_75531fde7dc5cab115bd1859eb2f4def } from '../../../admin/DocumentControls/GoToReviewButton'
import { NoUnpublishButton as NoUnpublishButton_b5d1e301d84683b6a8eea11f767637b6 } from '../../../admin/DocumentControls/NoUnpublishButton'
import { ReviewTabView as ReviewTabView_d13421a08558f3e402e771e1b6e9f89b } from '../../../admin/ReviewTab/ReviewTabView'
import { SectionEditContext as SectionEditContext_8b2ad7a8f99a715853958a2f7d516c49 } from '../../../admin/Sections/SectionEditContext'
import { ReviewQueueNavLink as ReviewQueueNavLink_3c58dff3ef3b085f9fee4eaab6cfb5a0 } from '../../../admin/ReviewQueue/ReviewQueueNavLink'
import { DashboardView as DashboardView_f4a48ed8b311769d8e9198d8c6576e6f } from '../../../admin/Dashboard/DashboardView'
import { ReviewQueueView as ReviewQueueView_c2280ca15bc7e5c474da7de3cdfdd561 } from '../../../admin/ReviewQueue/ReviewQueueView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/admin/OutOfDate/OutOfDateNotice#OutOfDateNotice": OutOfDateNotice_4c41dcfa5f32c62a5c085a282e60928f,
  "/admin/Translation/TranslationControls#TranslationControls": TranslationControls_0231eba4fe6ade9c999c6e04da01d35d,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#FixedToolbarFeatureClient": FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlocksFeatureClient": BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/admin/Citations/CitationLabel#CitationLabel": CitationLabel_e2dd0199d045aaca7a92cbc89fb23c2c,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/admin/Sections/SectionRowLabel#SectionRowLabel": SectionRowLabel_df4ab86795eba197a825fcf1db515aa5,
  "/admin/Sections/SectionOutline#SectionOutline": SectionOutline_e9ad9d5754999d66a13c4e1786a18ec3,
  "/admin/DocumentControls/GoToReviewButton#GoToReviewButton": GoToReviewButton_75531fde7dc5cab115bd1859eb2f4def,
  "/admin/DocumentControls/NoUnpublishButton#NoUnpublishButton": NoUnpublishButton_b5d1e301d84683b6a8eea11f767637b6,
  "/admin/ReviewTab/ReviewTabView#ReviewTabView": ReviewTabView_d13421a08558f3e402e771e1b6e9f89b,
  "/admin/Sections/SectionEditContext#SectionEditContext": SectionEditContext_8b2ad7a8f99a715853958a2f7d516c49,
  "/admin/ReviewQueue/ReviewQueueNavLink#ReviewQueueNavLink": ReviewQueueNavLink_3c58dff3ef3b085f9fee4eaab6cfb5a0,
  "/admin/Dashboard/DashboardView#DashboardView": DashboardView_f4a48ed8b311769d8e9198d8c6576e6f,
  "/admin/ReviewQueue/ReviewQueueView#ReviewQueueView": ReviewQueueView_c2280ca15bc7e5c474da7de3cdfdd561,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
