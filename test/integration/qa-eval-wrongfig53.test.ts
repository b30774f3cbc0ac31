/**
 * real-questions-wrongfig53 (78 questions, issue #11): cases a probe found by asking every hand-read report's prose figures
 * and cells over one store of every report folder (13,815 generated questions, weighted to the prose keys, two-step
 * conversations: a figure then 那X呢 / 那2020年呢 / 法人的呢 / 其中…, names typed with one syllable slipped, and the cut pages
 * of reports-more40–54), comparing each stated number with the JSON's truth. Found cases, not held out: each line expects the
 * hand-read JSON's figure (the first question of a conversation asked of a name not stored expects the refusal or question
 * that offers the agency meant). Classes: applications named by their outcome (那公开了的呢 after a count of applications,
 * read as the count before); a name with one syllable slipped (共情城市, 要安县, 理下区, 司川省, 邹成市: the slip's words chose
 * another sentence, or a bare namesake was answered, or the name was refused); 那2020年呢 after a refusal offering one agency
 * (answered for the year asked before).
 * First run (the code before this branch, eval CLI): 15/78, 26 wrong figures, 37 refused.
 * Final: 66/78, 12 gap lines: 11 still state a wrong figure (a website count for 收到多少申请; 安镇街道 under two names; a
 * follow-up's sub-part; 发布信息…篇 beside 公开…条; 套城鎮 and 何东乡 read as other bodies; a percentage stated as a count; a
 * later part of a list sentence answered by an earlier one), 1 is refused (安镇街道).
 */
import { describeOverEveryFolder } from './qa-eval-helpers.js';

describeOverEveryFolder(
  'wrong figures a probe over every hand-read report found (real-questions-wrongfig53)',
  ['real-questions-wrongfig53.jsonl'],
  { guides: false },
);
