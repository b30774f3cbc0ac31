/**
 * citizen-questions-96 (issue #11): 140 phone questions in 34 conversations over every report folder and the guides — the
 * noise of phone typing (voice homophones 申情, 公开绿, 行政复义, 起述, 依申情; no punctuation; emoji and ～～; a question at
 * the end of a long rambling message; full-width digits ２０２３年; 繁体 input of a simplified agency; pinyin initials zfxxgk),
 * the names citizens give agencies (县教育局 and 市里的卫健委 with no place: ask which; old names 计生委, 环保局, 质监局;
 * 简称 市监局, 人社局, 发改委; a place's everyday name 东城卫健委; X市政府 where only its 政府办 is held), rates and shares worked
 * out from two stored figures (公开率, X占Y的百分之几, 比2023年多了百分之几) and refused where the store has no second figure,
 * a ranking over one place and its follow-ups after two 它 answers (第二名呢, 第三名呢, 那最少的呢, 它的电话), a three-way
 * comparison (谁被起诉得最多) and its follow-ups, after a miss (不是这个，是X的; the year alone; 你能查什么), and 17 negatives
 * (agencies, years, rates and figures not held; forecasts; opinions; personal cases).
 * Written before its first run: 114/140 (5 wrong figures: 公开绿多少 quoted a sentence, 它主动公开了多少条 after a ranking over
 * 平潭 answered the place's own report; 17 refused: 计生委 read as another 兴安盟 agency, 广元质监局 not found, 常州 after
 * 市里的卫健委 kept 市里, 第二名呢 after two 它 answers, 平潭自然资源和生态环境局 (和 for 与) asked which).
 * Final: 135/140 after qachat57's fixes (test/unit/qa/qachat57.test.ts: names before the 2018 reform, 和 for 与, a computed
 * rate of change, 公开率 and shares of the applications received, voice homophones, 哪个局 over a place, the ranking kept after
 * two 它 answers). 5 gap lines: 县教育局去年 answered from the one county education body with a 2025 report instead of asking
 * which, 常州 after 市里的卫健委 (市里 kept in the name), two follow-ups naming a compared agency by its kind alone
 * (行政审批局那年…, 公安局呢), and a cut page's 废止了几件规范性文件 refused though a sentence states it.
 */
import { describeOverEveryFolder } from './qa-eval-helpers.js';

describeOverEveryFolder(
  'phone typing noise, citizens’ names for agencies, worked-out rates and rankings over a place (citizen-questions-96)',
  ['citizen-questions-96.jsonl'],
  { guides: true },
);
