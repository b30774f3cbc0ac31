/**
 * convmiss24's classes (citizen-questions-70), each on made-up pages cut before their tables: a site named after the
 * agency's place and trade (青川农业网呢, after its 微博's count) is no typo of 农业局, so the 微博's count is never said again;
 * 政府采购的呢 names no government to ask which of; 文昌的 in reply to 您问的是哪个水务局？ is the one option listed that the
 * place begins; 还有没办完的吗 on a page cut before table 三 is the 办理中N件 of the applications' sentence; 发了多少人事任免
 * asks no count of people (人 opening 人事); 国税 before a place and its branch is 国家税务总局.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const cut = (title: string, body: string) => `${title}
本报告所列数据统计期限为2024年1月1日至12月31日。
一、总体情况
${body}
(五)政府信息管理
严格落实“三审三校”制度,对
`;

const REPORTS: Record<string, string> = {
  'farm.txt': cut(
    '青川市农业局2024年政府信息公开工作年度报告',
    '(一)主动公开情况\n2024年在市政府信息公开平台主动公开信息31条;青川农业局门户网站公开信息17条,通过青川农业网主动公开信息2450条;通过微信公众号发布信息420条,通过新浪微博发布信息3900条。',
  ),
  'tax.txt': cut(
    '国家税务总局北岭市税务局第二税务分局2024年政府信息公开工作年度报告',
    '(一)主动公开\n2024年,分局主动公开政府信息52条,其中发布政府采购信息9条,发布名单共计30条。',
  ),
  'water-a.txt': cut('东桥市水务局2024年政府信息公开工作年度报告', '(一)主动公开\n全年主动公开政府信息140条,其中门户网站公开60条。'),
  'water-b.txt': cut('西岭县水务局2024年政府信息公开工作年度报告', '(一)主动公开\n全年主动公开政府信息88条。'),
  'gov-a.txt': cut('东桥市人民政府2024年政府信息公开工作年度报告', '(一)主动公开\n全年主动公开政府信息3000条。'),
  'gov-b.txt': cut('西岭县人民政府2024年政府信息公开工作年度报告', '(一)主动公开\n全年主动公开政府信息2100条。'),
  'justice.txt': cut(
    '南河区司法局2024年政府信息公开工作年度报告',
    '(二)主动公开情况\n全年主动公开政府信息900条,其中网站公开信息120条,人事任免信息13条。\n(三)依申请公开情况\n2024年度,我局共收到依申请公开申请9件,其中网络申请2件,信函申请7件;答复完毕7件,办理中2件。',
  ),
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('convmiss24 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('青川农业网呢 after the 微博 count never states the 微博’s 3900 again (农业网 is no typo of 农业局)', async () => {
    const [, weibo, site] = await converse(app, 'cm24-site', [
      '青川农业局24年在市政府信息公开平台公开了多少',
      '新浪微博呢',
      '青川农业网呢',
    ]);
    expect(values(weibo)).toEqual([3900]);
    expect(values(site)).not.toContain(3900);
  });

  it('政府采购的呢 after the branch’s count is its 政府采购 9, not 您问的是哪个政府', async () => {
    const [, bought] = await converse(app, 'cm24-buy', ['第二税务分局24年公开了多少信息', '政府采购的呢']);
    expect(bought.kind).not.toBe('clarify');
    expect(values(bought)).toEqual([9]);
  });

  it('东桥的 in reply to 您问的是哪个水务局？ names 东桥市水务局, and the conversation goes on with it', async () => {
    const [which, reply, site] = await converse(app, 'cm24-which', ['那个水务局24年主动公开了多少条', '东桥的', '门户网站上的呢']);
    expect(which.kind).toBe('clarify');
    expect(values(reply)).toContain(140);
    expect(values(reply)).not.toContain(88);
    expect(values(site)).toEqual([60]);
  });

  it('还有没办完的吗 on a page cut before table 三 is the 办理中2件 of the applications’ sentence', async () => {
    const [pending] = await converse(app, 'cm24-pending', ['南河区司法局24年还有没办完的吗']);
    expect(values(pending)).toEqual([2]);
    expect(pending.answer).toContain('办理中2件');
  });

  it('发了多少人事任免 asks the 人事任免信息13条, no count of people', async () => {
    const [posted] = await converse(app, 'cm24-staff', ['南河区司法局2024年发了多少人事任免']);
    expect(values(posted)).toEqual([13]);
  });

  it('国税北岭第二分局 is the 国家税务总局’s branch of that place', async () => {
    const [lists] = await converse(app, 'cm24-tax', ['国税北岭第二分局24年发布了几条名单']);
    expect(values(lists)).toEqual([30]);
  });
});
