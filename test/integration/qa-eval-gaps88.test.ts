/**
 * citizen-questions-97 (issue #11, gaps88): 60 lines, 6 conversations and single questions, over every report folder and the
 * guides — the classes of the gap lines gaps88 closed, in other agencies and words: a stored agency named by its place and a
 * citizen's other form of its kind (平潭环保局, 苍溪国土局, 盐城环保局; 自然资源和环保局 with 和 for 与) and follow-ups after it;
 * 废止了几件 / 制发了几件 / 现行有效的有几件 / 废除了几件 with no kind of document named (table 二's act of its documents),
 * alone and in conversations; both carries joined by 和 / 与 with 各 / 分别 (上年结转和结转下年各多少, 结转下年的和上年结转的各有
 * 几件); a place, a year, then which of its agencies had a figure (平潭2022年都有哪些单位被告过, 有哪些部门被申请过行政复议,
 * 哪几个单位被起诉过, 打过官司, 收到过申请), with controls (the place's own report asked without 哪些; a ranking over it).
 * Written before its first run, made after gaps88's four fixes: 57/60 (自然资源和环保局, 和 for the stored 与, found no agency,
 * and the two follow-ups after it had none). Fixed after it: a kind's joiner written as the other one (和 for 与) is read as the
 * stored kind. Final: 60/60, no gap lines.
 */
import { describeOverEveryFolder } from './qa-eval-helpers.js';

describeOverEveryFolder(
  'a citizen’s other form of a kind, table 二’s acts with no document named, both carries, and a place’s agencies listed by a figure, over every report folder and the guides (citizen-questions-97)',
  ['citizen-questions-97.jsonl'],
);
