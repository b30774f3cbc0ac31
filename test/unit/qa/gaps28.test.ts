/**
 * gaps28's classes, each with its real case (the gap line it closed) and a made-up second example.
 * 1. Places run together with no joiner (海原西工中卫这三个科技局…加起来): each place's following text was read as its kind
 *    (西工中卫这三个科技局 is no stored kind), so no agency was found; with joiners the last place was lost the same way
 *    (中卫|这三个科技局), and the sum left it out. A place right after another is now no kind of it, and 这三个 after places
 *    listed counts them: the kind after it is theirs.
 * 2. 那件申请是不是企业提的, answered 没有 from table 三's 商业企业 0件 of a year that received one application: who did apply
 *    (自然人1件) is now said from the same row, so the 没有 does not read as no application.
 * 3. A highlight point cut at 100 characters lost the figures it states after the cut (科技型中小企业 33 家): a point is now
 *    cut between clauses, and clauses stating a figure are kept up to 220 characters.
 * 4. The kinds of outcome of an application asked with no agency (办理结果有几种) got 哪个机关、哪一年 back: the report format's
 *    table 三 lists them (予以公开 … 其他处理), now a topic of the guide; with an agency named, its report's figures still answer.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp, xigongAs } from '../../helpers.js';

const zhongwei = readFileSync(join(__dirname, '..', '..', '..', 'data', 'reports', 'zhongwei-kjj-2025.txt'), 'utf8');

describe('gaps28: places run together, who applied when another applicant is denied, highlights cut between clauses', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['qingshi.txt', xigongAs('青石县科学技术局', '青石县', '2024年主动公开政府信息31条。', '2024年未收到政府信息公开申请。')],
      ['baisha.txt', xigongAs('白沙区科学技术局', '白沙区', '2024年主动公开政府信息45条。', '2024年未收到政府信息公开申请。')],
      [
        'yunchuan.txt',
        xigongAs('云川市科学技术局', '云川市', '2024年主动公开政府信息12条。', '2024年未收到政府信息公开申请。').replace(
          '2024年，我局未产生信息公开处理费。',
          '（一）市科技局2024年亮点工作：一是在服务企业创新方面。依托门户网站持续公开科技政策申报通知和项目评审结果，帮助企业及时了解政策，全市研发投入从 2022 年的 1200 万元提高到 2023 年的 2600 万元，增速达到 116.7%，2024 年新认定高新技术企业 12 家，培育创新型中小企业 48 家，推动企业加大研发投入，营造了良好的创新氛围。二是在政民互动方面。举办政府开放日活动1场。',
        ),
      ],
      ['qingchuan.txt', zhongwei.replaceAll('中卫市科学技术局', '青川市科学技术局').replaceAll('中卫市', '青川市')],
    ]);
  });
  afterAll(() => app.dispose());

  it('reads places run together without joiners as each agency, and 这三个 after them counts them all', async () => {
    for (const question of ['青石白沙云川这三个科技局主动公开加起来一共多少条', '青石、白沙、云川这三个科技局主动公开加起来一共多少条']) {
      const answer = await app.ask(question);
      expect(answer.answer, question).toContain('88');
    }
    const two = await app.ask('白沙云川这两个科技局主动公开加起来多少条');
    expect(two.answer).toContain('57');
  });

  it('says who applied when a yes/no about one kind of applicant is answered 没有 from its zero', async () => {
    const answer = await app.ask('青川市科技局2025年那件申请是不是科研机构申请的');
    expect(answer.answer).toMatch(/^没有/);
    expect(answer.answer).toContain('自然人1件');
  });

  it('keeps the figures of a long highlight point, cutting between clauses', async () => {
    const [answer] = await converse(app, 'h1', ['云川市科技局2024年有什么亮点']);
    expect(answer.answer).toContain('创新型中小企业 48 家');
    expect(answer.answer).not.toContain('营造了良好的创新氛围');
  });

  it("lists the kinds of outcome of table 三 when no agency is named, and answers an agency's own from its report", async () => {
    const general = await app.ask('依申请公开的处理结果分哪几种');
    for (const kind of ['予以公开', '部分公开', '不予公开', '无法提供', '不予处理', '其他处理']) expect(general.answer).toContain(kind);
    const own = await app.ask('青川市科技局2025年的办理结果有哪些');
    expect(own.answer).toContain('予以公开1件');
  });
});
