import { useId, type ReactNode } from 'react'

import type { Flow, Formatting, GlossaryTermRef } from '@/domain/pdq/types'

import { referenceId } from '@/domain/richtext/walk'

import type { PdqContext, Place } from './context'
import type { NodeProps } from './PdqNode'

import { CitationMark } from './CitationMark'
import { anchorId, cancerGovUrl, externalUrl, glossaryUrl, levelsOfEvidenceUrl, summaryUrl, trialUrl } from './links'
import { Nodes } from './PdqNode'

/** A link, or its text alone when there is no safe target or it would sit inside another link. */
const Link = ({ href, place, hrefLang, children }: { href: string | null; place: Place; hrefLang?: string; children: ReactNode }) => {
  if (!href || place.inLink) return <>{children}</>
  const offSite = /^https?:\/\//i.test(href)
  return (
    <a href={href} hrefLang={hrefLang} rel={offSite ? 'noopener noreferrer' : undefined}>
      {children}
    </a>
  )
}

const FORMAT_TAGS = {
  Strong: 'strong',
  Emphasis: 'em',
  Superscript: 'sup',
  Subscript: 'sub',
  // Names set in italics by convention, not for stress: <i>, with a class saying what they are.
  GeneName: 'i',
  ScientificName: 'i',
  // The DTD gives a ForeignWord no language, so no `lang` can be set.
  ForeignWord: 'i',
  TT: 'code',
  DrugName: 'span',
  InterventionName: 'span',
} as const

const FORMAT_CLASSES: Partial<Record<Formatting['kind'], string>> = {
  GeneName: 'gene-name',
  ScientificName: 'scientific-name',
  ForeignWord: 'foreign-word',
  DrugName: 'drug-name',
  InterventionName: 'intervention-name',
}

const Formatted = ({ node, context, place }: NodeProps<Formatting>) => {
  const Tag = FORMAT_TAGS[node.kind]
  return (
    <Tag id={anchorId(node.id)} className={FORMAT_CLASSES[node.kind]}>
      {/* Formatting is phrasing content: whatever it holds must be too. */}
      <Nodes nodes={node.children} context={context} place={{ ...place, phrasing: true }} />
    </Tag>
  )
}

/**
 * A glossary term links to its NCI dictionary entry, which works for every reader. When the page knows
 * the definition, it is also given without JavaScript and without leaving the sentence:
 * - as the link's accessible description (`aria-describedby` pointing at a `hidden` span holding it),
 *   so screen readers read it after the term;
 * - as the link's `title`, the browser's tooltip for mouse users.
 * Both are phrasing content, so the term stays valid inside a `<p>`. `<details>` would not be (it is a
 * block), a CSS-only pop-up cannot be dismissed with Escape (WCAG 1.4.13), and `<dfn>` marks the
 * defining instance of a term, which a passing use of it is not.
 */
const GlossaryTerm = ({ node, context, place }: NodeProps<GlossaryTermRef>) => {
  // Prefixed: React's ids (`_R_1_`) look like PDQ ids (`_12`).
  const id = `glossary${useId()}`
  const href = glossaryUrl(node.href, node.dictionary, context.language ?? 'en')
  const definition = context.definitionOf?.(node.href)?.trim() || null
  if (!href || place.inLink) return <>{node.text}</>
  const english = node.dictionary === 'Genetics' && context.language === 'es'
  return (
    <>
      <a
        href={href}
        className="glossary-term"
        hrefLang={english ? 'en' : undefined}
        rel="noopener noreferrer"
        title={definition ?? undefined}
        aria-describedby={definition ? id : undefined}
      >
        {node.text}
      </a>
      {definition && (
        <span id={id} hidden>
          {definition}
        </span>
      )}
    </>
  )
}

const Citation = ({ refidx, context }: { refidx: unknown; context: PdqContext }) => {
  const number = context.citationNumbers.get(referenceId(refidx))
  return number === undefined ? null : <CitationMark number={number} anchorPrefix={context.anchorPrefix} />
}

/** Inline PDQ content: text, formatting, citations and links. Block kinds are rendered by `Node`. */
export const InlineNode = ({ node, context, place }: NodeProps<Flow>) => {
  switch (node.kind) {
    case 'text':
      return <>{node.value}</>
    case 'Reference':
      return <Citation refidx={node.refidx} context={context} />
    case 'Strong':
    case 'Emphasis':
    case 'Superscript':
    case 'Subscript':
    case 'GeneName':
    case 'ScientificName':
    case 'ForeignWord':
    case 'DrugName':
    case 'InterventionName':
    case 'TT':
      return <Formatted node={node} context={context} place={place} />
    case 'GlossaryTermRef':
      return <GlossaryTerm node={node} context={context} place={place} />
    case 'LOERef':
      // The text is kept as written: PDQ puts the brackets outside the link ("[Level of evidence C2]").
      return (
        <Link href={levelsOfEvidenceUrl(context.summaryType)} hrefLang={context.language === 'es' ? 'en' : undefined} place={place}>
          {node.text}
        </Link>
      )
    case 'SummaryRef':
      return (
        <Link href={summaryUrl(node.href, node.url, context.resolveSummary)} place={place}>
          <Nodes nodes={node.children} context={context} place={{ phrasing: true, inLink: true }} />
        </Link>
      )
    case 'ProtocolRef':
      return (
        <Link href={trialUrl(node.nct_id)} place={place}>
          {node.text}
        </Link>
      )
    case 'DrugRef':
      return (
        <Link href={cancerGovUrl(node.url)} place={place}>
          {node.text}
        </Link>
      )
    case 'ExternalRef':
      return (
        <Link href={externalUrl(node.xref)} place={place}>
          {node.text}
        </Link>
      )
    // Links to CDR documents and media that have no public address: their text.
    case 'MediaRef':
    case 'GlossaryTermLink':
    case 'LOELink':
    case 'ProtocolLink':
    case 'SummaryLink':
      return <>{node.text}</>
    default:
      return null
  }
}
