/**
 * corpus45's classes (real-questions-corpus45 over reports-more51), on made-up pages cut before their tables: a free-trade
 * zone's area named after the national zone of its province (中国(浙江)自由贸易试验区舟山片区管理委员会) is found as its
 * people say it (舟山自贸区, 舟山自贸片区管委会), also before 政府信息公开办公室 (whose 政府 is the information's); and a count of
 * notices about subsidies (惠农补贴公示发了多少) asks the items published, where 补贴发了多少 alone asks money, which no count
 * answers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyAliases } from '../../../src/report/agency-names.js';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const cut = (title: string, body: string, contact = '') => `${title}
本报告所列数据统计期限为2023年1月1日至12月31日。${contact}
一、总体情况
${body}
(三)政府信息管理
严格落实“三审三校”制度,对
`;

const REPORTS: Record<string, string> = {
  'zone.txt': cut(
    '中国(浙江)自由贸易试验区舟山片区管理委员会2023年政府信息公开工作年度报告',
    '(一)主动公开。网站全年主动公开政府信息7条。管委会官方网站和微信公众号“舟山自贸”分别发布信息268条、431条。\n(二)依申请公开。全年受理依申请公开4件。',
    '如对本报告有疑问,请联系舟山片区管委会政府信息公开办公室,电话:0580-2280315。',
  ),
  'farm.txt': cut(
    '松阳县农业农村局2023年政府信息公开工作年度报告',
    '(一)主动公开。全年发布政务信息230条,其中惠农补贴公示信息45条,工作动态96条。\n(二)依申请公开。全年收到申请3件。',
  ),
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('corpus45 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('舟山自贸区 and 舟山自贸片区管委会 name 中国(浙江)自由贸易试验区舟山片区管理委员会', async () => {
    const [wechat] = await converse(app, 'c45-zone', ['舟山自贸区2023年微信公众号发了多少条']);
    expect(values(wechat)).toEqual([431]);
    const [received] = await converse(app, 'c45-zone2', ['舟山自贸片区管委会2023年受理几件依申请公开']);
    expect(values(received)).toEqual([4]);
  });

  it('舟山自贸区政府信息公开办公室电话 is the zone committee’s phone (政府 of 政府信息公开, no government of the zone)', async () => {
    const [phone] = await converse(app, 'c45-phone', ['舟山自贸区政府信息公开办公室电话']);
    expect(phone.answer).toContain('0580-2280315');
  });

  it('a bureau of the zone’s committee is not called by the bare zone (舟山自贸区 names the committee alone)', () => {
    const committee = agencyAliases('中国(浙江)自由贸易试验区舟山片区管理委员会');
    expect(committee).toEqual(expect.arrayContaining(['舟山自贸区', '舟山自贸片区', '舟山片区管委会', '舟山自贸区管委会']));
    const bureau = agencyAliases('中国(浙江)自由贸易试验区舟山片区管理委员会经济发展局');
    expect(bureau).toEqual(expect.arrayContaining(['舟山自贸区管理委员会经济发展局']));
    expect(bureau).not.toContain('舟山自贸区');
  });

  it('惠农补贴公示发了多少 is the 惠农补贴公示信息45条 printed; 惠农补贴发了多少 asks money and states no count', async () => {
    const [notices] = await converse(app, 'c45-notices', ['松阳县农业农村局2023年惠农补贴公示发了多少']);
    expect(values(notices)).toEqual([45]);
    const [money] = await converse(app, 'c45-money', ['松阳县农业农村局2023年惠农补贴发了多少']);
    expect(values(money)).not.toContain(45);
  });
});
