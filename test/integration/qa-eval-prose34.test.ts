// real-questions-prose34 (84 citizens' questions over reports-more40 … 52 about facts the pages state only in their prose:
// 培训, 新媒体 followers and posts, 网站 visits, 发布会, 解读, 留言 and 咨询, 公示栏, what an applicant asked, 复议/诉讼 outcomes in
// words, 存在的问题, 收费, 建议提案, yes/no, follow-ups, 繁体, and negatives whose answer the prose does not hold), written before
// their first run. First run: 82/84, no wrong figure (搞过政务开放日吗 refused for want of the open day's guests, though the page
// states 1期 held; 有没有公开议案提案办理结果 said 有 with no figure, the count standing a few words after the thing asked).
// Final: 84/84, no gap line (both classes fixed; made-up examples in test/unit/qa/prose34.test.ts).
import { afterAll, beforeAll, describe } from 'vitest';
import type { TestApp } from '../helpers.js';
import { askFiles, storeOf } from './qa-eval-helpers.js';

describe('prose facts asked in citizens’ words over reports-more40 … 52 (real-questions-prose34)', () => {
  let store: TestApp;
  beforeAll(async () => {
    store = await storeOf(
      (['40', '41', '42', '43', '44', '45', '46', '47', '48', '49', '50', '51', '52'] as const).map(
        (n) => [`reports-more${n}`, /\.(txt|md|html)$/] as const,
      ),
    );
  }, 600_000);
  afterAll(() => store.dispose());
  askFiles(() => store, ['real-questions-prose34.jsonl']);
});
