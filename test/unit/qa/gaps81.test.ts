/**
 * gaps81's classes (the real-questions-* sets' gap lines), on made-up pages cut before their tables: 现在还有效的有几份 after
 * a count of documents repealed (还有效 read as 现行有效, segmented 现行|有效) is the 继续有效12件 / 有效存续 the sentence prints
 * in another word for documents still in force; 东平县图书馆地址在哪 (a library or an archive that is itself the agency
 * asked) is the address its report's contact clause prints, not the general rules on where published information is read;
 * 个旧市文化馆美术馆的公众号发了多少条, a body no agency stored is, is the account a stored report quotes by that name
 * (“个旧市文化馆”“个旧市美术馆”微信公众号), asked of that report's agency.
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
  'zone.txt': cut(
    '南湖高新技术产业开发区管委会办公室2025年政府信息公开工作年度报告',
    '(一)主动公开情况。2025年,全区主动公开政府信息310条。清理规范性文件,全年新制定规范性文件3件、宣布失效6件、继续有效12件,并在门户网站设置专栏。\n(二)依申请公开情况。2025年共收到政府信息公开申请5件。',
  ),
  'library.txt': `东平县图书馆2025年政府信息公开工作年度报告
本报告所列数据统计期限为2025年1月1日至12月31日,如对本报告有疑问,请与东平县图书馆办公室联系(地址:东平县文化路12号;联系电话:0538-1234567)。
一、总体情况
(一)主动公开。2025年主动公开政府信息45条。
(二)依申请公开。2025年未收到政府信息公开申请。
`,
  'culture.txt': cut(
    '个旧市文化和旅游局2025年政府信息公开工作年度报告',
    '(一)主动公开。2025年主动公开政府信息88条。“个旧市文化馆”“个旧市美术馆”微信公众号共发布信息56期,320条。\n(二)依申请公开。2025年共收到政府信息公开申请2件。',
  ),
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('gaps81 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('现在还有效的有几份 after a count of documents ended is the 继续有效 the sentence prints', async () => {
    const [ended, inForce] = await converse(app, 'g81-in-force', ['南湖高新区2025年宣布失效了几件规范性文件', '目前仍有效的有几件']);
    expect(values(ended)).toContain(6);
    expect(values(inForce)).toEqual([12]);
    expect(inForce.answer).toContain('继续有效12件');
  });

  it('现行有效的规范性文件几件, asked whole, is the same count', async () => {
    const [inForce] = await converse(app, 'g81-in-force-whole', ['南湖高新区2025年现行有效的规范性文件几件']);
    expect(values(inForce)).toEqual([12]);
  });

  it('东平县图书馆地址在哪里 is the library’s own address from its report, not where published information is read', async () => {
    const [where, whereShort] = await converse(app, 'g81-library', ['东平县图书馆地址在哪里', '东平图书馆在哪']);
    expect(where.answer).toContain('东平县文化路12号');
    expect(whereShort.answer).toContain('东平县文化路12号');
  });

  it('个旧市文化馆美术馆的公众号发了多少条 is the account the 文旅局 report quotes by those names', async () => {
    const [posted] = await converse(app, 'g81-quoted-account', ['个旧市文化馆美术馆的公众号2025年发了多少条']);
    expect(values(posted)).toEqual([320]);
    expect(posted.answer).toContain('个旧市文化和旅游局');
  });

  it('a body no report quotes as an account stays refused', async () => {
    const [posted] = await converse(app, 'g81-unquoted-account', ['个旧市图书馆公众号2025年发了多少条']);
    expect(posted.kind).toBe('refusal');
    expect(values(posted)).toEqual([]);
  });
});
