/**
 * A report in the standard layout as HTML: the six sections and three tables, built from the
 * catalogue (labels, rows, columns) and render.ts (grouping, number format), like the Markdown
 * and Word exports. Every figure cell has an anchor `#f-<key>` (e.g. `#f-received.total`).
 */
import { sectionTitle } from '../report/labels.js';
import { APPLICANT_COLUMNS, rowsOf, SECTIONS, type RowDef, type TableKey } from '../report/catalogue.js';
import type { Report, Violation } from '../report/model.js';
import { APPLICATIONS_NOTE, formatFigure, proactiveGroups } from '../report/render.js';
import { figureAnchor } from './figure-link.js';

export { figureAnchor };

const figureKey = (row: RowDef, columnIndex: number) => (row.columns.length === 1 ? row.key : `${row.key}.${row.columns[columnIndex].key}`);

function valuesOf(report: Report, table: TableKey, row: RowDef): Array<number | undefined> {
  const stored = report[table][row.key];
  return row.columns.map((_, index) => {
    const value = stored?.[index];
    return value === undefined || !Number.isFinite(value) ? undefined : value;
  });
}

function Cells(props: { report: Report; table: TableKey; row: RowDef; width?: number }) {
  const values = valuesOf(props.report, props.table, props.row);
  const padding = Math.max(0, (props.width ?? values.length) - values.length);
  return (
    <>
      {values.map((value, index) => (
        <td class="n" id={figureAnchor(figureKey(props.row, index))} title={`${props.row.label} ${props.row.columns[index].label}`}>
          {formatFigure(value)}
        </td>
      ))}
      {Array.from({ length: padding }, () => (
        <td></td>
      ))}
    </>
  );
}

function Section(props: { report: Report; sectionKey: string }) {
  const section = SECTIONS.find((candidate) => candidate.key === props.sectionKey)!;
  const lines = (props.report.sections[props.sectionKey] ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  return (
    <section id={`s-${section.key}`}>
      <h2>{sectionTitle(section.key)}</h2>
      {lines.length > 0 ? lines.map((line) => <p>{line}</p>) : <p class="muted">（未填写）</p>}
    </section>
  );
}

/** The whole report body. */
export function ReportBody(props: { report: Report }) {
  const { report } = props;
  const appealRows = rowsOf('appeals', report.format);
  let previousGroup: string | undefined;
  return (
    <div class="report">
      <Section report={report} sectionKey="overview" />
      <section id="s-proactive">
        <h2>二、主动公开政府信息情况</h2>
        {proactiveGroups(report).map((group) => {
          const columns = group.rows.reduce(
            (widest, row) => (row.columns.length > widest.length ? row.columns : widest),
            group.rows[0].columns,
          );
          return (
            <div class="scroll">
              {group.heading ? <h3>{group.heading}</h3> : null}
              <table>
                <tr>
                  <th>信息内容</th>
                  {columns.map((column) => (
                    <th>{column.label}</th>
                  ))}
                </tr>
                {group.rows.map((row) => (
                  <tr>
                    <td>{row.label}</td>
                    <Cells report={report} table="proactive" row={row} width={columns.length} />
                  </tr>
                ))}
              </table>
            </div>
          );
        })}
      </section>
      <section id="s-applications">
        <h2>三、收到和处理政府信息公开申请情况</h2>
        <p class="muted">{APPLICATIONS_NOTE}</p>
        <div class="scroll">
          <table>
            <tr>
              <th>申请人情况</th>
              {APPLICANT_COLUMNS.map((column) => (
                <th>{['natural_person', 'total'].includes(column.key) ? column.label : `法人或其他组织：${column.label}`}</th>
              ))}
            </tr>
            {rowsOf('applications', report.format).map((row) => {
              const label = row.group && row.group !== previousGroup ? `${row.group} ${row.label}` : row.label;
              previousGroup = row.group;
              return (
                <tr>
                  <td>{label}</td>
                  <Cells report={report} table="applications" row={row} />
                </tr>
              );
            })}
          </table>
        </div>
      </section>
      <section id="s-appeals">
        <h2>四、政府信息公开行政复议、行政诉讼情况</h2>
        <div class="scroll">
          <table>
            <tr>
              <th></th>
              {appealRows[0].columns.map((column) => (
                <th>{column.label}</th>
              ))}
            </tr>
            {appealRows.map((row) => (
              <tr>
                <td>{row.group ? `${row.group}：${row.label}` : row.label}</td>
                <Cells report={report} table="appeals" row={row} />
              </tr>
            ))}
          </table>
        </div>
      </section>
      <Section report={report} sectionKey="problems" />
      <Section report={report} sectionKey="other" />
    </div>
  );
}

/** Rule breaks as a list. */
export function ViolationList(props: { violations: Violation[] }) {
  if (props.violations.length === 0) return <p class="ok">勾稽关系：全部相符。</p>;
  return (
    <ul class="plain">
      {props.violations.map((violation) => (
        <li class={violation.severity === 'error' ? 'late' : 'warn'}>
          <a href={`#${figureAnchor(`${violation.row}.${violation.column}`)}`}>{violation.message}</a>
        </li>
      ))}
    </ul>
  );
}
