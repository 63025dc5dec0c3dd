import type { Caption, EmbeddedVideo as VideoNode, MediaLink as MediaNode } from '@/domain/pdq/types'

import type { PdqContext, Place } from './context'
import type { NodeProps } from './PdqNode'

import { labelsOf } from './context'
import { anchorId, videoUrl } from './links'
import { Nodes } from './PdqNode'

/** The captions of a figure or video, each marked with its language when it is not the page's. */
const Captions = ({ captions, context, place }: { captions: Caption[]; context: PdqContext; place: Place }) => {
  const Box = place.phrasing ? 'span' : 'div'
  return (
    <>
      {captions.map((caption, index) => (
        <Box
          key={index}
          className={place.phrasing ? 'para' : undefined}
          lang={caption.language && caption.language !== (context.language ?? 'en') ? caption.language : undefined}
        >
          <Nodes nodes={caption.children} context={context} place={place} />
        </Box>
      ))}
    </>
  )
}

/**
 * A PDQ figure. Galley holds no image files, so the figure shows what a reader can still use: the image's
 * description (its alt text, said to stand in for the image) and its caption. In phrasing content (a
 * MediaLink inside a paragraph, as PDQ usually places them) it is spans with the ARIA figure role.
 */
export const MediaLink = ({ node, context, place }: NodeProps<MediaNode>) => {
  const label = labelsOf(context).imageMissing
  const captions = node.captions ?? []
  if (place.phrasing)
    return (
      <span role="figure" id={anchorId(node.id)} className="para media">
        <span className="para media__missing">
          {label} {node.alt}
        </span>
        {captions.length > 0 && (
          <span className="para media__caption">
            <Captions captions={captions} context={context} place={place} />
          </span>
        )}
      </span>
    )
  return (
    <figure id={anchorId(node.id)} className="media">
      <p className="media__missing">
        {label} {node.alt}
      </p>
      {captions.length > 0 && (
        <figcaption>
          <Captions captions={captions} context={context} place={place} />
        </figcaption>
      )}
    </figure>
  )
}

/** A video: a link to it on YouTube, with its title and caption; a video hosted elsewhere shows its title only. */
export const EmbeddedVideo = ({ node, context, place }: NodeProps<VideoNode>) => {
  const labels = labelsOf(context)
  const href = place.inLink ? null : videoUrl(node.hosting, node.unique_id)
  const title = node.videoTitle?.trim()
  const name = href ? `${labels.watchVideo}${title ? `: ${title}` : ''}` : `${labels.video}${title ? `: ${title}` : ''}`
  const link = href ? (
    <a href={href} rel="noopener noreferrer">
      {name}
    </a>
  ) : (
    name
  )
  const captions = node.captions ?? []
  if (place.phrasing)
    return (
      <span role="figure" id={anchorId(node.id)} className="para video">
        <span className="para">{link}</span>
        {captions.length > 0 && (
          <span className="para video__caption">
            <Captions captions={captions} context={context} place={place} />
          </span>
        )}
      </span>
    )
  return (
    <figure id={anchorId(node.id)} className="video">
      <p>{link}</p>
      {captions.length > 0 && (
        <figcaption>
          <Captions captions={captions} context={context} place={place} />
        </figcaption>
      )}
    </figure>
  )
}
