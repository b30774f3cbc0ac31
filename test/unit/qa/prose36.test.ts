/**
 * prose36's classes, on made-up pages cut before their tables: a 和 inside a name said whole (和平区, 共和新路街道) is no
 * joiner of two agencies; 多少封 (letters) is a count asked of the agency the conversation is about, though a word of complaints
 * (投诉) stands before it; a platform named bare after another channel's count shares its verb (…公众号930篇,政务微博410篇),
 * and 微博发了多少条 is answered by it in 篇; a 微博 asked where only other channels are counted gets none of their figures.
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
  'city.txt': cut(
    '北岭市教育局2025年政府信息公开工作年度报告',
    '(一)主动公开。全年共发布信息900条。\n(二)依申请公开。2025年共收到政府信息公开申请9件。',
  ),
  'district.txt': cut(
    '北岭市和平区教育局2025年政府信息公开工作年度报告',
    '(一)主动公开。全年共发布信息120条。\n(二)依申请公开。2025年共收到政府信息公开申请3件。',
  ),
  'county.txt': cut(
    '南岭县2025年政府信息公开工作年度报告',
    '(一)主动公开。全年共发布信息2300条,开展意见征集8次,区长信箱、投诉咨询共收到来信23封。\n(二)依申请公开。2025年共收到政府信息公开申请4件。',
  ),
  'ocean.txt': cut(
    '北岭市海事局2025年政府信息公开工作年度报告',
    '(一)主动公开。2025年,通过门户网站发布政府信息1800条。发布“北岭海事”政务微信公众号930篇,政务微博410篇。\n(二)依申请公开。2025年共收到政府信息公开申请1件。',
  ),
  'zone.txt': cut(
    '北岭高新区管委会2025年政府信息公开工作年度报告',
    '(一)主动公开。通过门户网站公开信息500条,通过微信公众号发布信息260条。\n(二)依申请公开。2025年未收到政府信息公开申请。',
  ),
  'street1.txt': cut(
    '上海市虹口区人民政府宁和东路街道办事处2025年政府信息公开工作年度报告',
    '(一)主动公开。通过微信公众号等线上平台,全年共发布信息640条。\n(二)依申请公开。2025年共收到政府信息公开申请5件。',
  ),
  'street2.txt': cut(
    '上海市虹口区人民政府白塔街道办事处2025年政府信息公开工作年度报告',
    '(一)主动公开。全年共发布信息310条。\n(二)依申请公开。2025年共收到政府信息公开申请2件。',
  ),
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('prose36 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp({ now: () => new Date('2026-06-01T10:00:00+08:00') });
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('多少封 after a word of complaints, in a conversation about one agency, counts the letters its report states, no remedy', async () => {
    const [, letters] = await converse(app, 'letters', ['南岭县2025年开展了几次意见征集', '区长信箱和投诉咨询一共收到多少封信']);
    expect(letters.kind, letters.answer).toBe('figure');
    expect(values(letters)).toEqual([23]);
  });

  it('a platform named bare after another channel’s count (…公众号930篇,政务微博410篇) is that platform’s count, asked in 条', async () => {
    const answer = await app.ask('北岭市海事局2025年微博发了多少条');
    expect(answer.kind, answer.answer).toBe('figure');
    expect(values(answer)).toEqual([410]);
  });

  it('微博 asked of two agencies, one of which names no 微博: no other channel’s figure is given as its', async () => {
    const answer = await app.ask('北岭高新区和北岭市海事局微博各发了多少条');
    expect(values(answer)).not.toContain(500);
    expect(values(answer)).not.toContain(260);
    expect(answer.answer).not.toMatch(/500条|260条/);
  });

  it('a 和 inside a place’s name (和平区) is no joiner: the district’s bureau alone, not the city’s beside it', async () => {
    const answer = await app.ask('北岭市和平区教育局2025年收到多少件申请');
    expect(answer.kind, answer.answer).toBe('figure');
    expect(values(answer)).toEqual([3]);
    // Two agencies joined by 和 are still both asked.
    const both = await app.ask('北岭市和和平区教育局2025年收到多少件申请');
    expect(values(both).sort()).toEqual([3, 9]);
  });
});
