/**
 * ident27: agencies named in citizens' own words. A higher place written before a lower one inside it (广州天河区政府办,
 * 江苏省苏州市吴中区木渎镇) only says where the lower one is; a higher place before a lower one that is not stored (成都武侯区政府)
 * names nothing stored, never the higher place's one bureau; a place's short form with another level (长沙市 with only 长沙县
 * stored) is another place; old and everyday names of kinds (国土局, 教委, a city bureau's district branch as the district's 环保局);
 * a pronoun of the remembered agency's place before a kind (他们那边民政局呢); a town's own name without 镇 after its district
 * (鄞州姜山); 他们的年报是哪年的. Made-up reports, made-up figures.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const page = (title: string, received: number, year = 2025) =>
  [
    title,
    `本报告所列统计期限为${year}年1月1日至${year}年12月31日。`,
    '一、总体情况',
    '(一)主动公开情况',
    `${year}年,主动公开政府信息300条。`,
    '(二)依申请公开情况',
    `${year}年共收到政府信息公开申请${received}件,均已按时答复。`,
  ].join('\n');

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('ident27: agencies named in citizens own words', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['tianhe.txt', page('天河区人民政府办公室2025年政府信息公开工作年度报告', 64)],
      ['gz-ybj.txt', page('广州市医疗保障局2025年政府信息公开工作年度报告', 17)],
      ['gz-tyj.txt', page('广州市体育局2025年政府信息公开工作年度报告', 9)],
      ['mudu.txt', page('苏州市吴中区木渎镇人民政府2025年政府信息公开工作年度报告', 23)],
      ['js-jyt.txt', page('江苏省教育厅2025年政府信息公开工作年度报告', 141)],
      ['js-slt.txt', page('江苏省水利厅2025年政府信息公开工作年度报告', 38)],
      ['cd-tcj.txt', page('成都市投资促进局2025年政府信息公开工作年度报告', 4)],
      ['changsha.txt', page('长沙县人民政府2025年政府信息公开工作年度报告', 57)],
      ['zrzy.txt', page('铁岭县自然资源局2025年政府信息公开工作年度报告', 12)],
      ['jw.txt', page('石柱县教育委员会2025年政府信息公开工作年度报告', 3)],
      ['longgang.txt', page('深圳市生态环境局龙岗分局2025年政府信息公开工作年度报告', 46)],
      ['pt-tjj.txt', page('莆田市统计局2025年政府信息公开工作年度报告', 8)],
      ['pt-mzj.txt', page('莆田市民政局2025年政府信息公开工作年度报告', 11)],
      ['xm-mzj.txt', page('厦门市民政局2025年政府信息公开工作年度报告', 29)],
      ['jiangshan.txt', page('宁波市鄞州区姜山镇人民政府2025年政府信息公开工作年度报告', 15)],
      ['gulou.txt', page('宁波市海曙区石碶街道办事处2025年政府信息公开工作年度报告', 6)],
    ]);
  });
  afterAll(() => app.dispose());

  it('广州天河区政府办: the district office, 广州 only saying where it is (not asked which of 广州 two bureaus)', async () => {
    const answer = await app.ask('广州天河区政府办2025年收到多少申请');
    expect(values(answer)).toEqual([64]);
    expect(answer.answer).toContain('天河区人民政府办公室');
  });

  it('江苏省苏州市吴中区木渎镇: the town, the province and city before it only where it is', async () => {
    const answer = await app.ask('江苏省苏州市吴中区木渎镇2025年收到几件申请');
    expect(values(answer)).toEqual([23]);
    expect(answer.answer).toContain('木渎镇');
  });

  it('成都武侯区政府: a district of 成都 that is not stored, never 成都市投资促进局', async () => {
    const answer = await app.ask('成都武侯区政府2025年收到多少申请');
    expect(values(answer)).toEqual([]);
    expect(answer.answer).not.toContain('投资促进局');
  });

  it('长沙市政府 with only 长沙县 stored: another place, no figure; 长沙县政府 is the county', async () => {
    const city = await app.ask('长沙市政府2025年收到多少申请');
    expect(values(city)).toEqual([]);
    expect(city.answer).not.toContain('57');
    expect(values(await app.ask('长沙县政府2025年收到多少申请'))).toEqual([57]);
  });

  it('铁岭县国土局 is its 自然资源局; 石柱教委 its 教育委员会', async () => {
    expect(values(await app.ask('铁岭县国土局2025年收到几件申请'))).toEqual([12]);
    expect(values(await app.ask('石柱教委2025年受理了几件申请'))).toEqual([3]);
  });

  it('深圳龙岗区环保局: the city bureau branch in the district, by the district and the old kind name', async () => {
    const answer = await app.ask('深圳龙岗区环保局2025年收到多少申请');
    expect(values(answer)).toEqual([46]);
    expect(answer.answer).toContain('深圳市生态环境局龙岗分局');
  });

  it('他们那边民政局呢 after 莆田市统计局: the 民政局 of 莆田, not asked which of two', async () => {
    const answers = await converse(app, 'ident27-pronoun', ['莆田统计局2025年收到多少申请', '他们那边民政局呢']);
    expect(values(answers[0])).toEqual([8]);
    expect(values(answers[1])).toEqual([11]);
    expect(answers[1].answer).toContain('莆田市民政局');
  });

  it('那鄞州姜山呢: the district short name and the town without 镇, after another agency asked', async () => {
    const answers = await converse(app, 'ident27-town', ['天河区政府办2025年收到多少申请', '那鄞州姜山呢']);
    expect(values(answers[1])).toEqual([15]);
    expect(answers[1].answer).toContain('姜山镇');
  });

  it('他们的年报是哪年的: the remembered agency reports, with their year', async () => {
    const answers = await converse(app, 'ident27-reports', ['莆田民政局2025年收到多少申请', '他们的年报是哪年的']);
    expect(answers[1].answer).toContain('2025');
    expect(answers[1].answer).toContain('莆田市民政局');
  });
});
