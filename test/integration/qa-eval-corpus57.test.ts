/**
 * real-questions-corpus57 (86 lines over reports-more63 and reports-real: 13 real 2019–2024 pages in shapes the importer
 * misread — copies on betting sites, a site footer's 主办单位 first, glued periods, a title without 年度, the 2019 layout's
 * signed changes, pages cut before table 三, two pages naming no agency), written as citizens type them on a phone: short
 * names (平阳市监局, 资阳同城化局, 市中区农业农村局), 繁体, years written short (19年, 24年), 去年/前年 against today, yes/no,
 * shares, 5 conversations of 3 or 4 turns and 14 negatives (figures cut off or never stated, a page whose city a betting site
 * erased).
 * First run (81 lines, the eval CLI): 75/81, 3 counted as wrong figures. Three expectations were mine and wrong against the
 * README's documented behaviour, corrected: a year after the latest report held (鸭南乡2022年, 丁山镇2020年, 去年呢 after
 * 凤凰镇2023年) is answered from the latest report with 暂无…以下是最新的, not refused; 比上一年增加还是减少了 after 行政许可
 * 6307 has no 2019 report to compare with, and the 2019 layout's 本年增/减 (-1942) counts the list's items (项目), not
 * decisions, so 无法比较 is right; 合作交流办 with no city is asked which agency (clarify). One real miss: 市中区农业农村局
 * (济南's district 市中区, its own name starting with the city level's character) was split 济南市 | 市中区农业农村局, so the
 * district alone found nothing (fixed, src/report/agency-names.ts: 市 before 中区/北区/南区 right after a level is the district's
 * own; 济南市中区 as citizens write it is an alias). Five 去年/前年 lines added after the first run, each right at its first
 * run. Final: 86/86, no gap line. Made-up examples: test/unit/qa/corpus57.test.ts and test/unit/report/corpus57.test.ts.
 */
import { describeOverSet } from './qa-eval-helpers.js';

describeOverSet(
  'reports-more63: 2019 to 2024 pages of 重庆, 浙江, 湖南, 甘肃, 山东, 四川, 辽宁 and 江苏 (real-questions-corpus57)',
  'reports-more63',
  /\.(txt|md|html)$/,
  'real-questions-corpus57.jsonl',
  'corpus57',
);
