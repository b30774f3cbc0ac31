/**
 * citizen-questions-86 (issue #11): 143 phone questions in 34 conversations over every report folder and the guides — an
 * elderly person by voice (run-ons, 同音字), a journalist comparing agencies, a lawyer on remedies and time limits, a student,
 * an angry user after a refusal, a clerk of another agency; conversations after a miss or a clarify (a fragment answering 哪个,
 * 不对 我问的是…, a change of topic), prose facts (培训, 新媒体, 开放日, 问题和改进), 中文数字 and 繁体, comparisons and shares,
 * 前年/大前年/去年/今年 against the test clock (2026-11-24), and 16 negatives (figures, agencies and years not held, forecasts).
 * Written before its first run: 128/143, with 3 wrong figures: 綦江的 (after 哪个农业农村委?) answered 自然人's 5 for the 6
 * received; 哪个多 after 那行政复议呢 (refused) weighed the applications (57件, 46件) for the cases; 最少的是哪个 took
 * 向阳区人民政府办公室's 2023 count for 佳木斯市向阳区 once the spaces of 通化县 向阳区 黄石市 were dropped. The rest refused or
 * restated (那X呢 of two cut pages, shares, 收费了多少钱, 街道办 read as one office by an alias, 那省政府, 不是X我问的是Y).
 * Final: 140/143 after qachat52's fixes (test/unit/qa/qachat52.test.ts); 3 gap lines (哪个多 after two agencies asked in
 * turn, a rate not printed, 网上 as the second thing of a difference). No older file's line changed.
 */
import { describeOverEveryFolder } from './qa-eval-helpers.js';

describeOverEveryFolder('held-out conversations over every report folder and the guides (citizen-questions-86)', [
  'citizen-questions-86.jsonl',
]);
