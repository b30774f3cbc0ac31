/**
 * wrongfig53's classes (wrong figures a probe found asking every hand-read report's cells and prose in citizens' words, with
 * names mistyped and follow-ups), on made-up reports: applications named by their outcome in a clause (公开了的申请几件,
 * 没公开的申请, and 那公开了的呢 / 那不公开的呢 said alone after a count of applications) are 予以公开 / 不予公开, never the
 * 新收 count the question's 申请 names or the count asked before again; an agency's name typed with one character slipped for
 * another of the same syllable (青兰县 for 青岚县, 澄疆市 for 澄江市) is written as the name before the question is read, so the
 * slip's words choose no other sentence and a bare name of another place (柳溪镇人民政府) is not answered; 那2024年呢 in reply
 * to a refusal that offered one agency (有年度报告的…：X（2023、2024年）) asks X of that year, never the year asked before.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';
import { gluedReportBody } from './glued-page.js';

const BODY = gluedReportBody({ province: '闽江省', county: '青岚县', bureau: '行政服务局', site: 'qinglan' });

const cut = (title: string, body: string) => `${title}
本报告所列数据统计期限为1月1日至12月31日。
一、总体情况
${body}
(四)平台建设
严格落实“三审三校”制度,对
`;

const REPORTS: Record<string, string> = {
  'service.txt': `青岚县行政服务局2023年政府信息公开工作年度报告\n${BODY}\n`,
  'culture.txt': cut(
    '澄江市青岚县文化和旅游局2024年政府信息公开工作年度报告',
    '(一)主动公开情况\n2024年,全县文旅系统主动公开政府信息230条,其中县政府网站发布动态信息64条。\n(二)依申请公开情况\n2024年,本局共收到政府信息公开申请11件,其中网上申请4件,信函申请7件。',
  ),
  'city.txt': cut(
    '白鹿城市人民政府2021年政府信息公开工作年度报告',
    '(一)主动公开情况\n2021年,全市主动公开政府信息2210条。\n(二)依申请公开情况\n2021年以来,全市受理依申请公开26件,全部为自然人提出申请。其中纸质申请公开23件,网上申请公开3件。',
  ),
  'town.txt': cut(
    '澄江市柳溪镇人民政府2024年政府信息公开工作年度报告',
    '(一)主动公开情况\n2024年,柳溪镇主动公开政府信息58条。\n(二)依申请公开情况\n2024年,本镇共收到政府信息公开申请3件。',
  ),
  'other-town.txt': cut(
    '柳溪镇人民政府2022年政府信息公开工作年度报告',
    '(一)主动公开情况\n2022年,柳溪镇主动公开政府信息17条。\n(二)依申请公开情况\n2022年,本镇未收到政府信息公开申请。',
  ),
  'nature-2023.txt': cut(
    '澄江市自然资源与生态环境局2023年政府信息公开工作年度报告',
    '(一)主动公开情况\n2023年,主动公开政府信息210条。\n(二)依申请公开情况\n2023年,共收到政府信息公开申请5件。',
  ),
  'nature-2024.txt': cut(
    '澄江市自然资源与生态环境局2024年政府信息公开工作年度报告',
    '(一)主动公开情况\n2024年,主动公开政府信息345条。\n(二)依申请公开情况\n2024年,共收到政府信息公开申请13件。',
  ),
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('wrongfig53 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('公开了的申请 / 公开的申请 are 予以公开, 没公开的 / 不公开的申请 不予公开, never the 新收 count', async () => {
    for (const question of ['公开了的申请几件', '公开的申请有多少'])
      expect(values(await app.ask(`青岚县行政服务局2023年${question}`)), question).toEqual([2]);
    for (const question of ['没公开的申请有几件', '不公开的申请几件', '没有给公开的申请几件']) {
      const answer = await app.ask(`青岚县行政服务局2023年${question}`);
      expect(values(answer), question).toContain(3);
      expect(values(answer), question).not.toContain(7);
    }
    // The rows named by their own words stay theirs.
    expect(values(await app.ask('青岚县行政服务局2023年部分公开的申请几件'))).toEqual([1]);
  });

  it('那公开了的呢 / 公开的呢 / 那不公开的呢 after a count of applications ask that outcome, not the count before again', async () => {
    for (const [follow, expected] of [
      ['那公开了的呢', 2],
      ['公开的呢', 2],
      ['那没公开的呢', 3],
      ['那不公开的呢', 3],
    ] as const) {
      const [received, outcome] = await converse(app, `w53-${follow}`, ['青岚县行政服务局2023年收到几件申请', follow]);
      expect(values(received)).toEqual([7]);
      expect(values(outcome), follow).toContain(expected);
      expect(values(outcome), follow).not.toContain(7);
    }
  });

  it('a name with one character slipped for one of its syllable is read as written right: its words pick no other sentence', async () => {
    for (const name of ['白路城市人民政府']) {
      const online = await app.ask(`${name}2021年网上申请几件`);
      expect(values(online), name).toEqual([3]);
      expect(online.answer, name).toContain('按白鹿城市人民政府理解');
    }
    const culture = await app.ask('青兰县文化和旅游局2024年网上申请几件');
    expect(values(culture)).toEqual([4]);
  });

  it('a higher place typed one syllable off names the agency it prints before the name, not a bare namesake', async () => {
    const answer = await app.ask('澄疆市柳溪镇人民政府2024年收到几件政府信息公开申请');
    expect(values(answer)).toEqual([3]);
    expect(answer.answer).toContain('按澄江市柳溪镇人民政府理解');
    // Another character, of another syllable, names another place: not mended.
    const other = await app.ask('澄海市柳溪镇人民政府2024年收到几件政府信息公开申请');
    expect(other.answer).not.toContain('按澄江市柳溪镇人民政府理解');
  });

  it('那2024年呢 in reply to a refusal offering one agency asks it of that year, not the year asked before', async () => {
    const [refused, next] = await converse(app, 'w53-year', ['青岚县自然资源与环保局2023年主动公开多少条', '那2024年呢']);
    expect(refused.kind, refused.answer).toBe('refusal');
    expect(refused.answer).toContain('澄江市自然资源与生态环境局（2023、2024年）');
    expect(values(next)).toEqual([345]);
  });
});
