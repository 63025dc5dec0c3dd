import { z } from 'zod'

export const slugSchema = z
  .string()
  .min(1, 'slug is required')
  .max(120, 'slug must be at most 120 characters')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'slug may contain only lower-case letters, digits and single hyphens')

/** "Soft Tissue Sarcoma (Adult)" → "soft-tissue-sarcoma-adult". Accents are folded. */
export const slugify = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120)
    .replace(/-+$/, '')
