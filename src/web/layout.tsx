/** The page frame: mobile first, no script, one small stylesheet inline (WeChat's browser caches poorly). */
import type { Child } from 'hono/jsx';
import { raw } from 'hono/html';
import { shanghaiDateTime } from '../core/clock.js';

const STYLE = `
*{box-sizing:border-box}body{margin:0;font:15px/1.6 -apple-system,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;color:#1f2328;background:#f6f7f9}
header{background:#b71c1c;color:#fff;padding:10px 14px}header a{color:#fff;text-decoration:none;margin-right:12px}header strong{margin-right:16px}
main{max-width:1100px;margin:0 auto;padding:12px}h1{font-size:20px;margin:8px 0 12px}h2{font-size:17px;margin:20px 0 8px;border-left:4px solid #b71c1c;padding-left:8px}h3{font-size:15px;margin:12px 0 6px}
.card{background:#fff;border-radius:8px;padding:12px;margin:10px 0;box-shadow:0 1px 2px rgba(0,0,0,.06)}
.scroll{overflow-x:auto;-webkit-overflow-scrolling:touch}
table{border-collapse:collapse;width:100%;background:#fff;font-size:13px}th,td{border:1px solid #d0d7de;padding:4px 6px;text-align:left;vertical-align:top}td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
th{background:#f0f2f5}tr:target,td:target{background:#fff3bf}.muted{color:#667085;font-size:13px}
.status{display:inline-block;padding:1px 8px;border-radius:10px;font-size:12px;white-space:nowrap}
.s-none{background:#eceff3;color:#475467}.s-draft{background:#fff4d6;color:#8a5a00}.s-submitted{background:#dbeafe;color:#1e40af}.s-returned{background:#fde2e1;color:#b42318}.s-published{background:#dcfce7;color:#166534}.s-imported{background:#e0f2f1;color:#0f766e}
.late{color:#b42318;font-weight:600}.ok{color:#166534}.warn{color:#b54708}
form.inline{display:inline}button,.button{background:#b71c1c;color:#fff;border:0;border-radius:6px;padding:6px 12px;font-size:14px;cursor:pointer;text-decoration:none;display:inline-block}
button.secondary,.button.secondary{background:#475467}input,select,textarea{font-size:15px;padding:5px;border:1px solid #d0d7de;border-radius:6px;max-width:100%}textarea{width:100%}
.chart svg{max-width:100%;height:auto}.flash{background:#fff3bf;padding:8px 12px;border-radius:6px}.error{background:#fde2e1;padding:8px 12px;border-radius:6px}
ul.plain{padding-left:18px}dl{margin:0}dt{font-weight:600}dd{margin:0 0 6px}
`;

/** The HTML page around any content. */
export function Layout(props: { title: string; nav?: Child; children?: Child }) {
  return (
    <>
      {raw('<!DOCTYPE html>')}
      <html lang="zh-CN">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <meta name="referrer" content="same-origin" />
          <title>{props.title}</title>
          <style>{raw(STYLE)}</style>
        </head>
        <body>
          <header>
            {props.nav ?? (
              <a href="/r/">
                <strong>政府信息公开年度报告</strong>
              </a>
            )}
          </header>
          <main>{props.children}</main>
        </body>
      </html>
    </>
  );
}

/** Status names and colours, shared by the season and agency pages. */
export const STATUS_LABELS = {
  none: '未开始',
  draft: '填报中',
  submitted: '已提交',
  returned: '已退回',
  published: '已发布',
  imported: '已导入',
} as const;
/** A report's state in the season, as the office reads it. */
export type SeasonStatus = keyof typeof STATUS_LABELS;

/** A coloured status label. */
export function StatusBadge(props: { status: SeasonStatus }) {
  return <span class={`status s-${props.status}`}>{STATUS_LABELS[props.status]}</span>;
}

/** A stored ISO time as staff read it: Beijing time, to the minute. */
export function shanghaiTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : shanghaiDateTime(date);
}
