// Types only: importing them pulls no ECharts code into a chunk (EChart.vue loads that lazily).
import type { ComposeOption } from 'echarts/core'
import type { BarSeriesOption, PieSeriesOption } from 'echarts/charts'
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components'

/** The options the dashboard's charts are drawn with. */
export type DashboardOption = ComposeOption<
  BarSeriesOption | PieSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>

/** One column of a chart's table: `key` names the row field. */
export interface ChartColumn {
  key: string
  label: string
  align?: 'left' | 'right' | 'center'
}
