/**
 * real-questions-corpus73 (106 lines over reports-more79: 15 real 2022–2025 pages of 河北 (赵县沙河店镇), 山东 (荣成市大疃镇, 淄博
 * 高新区中埠镇, 梁山县馆驿镇), 天津 (寨上街, 天铁街道), 吉林 (南关区永吉街道, 绿园区林园街道, 昌邑区东局子街道), 内蒙古 (昆都仑区
 * 市府东路街道, 阿尔丁大街街道办事处), 辽宁 (铁西区发改局), 新疆 (托克逊县夏镇) and 陕西 (西安大兴新区管委会, 新城区发改委) — asked
 * by the names citizens use (夏镇, 寨上街道办, 大兴新区管委会, 新城区发改委, 25年, 繁体 once, voice filler); prose figures (寨上街's
 * applications and each outcome), table 二 cells, contacts, yes/no, 10 conversations with follow-ups, a comparison and 24
 * negatives (pages cut before the part asked, years not held, an agency not held, contacts a page does not print), written
 * before their first run.
 * On main's code: 97/104 as first written; four negatives of years not held were written as refusals where the project answers
 * a later year than its latest report with that report, saying the year asked is not held (暂无…年的报告；以下是最新的…), or
 * says it holds another year (馆驿镇2024年的年报有吗): rewritten to expect that note, 101/104 (106 lines later: 102/106).
 * Fixed (classes): a total's breakdown opened by a colon (累计公开各类政务信息18条,涵盖以下方面:法定主动公开内容5条): the
 * statutory list's content is a part, not the year's 主动公开 (prose.ts BREAKDOWN_OPENER; a wrong figure, 5 for 18, before); a
 * town of one character is found by it and its level (夏镇; agency-index.ts oneCharacterTown; asked back, or the conversation's
 * agency kept, before); a table-三 group whose count the prose prints before its grounds (其中8件由于…无法提供) on a page cut
 * before table 三 (engine.ts groupCountBeforeGrounds; refused before).
 * Final: 106/106.
 */
import { describeOverSet } from './qa-eval-helpers.js';

describeOverSet(
  'reports-more79: 河北, 山东, 天津, 吉林, 内蒙古, 辽宁, 新疆 and 陕西, pages of 2022–2025 (real-questions-corpus73)',
  'reports-more79',
  /\.(txt|md|html)$/,
  'real-questions-corpus73.jsonl',
  'corpus73',
);
