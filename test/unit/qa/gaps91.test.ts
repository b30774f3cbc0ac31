/**
 * gaps91's classes (gap lines of the question sets, closed by class), on made-up pages cut before their tables:
 * 不予公开几件 / 予以公开了几件 (an outcome of applications asked as table 三's row) of a report whose prose says it received
 * no application is none of that outcome, said with the sentence, not refused as a page cut before table 三 (while a sentence
 * that counts the words asked is still answered);
 * 发布信息多少篇 of a page whose year's total is in 条 (公开政府信息210条) and whose account's posts are in 篇 (全年发布信息365篇) is
 * the count in the measure word asked whose words hold the words asked, never the total in another measure word;
 * a street office whose reports name it with and without 办事处 (城南街道 2024, 城南街道办事处 2025) is one agency with two
 * years, so either name asked of either year finds its report.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const cut = (title: string, body: string) => `${title}
本报告所列数据统计期限为2025年1月1日至12月31日。
一、总体情况
${body}
(三)政府信息管理
严格落实“三审三校”制度,对
`;

const REPORTS: Record<string, string> = {
  'none.txt': cut(
    '青溪县石门镇人民政府2025年政府信息公开工作年度报告',
    '(一)主动公开。2025年,我镇主动公开政府信息86条。\n(二)依申请公开。2025年,我镇未收到政府信息公开申请。',
  ),
  'posts.txt': cut(
    '青溪县司法局2025年政府信息公开工作年度报告',
    '(一)主动公开。2025年,我局公开政府信息210条,内容涉及通知公告、工作动态等方面。我局政务新媒体主要有:一是门户网站专栏;二是微信公众号“青溪司法”,主要用于发布普法宣传等各类信息,2025年全年发布信息365篇。\n(二)依申请公开。2025年,我局共收到政府信息公开申请2件。',
  ),
  'street-2024.txt': cut(
    '青溪县城南街道2024年政府信息公开工作年度报告',
    '(一)主动公开。2024年,城南街道主动公开政府信息41条。\n(二)依申请公开。2024年,城南街道共受理政府信息公开申请1件。',
  ).replace(/2025/g, '2024'),
  'street-2025.txt': cut(
    '青溪县城南街道办事处2025年政府信息公开工作年度报告',
    '(一)主动公开。2025年,城南街道主动公开政府信息57条。\n(二)依申请公开。2025年,城南街道共受理政府信息公开申请6件。',
  ),
  'some.txt': cut(
    '青溪县民政局2025年政府信息公开工作年度报告',
    '(一)主动公开。2025年,我局主动公开政府信息120条。\n(二)依申请公开。2025年,我局共收到政府信息公开申请4件,均已按时答复。',
  ),
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('gaps91 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('an outcome asked as a row of a report that received no application is none, with its sentence', async () => {
    const [withheld, granted] = await converse(app, 'g91-none', ['石门镇2025年不予公开几件', '予以公开了几件']);
    for (const answer of [withheld, granted]) {
      expect(answer.kind).toBe('text');
      expect(answer.answer).toMatch(/^没有。/);
      expect(answer.answer).toContain('未收到政府信息公开申请');
    }
    expect(withheld.answer).toContain('不予公开');
    expect(granted.answer).toContain('予以公开');
  });

  it('an outcome asked of a report that received some, with no table 三, is still refused', async () => {
    const [answer] = await converse(app, 'g91-some', ['青溪县民政局2025年不予公开几件']);
    expect(answer.kind).toBe('refusal');
    expect(answer.answer).not.toMatch(/^没有/);
  });

  it('发布信息多少篇 is the count printed in 篇, the total in 条 stays the 条 question’s', async () => {
    const [posts, total, bare] = await converse(app, 'g91-posts', [
      '青溪县司法局2025年发布信息多少篇',
      '青溪县司法局2025年公开政府信息多少条',
      '发布信息多少篇',
    ]);
    expect(values(posts)).toEqual([365]);
    expect(values(total)).toEqual([210]);
    expect(values(bare)).toEqual([365]);
    // (主动公开多少篇 names words the 篇 count's own words lack: the total is not swapped for it.)
    const [proactive] = await converse(app, 'g91-posts-2', ['青溪县司法局2025年主动公开政府信息多少篇']);
    expect(values(proactive)).not.toContain(365);
  });

  it('a street office named with and without 办事处 in two years’ reports is one agency', async () => {
    const [latest, before, applications] = await converse(app, 'g91-street', [
      '青溪县城南街道2025年主动公开政府信息多少条',
      '青溪县城南街道办事处2024年主动公开政府信息多少条',
      '2025年受理申请多少件',
    ]);
    expect(values(latest)).toEqual([57]);
    expect(values(before)).toEqual([41]);
    expect(values(applications)).toEqual([6]);
  });
});
