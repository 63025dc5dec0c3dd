import type { Metadata } from 'next'

import Link from 'next/link'
import { notFound } from 'next/navigation'

import { stagingSystemInText, stagingSystems } from '@/domain/staging/systems'
import { siteStore, stagesOf } from '@/site/data'

type Props = { params: Promise<{ system: string }> }

export const dynamic = 'force-dynamic'

const systemTitle: Record<string, string> = Object.fromEntries(
  stagingSystems.map((system) => [system, `Stages of soft tissue sarcoma of the ${stagingSystemInText[system]}`]),
)

const gradeLabel: Record<string, string> = { low: 'low grade', mid: 'intermediate grade', high: 'high grade', unknown: 'grade unknown' }

const size = (min: number | null, max: number | null) =>
  min === null && max === null
    ? 'any size'
    : min === null
      ? `${max} cm or smaller`
      : max === null
        ? `larger than ${min} cm`
        : `larger than ${min} cm but not larger than ${max} cm`

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { system } = await params
  return { title: systemTitle[system] ?? 'Not found', alternates: { canonical: `/stages/${system}` } }
}

/** The stage table of one staging system, each stage with its treatment options. */
export default async function StagesPage({ params }: Props) {
  const { system } = await params
  const store = await siteStore()
  const stages = await stagesOf(store, system)
  if (stages.length === 0) notFound()
  return (
    <article className="stages">
      <h1>{systemTitle[system] ?? system}</h1>
      <table>
        <caption>Each stage, how it is defined, and the treatments that may be used</caption>
        <thead>
          <tr>
            <th scope="col">Stage</th>
            <th scope="col">What it means</th>
            <th scope="col">Treatment options</th>
          </tr>
        </thead>
        <tbody>
          {stages.map((stage) => (
            <tr key={stage.slug} id={stage.slug}>
              <th scope="row">{stage.content.code}</th>
              <td>
                <p>{stage.content.description}</p>
                <ul className="criteria">
                  {stage.content.criteria.map((criterion, index) => (
                    <li key={index}>
                      Tumor {size(criterion.sizeMinCm, criterion.sizeMaxCm)},{' '}
                      {criterion.grades.map((grade) => gradeLabel[grade] ?? grade).join(' or ')};{' '}
                      {criterion.nodes === 'N1'
                        ? 'spread to nearby lymph nodes'
                        : criterion.nodes === 'N0'
                          ? 'not in lymph nodes'
                          : 'any lymph nodes'}
                      ;{' '}
                      {criterion.metastasis === 'M1'
                        ? 'spread to distant parts of the body'
                        : criterion.metastasis === 'M0'
                          ? 'not spread to distant parts'
                          : 'with or without distant spread'}
                    </li>
                  ))}
                </ul>
              </td>
              <td>
                <ul>
                  {stage.content.treatmentOptions.map((option) => (
                    <li key={option.treatment.slug}>
                      {option.treatment.title}
                      {option.note ? ` (${option.note})` : ''}
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <Link href="/">All summaries</Link>
      </p>
    </article>
  )
}
