'use client'

import { AxisBottom, AxisLeft } from '@visx/axis'
import { Group } from '@visx/group'
import { scaleBand, scaleLinear } from '@visx/scale'
import { Bar } from '@visx/shape'

import { seriesColors } from './seriesColors'

export type ChartBar = { label: string; value: number; href: string; series?: string }

type Props = {
  bars: readonly ChartBar[]
  width?: number
  height?: number
}

const margin = { top: 16, right: 12, bottom: 32, left: 36 }

/**
 * A bar chart drawn with visx (scales, shapes and axes as SVG). The picture is decorative for screen
 * readers: the figure around it has a caption and a table of the same numbers, each linked to its
 * list. Each bar links to that list too. With several series, bars of one label stand side by side.
 */
export const BarChart = ({ bars, width = 520, height = 240 }: Props) => {
  const labels = [...new Set(bars.map((bar) => bar.label))]
  const series = [...new Set(bars.map((bar) => bar.series ?? ''))]
  const innerWidth = width - margin.left - margin.right
  const innerHeight = height - margin.top - margin.bottom
  const x = scaleBand<string>({ domain: labels, range: [0, innerWidth], padding: 0.25 })
  const inner = scaleBand<string>({ domain: series, range: [0, x.bandwidth()], padding: 0.08 })
  const max = Math.max(1, ...bars.map((bar) => bar.value))
  const y = scaleLinear<number>({ domain: [0, max], range: [innerHeight, 0], nice: true })
  // Whole numbers only: these are counts and days.
  const top = y.domain()[1]
  const step = Math.max(1, Math.ceil(top / 4))
  const ticks = Array.from({ length: Math.floor(top / step) + 1 }, (_, index) => index * step)
  return (
    <svg width="100%" viewBox={`0 0 ${width} ${height}`} aria-hidden="true" focusable="false" className="galley-chart">
      <Group left={margin.left} top={margin.top}>
        {bars.map((bar) => {
          const left = (x(bar.label) ?? 0) + (inner(bar.series ?? '') ?? 0)
          const top = y(bar.value)
          return (
            <a key={`${bar.series ?? ''}:${bar.label}`} href={bar.href} tabIndex={-1}>
              <Bar
                x={left}
                y={top}
                width={inner.bandwidth()}
                height={Math.max(0, innerHeight - top)}
                fill={seriesColors[series.indexOf(bar.series ?? '') % seriesColors.length]}
              />
              <text x={left + inner.bandwidth() / 2} y={top - 4} textAnchor="middle" fontSize={11} fill="#222">
                {bar.value}
              </text>
            </a>
          )
        })}
        <AxisLeft scale={y} tickValues={ticks} tickFormat={(value) => String(value)} tickLabelProps={{ fontSize: 11 }} />
        <AxisBottom scale={x} top={innerHeight} tickLabelProps={{ fontSize: 11, textAnchor: 'middle' }} />
      </Group>
    </svg>
  )
}
