import type { RichTextField, Validate } from 'payload'

import { richText } from 'payload/shared'

import { unsafeLinkMessage, unsafeLinkUrls } from '@/domain/richtext/links'

/**
 * A rich text field's `validate`: refuses links other than http(s), mailto and Galley-internal ones
 * (400 naming the field, e.g. `sections.0.body`), then runs the editor's own validation.
 */
export const validateRichTextLinks: Validate<unknown, unknown, unknown, RichTextField> = (value, options) => {
  const refused = unsafeLinkUrls(value)
  if (refused.length) return unsafeLinkMessage(options.path.join('.'), refused)
  return richText(value as never, options as never)
}
