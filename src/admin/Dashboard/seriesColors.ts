/** Colours of a chart's series, in order: the bars (BarChart) and the legend beside them. Both pass WCAG AA against white. */
export const seriesColors = ['#1f5fa8', '#b4531c'] as const
