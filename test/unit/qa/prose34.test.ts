/**
 * prose34's classes (facts a report states only in its prose), on made-up pages cut before their tables: a yes/no about an
 * event (搞过政务开放日吗) refused for want of its guests is answered by the event's own count (举办了2期“政务开放日”活动); a
 * yes carries its clause's one count a few words after the thing asked (议案提案结果信息41条); a rate asked by its noun alone
 * (关联率？) is a number question (100%); an account named like an agency (“西岭花乡”) or on a 融媒号 (石门融媒号) owns the
 * question when one report quotes it; X月以来 asked against a sentence counting from that month is answered, not refused as a
 * part of the year.
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
  'bureau.txt': cut(
    '南川市民政局2025年政府信息公开工作年度报告',
    '(一)主动公开。全年主动公开政府信息88条。2025年全年举办了2期“政务开放日”活动,增进公众对政府与政务的了解。\n(二)依申请公开。2025年共收到政府信息公开申请4件。',
  ),
  'city.txt': cut(
    '北河市人民政府2025年政府信息公开工作年度报告',
    '(一)主动公开。全市主动公开政府信息3100条。将人大代表建议和政协委员提案结果及时在网上公开,共发布议案提案结果信息41条,受理并网上回复市长信箱56条。同步编制政策解读材料,实现解读材料与政策文件关联率达100%。\n(二)依申请公开。2025年共收到政府信息公开申请40件。',
  ),
  'street.txt': cut(
    '东坪街道办事处2025年政府信息公开工作年度报告',
    '(一)主动公开。全年主动公开政府信息120条。“西岭花乡”微信公众平台共发布830篇文章,稿件类型有图文类、视频类等。\n(二)依申请公开。2025年未收到政府信息公开申请。',
  ),
  'town.txt': cut(
    '石门县大桥镇人民政府2025年政府信息公开工作年度报告',
    '(一)主动公开。从公开渠道来看,县政府网站公开信息9条,石门融媒号等县级平台公开信息152条,通过公示栏公开信息60条。\n(二)依申请公开。2025年未收到政府信息公开申请。',
  ),
  'new.txt': cut(
    '南岭新区管理局2025年政府信息公开工作年度报告',
    '(一)主动公开。考虑到新区刚刚成立的实际情况,2025年9月以来,新区主动公开政府信息36条,其中政策文件2条。\n(二)依申请公开。2025年未收到政府信息公开申请。',
  ),
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('prose34 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp({ now: () => new Date('2026-06-01T10:00:00+08:00') });
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('搞过政务开放日吗 is answered by the open days held (2期), though the report states no guests', async () => {
    const [held, heldNo] = await converse(app, 'p34-open', [
      '南川市民政局2025年搞过政务开放日吗',
      '南川市民政局2025年开展过政务开放日活动没有',
    ]);
    expect(values(held)).toEqual([2]);
    expect(held.answer).toContain('2期');
    expect(values(heldNo)).toEqual([2]);
  });

  it('有没有公开议案提案办理结果 says 有 with the count a few words after the thing asked (41)', async () => {
    const [results] = await converse(app, 'p34-proposals', ['北河市2025年有没有公开议案提案办理结果']);
    expect(results.answer.startsWith('有')).toBe(true);
    expect(values(results)).toEqual([41]);
  });

  it('关联率？ asked by its noun alone is the rate printed (100%)', async () => {
    const [rate] = await converse(app, 'p34-rate', ['北河市2025年解读材料与政策文件关联率？']);
    expect(values(rate)).toEqual([100]);
  });

  it('an account named like an agency (西岭花乡) is the one report’s that quotes it', async () => {
    const [posts] = await converse(app, 'p34-account', ['2025年西岭花乡微信公众平台共发布多少篇文章？']);
    expect(values(posts)).toEqual([830]);
    expect(posts.answer).toContain('东坪街道办事处');
  });

  it('a 融媒号 named by its place (石门融媒号) is the one report’s that prints it', async () => {
    const [posts] = await converse(app, 'p34-media', ['2025年石门融媒号等县级平台公开信息多少条？']);
    expect(values(posts)).toEqual([152]);
  });

  it('9月以来 against a sentence counting from September is its figure (36); another month is still refused', async () => {
    const [since, other] = await converse(app, 'p34-since', [
      '南岭新区管理局2025年9月以来主动公开政府信息多少条？',
      '南岭新区管理局2025年12月主动公开政府信息多少条？',
    ]);
    expect(values(since)).toEqual([36]);
    expect(other.kind).toBe('refusal');
    expect(values(other)).toEqual([]);
  });
});
