/**
 * A numbered citation as every public page shows it: a superscript link to the reference list. Shared by
 * `RichText` (Lexical `citation` blocks) and the PDQ nodes (`{ kind: 'Reference' }`), so both number alike.
 */
export const CitationMark = ({ number, anchorPrefix = 'ref-' }: { number: number; anchorPrefix?: string }) => (
  <sup className="citation">
    <a href={`#${anchorPrefix}${number}`} aria-label={`Reference ${number}`}>
      [{number}]
    </a>
  </sup>
)
