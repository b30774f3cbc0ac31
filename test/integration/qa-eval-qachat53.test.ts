/**
 * citizen-questions-87 (issue #11): 151 phone questions in 34 conversations over every report folder and the guides — voice
 * run-ons and 同音字 (平谭, 廉溪, 钦洲), typos (医宝局), 繁体 (奉新縣, 東疆, 大同市公安局's guide), 中文数字 (二〇二二年, 二零二五年),
 * dialect particles (撒, 噻, 咧, 嘞), very short follow-ups (抖音, 那去年的, 他们家…, 瓮安呢), corrections (不对 是2023年, 不对 我说的是
 * 临夏市政府办), a change of topic and back, fragments and ordinals answering 您问的是哪个…？ (乌海的, 第二个, 第四个呢), comparisons,
 * sums and shares of two agencies, yes/no (有没有被告过), 前年/大前年/去年 against the test clock (2026-11-24), and 17 negatives
 * (agencies, years and figures not held, forecasts, opinions).
 * Written before its first run: 132/151, with 6 wrong figures: 保定徐水区自然资源和规划分局 (4 lines) answered 杭州…余杭分局's
 * 390件 (the 和 of 自然资源和规划 read as two agencies, 规划分局 the second); 废止了几份 after 现行有效的规范性文件 took 废止政府规章1份;
 * 那无法提供的呢 谁多 after two agencies compared ranked every report; 微博呢 谁发得多 and 瓮安呢 restated 收到申请.
 * Final: 141/151 after qachat53's fixes (test/unit/qa/qachat53.test.ts: a compound kind's 和, 前年比大前年, an act asked of the last
 * question's documents, shares of the figures just answered); 10 gap lines (谁多 and 那X呢 after two agencies compared, a channel
 * inside parentheses, a share of two agencies' sum, a yes/no with its 0 as no fact, an unknown place as a follow-up, 纸质 read as
 * the guide's, two out-of-scope questions answered as clarify). No older file's line changed.
 */
import { describeOverEveryFolder } from './qa-eval-helpers.js';

describeOverEveryFolder('held-out conversations over every report folder and the guides (citizen-questions-87)', [
  'citizen-questions-87.jsonl',
]);
