/**
 * citizen-questions-89 (issue #11, leftover34): 59 questions in the classes of answers noticed wrong last session, over every
 * report folder and the guides — where published information is read (图书馆, 档案馆, 政务服务中心: 条例 article 25), whether
 * reviews and lawsuits are concluded after their count (审结了没, 判完了吗, 结案了吗), 收到 against a sentence whose count
 * includes the year before's carried-over applications (办理675件(含2024年结转12件)), 废止 alone and in glued table-二 rows,
 * 街道办 with no place, 以上/以下 against a count and in rankings, petitions (信访, 上访, 投诉举报: article 39), a count glued to
 * the next part of its paragraph (共收到依申请公开事项0三是…), and 5 negatives.
 * Written before its first run: 21/59 (0 wrong figures).
 * Final: 47/59 after leftover34's fixes (test/unit/qa/leftover34.test.ts, test/unit/report/leftover34.test.ts); 12 gap lines:
 * 废止 alone and table 二 rows glued into one digit run (4), 街道办 with no place (4), rankings by a bar (超过1000件的有哪些,
 * 5件以上的, 3件以下的: 3), and a library after an ambiguous town (城关镇图书馆, 1).
 */
import { describeOverEveryFolder } from './qa-eval-helpers.js';

describeOverEveryFolder(
  'held-out questions on last session’s wrong answers over every report folder and the guides (citizen-questions-89)',
  ['citizen-questions-89.jsonl'],
);
