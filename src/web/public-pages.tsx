/** The public report pages: `/r/` (agencies and years) and `/r/<agency>/<year>` (one report with its chart). No sign-in. */
import { reportTitleOf } from '../report/labels.js';
import { Hono } from 'hono';
import { raw } from 'hono/html';
import type { ReportStore } from '../store/report-store.js';
import { renderChartSvg } from './charts.js';
import { agencyYears, MAIN_FIGURES } from './figures.js';
import { Layout } from './layout.js';
import { figureAnchor, ReportBody } from './report-view.js';

/** The path of a report page, and of one figure on it. */
export function reportPath(agency: string, year: number, figureKey?: string): string {
  return `/r/${encodeURIComponent(agency)}/${year}${figureKey ? `#${figureAnchor(figureKey)}` : ''}`;
}

/**
 * Charts of an agency's main figures over the years it has reports (only series with a value):
 * applications and appeals in one, items disclosed proactively (hundreds, not a handful) in another.
 */
export function agencyChartSvgs(reports: ReportStore, agencyId: number, width = 640): string[] {
  const { years, values } = agencyYears(reports, agencyId);
  if (years.length === 0) return [];
  const groups = [
    MAIN_FIGURES.filter((figure) => figure.key !== 'proactive_items'),
    MAIN_FIGURES.filter((figure) => figure.key === 'proactive_items'),
  ];
  return groups
    .map((group) =>
      group
        .filter((figure) => values[figure.key].some((value) => value !== null))
        .map((figure) => ({ name: figure.label, values: values[figure.key] })),
    )
    .filter((series) => series.length > 0)
    .map((series) =>
      renderChartSvg({
        categories: years.map((year) => `${year}年`),
        series,
        kind: years.length > 2 ? 'line' : 'bar',
        width,
        height: series.length > 1 ? 300 : 220,
      }),
    );
}

/** The public pages, at /r/ and /r/<agency>/<year>. */
export function publicPages(reports: ReportStore): Hono {
  const app = new Hono();
  app.get('/r/', (context) => {
    const byAgency = new Map<string, number[]>();
    for (const report of reports.reports()) byAgency.set(report.agency, [...(byAgency.get(report.agency) ?? []), report.year]);
    const agencies = [...byAgency.entries()].sort((a, b) => a[0].localeCompare(b[0], 'zh'));
    return context.html(
      <Layout title="政府信息公开工作年度报告">
        <h1>政府信息公开工作年度报告</h1>
        <p class="muted">
          共{agencies.length}个机关、{reports.reportCount()}份报告。
        </p>
        <div class="card">
          <ul class="plain">
            {agencies.map(([agency, years]) => (
              <li>
                {agency}：
                {years
                  .sort((a, b) => b - a)
                  .map((year) => (
                    <>
                      {' '}
                      <a href={reportPath(agency, year)}>{year}年</a>
                    </>
                  ))}
              </li>
            ))}
          </ul>
        </div>
      </Layout>,
    );
  });
  app.get('/r/:agency/:year', (context) => {
    const given = context.req.param('agency');
    const year = Number(context.req.param('year'));
    // Chat links use the agency's id (short); people share the readable name.
    const agency = /^\d+$/.test(given)
      ? reports.agencies().find((candidate) => candidate.id === Number(given))
      : reports.agencyByName(given);
    const agencyName = agency?.name ?? given;
    const record = agency && Number.isInteger(year) ? reports.report(agency.id, year) : undefined;
    const report = record ? reports.load(record.id) : undefined;
    if (!agency || !record || !report) {
      return context.html(
        <Layout title="没有找到报告">
          <h1>没有找到这份报告</h1>
          <p>
            数据库里没有{agencyName}
            {Number.isInteger(year) ? `${year}年` : ''}的年度报告。<a href="/r/">查看全部报告</a>
          </p>
        </Layout>,
        404,
      );
    }
    const charts = agencyChartSvgs(reports, agency.id);
    const otherYears = reports
      .reportsOfAgency(agency.id)
      .map((other) => other.year)
      .filter((other) => other !== year);
    const source = record.origin === 'entry' ? '本机关在线填报并经审核发布' : `导入自${record.sourceFile ?? '年度报告原文'}`;
    return context.html(
      <Layout title={reportTitleOf(report)}>
        <h1>{reportTitleOf(report)}</h1>
        <p class="muted">
          来源：{source}（{record.storedAt.slice(0, 10)}）。
          {otherYears.length > 0 ? (
            <>
              其他年度：
              {otherYears.map((other) => (
                <>
                  {' '}
                  <a href={reportPath(agency.name, other)}>{other}年</a>
                </>
              ))}
            </>
          ) : null}
        </p>
        {charts.length > 0 ? (
          <div class="card chart">
            <h3>{agency.name}主要数据（各年度）</h3>
            {charts.map((chart) => (
              <div>{raw(chart)}</div>
            ))}
          </div>
        ) : null}
        <div class="card">
          <ReportBody report={report} />
        </div>
        <p class="muted">
          <a href="/r/">全部报告</a>
        </p>
      </Layout>,
    );
  });
  return app;
}
