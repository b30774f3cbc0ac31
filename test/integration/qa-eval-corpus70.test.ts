/**
 * real-questions-corpus70 (104 lines over reports-more76: 15 real 2021–2025 pages of 辽宁 (葫芦岛高新区; 大连高新区, refused at
 * import for --agency, so not held), 天津 (宝坻区文旅局 under a stale header, 东丽区发改委), 甘肃 (临夏县信访局, 宁县卫健局, 种田乡,
 * 南龙镇, 白驼镇), 黑龙江 (海青镇), 宁夏 (掌政镇 in 繁体), 江苏 (常州经开区, 江宁区城管局, 江宁区政府) and 浙江 (丽岙街道 in 繁体) —
 * asked by the names citizens use (城管局, 卫健局, 发改委, 文旅局, 政府办, 24年, 繁体 once); prose figures, a table 二 cell, contacts,
 * yes/no, 9 conversations with follow-ups, 3 comparisons, a later year and 20 negatives (pages cut before the part asked, years
 * not held, an agency not held, contacts a page does not print), written before their first run.
 * On main's code: 101/104 (first run of the file as written: 94/99; two expectations then restated in the project's own terms,
 * a later year's 暂无 note and 7.9个工作日 as text). Wrong: 回复了多少件公开申请 answered 35 from the received clause cut at its 、
 * (法人依申请公开申请35件) for 累计回复公开申请38件; 南龙镇和掌政镇政府网站公开的信息谁多 compared each one's total of all channels;
 * 丽岙街道地址 not read from 请與…聯系(溫州市甌海區下沈北路635號,電話:…).
 * Fixed (classes): applications answered asked where table 三 is cut read the clause that says they were answered, never one
 * that says they came in (retrieve.ts atAnsweredStage); an address printed unlabelled before the phone in a contact clause's
 * brackets is the address (prose.ts address); and, for the suite, 常州经开区 is no 经开区 (agency-names.ts DISTRICT_OWN_NAME) and
 * 临夏市 alone is its government, not 临夏市南龙镇 (engine.ts placeOwnGovernment).
 * Final: 103/104, the gap line failing as expected: a comparison of one channel weighs each one's total (a fix in sidesOf broke
 * citizen-questions-18's 多多少 follow-up and was taken out for want of time).
 */
import { describeOverSet } from './qa-eval-helpers.js';

describeOverSet(
  'reports-more76: 辽宁, 天津, 甘肃, 黑龙江, 宁夏, 江苏 and 浙江, pages of 2021–2025 (real-questions-corpus70)',
  'reports-more76',
  /\.(txt|md|html)$/,
  'real-questions-corpus70.jsonl',
  'corpus70',
);
