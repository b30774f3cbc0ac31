/**
 * Charts as SVG rendered on the server with Apache ECharts (the library Chinese government
 * dashboards use), so pages need no script and work in WeChat's in-app browser.
 */
import { createRequire } from 'node:module';

type ECharts = typeof import('echarts');
let loaded: ECharts | undefined;

/**
 * ECharts, loaded on the first chart (synchronously, through its CommonJS build): it adds about
 * 40 MB to a process, and the serving process renders a chart only when someone opens a console
 * or public page, so the webhook alone never loads it.
 */
function echarts(): ECharts {
  loaded ??= createRequire(import.meta.url)('echarts') as ECharts;
  return loaded;
}

/** One line or bar series. */
export interface ChartSeries {
  name: string;
  values: Array<number | null>;
}

/** A chart of series over categories (years, or agencies), as an SVG string. */
export function renderChartSvg(input: {
  title?: string;
  categories: string[];
  series: ChartSeries[];
  kind?: 'bar' | 'line';
  width?: number;
  height?: number;
}): string {
  const width = input.width ?? 640;
  const height = input.height ?? 320;
  const chart = echarts().init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({
      animation: false,
      title: input.title ? { text: input.title, left: 'center', textStyle: { fontSize: 14 } } : undefined,
      legend: { bottom: 0, type: 'scroll' },
      grid: { left: 48, right: 16, top: input.title ? 40 : 16, bottom: 56 },
      xAxis: {
        type: 'category',
        data: input.categories,
        axisLabel: { interval: 0, overflow: 'truncate', width: Math.max(40, (width - 80) / Math.max(1, input.categories.length)) },
      },
      yAxis: { type: 'value', minInterval: 1 },
      series: input.series.map((series) => ({
        name: series.name,
        type: input.kind ?? 'bar',
        data: series.values,
        label: { show: input.categories.length * input.series.length <= 24, position: 'top', fontSize: 10 },
        connectNulls: false,
      })),
    });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
