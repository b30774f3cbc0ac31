/**
 * qachat35's classes (citizen-questions-63), each on made-up pages cut after their first section, as search results store
 * them, so every figure is in the prose: 转结 is 结转 printed in the other order (另有4件申请转结下年度继续办理); 企业 / 公司
 * asked of applicants is answered by the 法人或其他组织 group's count, noted as the group's; 有人申请吗 on a page saying
 * 我局无依申请公开事项 (no verb of receiving) or 共收到和处理依申请公开0件 is 没有, also as a follow-up, where a clause of
 * reviews (无…行政复议、诉讼、申请案例) is no answer about applications; a count asked of one agency with a channel's word
 * (网站收到群众来信几封, 热线接了多少电话) is its report's figure, not the rules on where to apply; 没给公开的 / 不给公开的 is
 * 不予公开, never the 予以公开 count.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

/** A page cut in its first section: applications counted in prose only. */
const OFFICE = [
  '云岭市人民政府办公厅2024年政府信息公开工作年度报告',
  '一、总体情况',
  '（一）主动公开方面',
  '2024年，通过云岭市人民政府网站平台发布政府动态类信息700条，其中文件20条，政策解读9条。',
  '（二）依申请公开方面',
  '2024年，共受理政府信息公开申请60件，其中自然人申请51件，法人或其他组织申请9件。答复政府信息公开申请63件(含上年度转结申请7件,另有4件申请转结下年度继续办理)，均按规定在法定期内予以答复。所有答复件中,予以公开及部分公开的30件,占47.62%;不予公开的2件,占3.17%;因本机关不掌握等原因无法提供的31件,占49.21%。',
  '（三）政府信息管理方面',
  '在市政府网站规章库集中公开现行有效的规章，对',
].join('\n');

/** A bureau's cut page saying no one applied without a verb of receiving. */
const BUREAU = [
  '一、总体情况',
  '现将青石县文化旅游局2024年政府信息公开工作年度报告如下:',
  '(一)主动公开',
  '全年通过政府网站公开信息48条,包括部门工作动态类信息45条,财政类信息3条。全年通过政府网站接收群众来信5件,均在当日回复。办公热线接听 60 次来电,均妥善办结。',
  '(二)依申请公开',
  '2024年,我局无依申请公开事项,无针对本部门有关政府信息公开事务的行政复议、诉讼、申请案例。',
  '(三)政府信息管理',
  '严格实行审核程序。',
].join('\n');

/** A street's cut page counting its applications as 0. */
const STREET = [
  '2024年,在区政府的引领下,白塔街道办事处稳步推进政务公开工作,现将本年度工作情况报告如下:',
  '一、总体情况',
  '(一)主动公开。白塔街道组建了政务信息公开工作领导小组。',
  '(二)依申请公开。本年度共收到和处理依申请公开0件,无因政府信息公开工作被申请行政复议或提起行政诉讼的情况。',
  '(三)政府信息管理。2024年,白塔街道在政务公开工作的载体运用上',
].join('\n');

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('qachat35 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['office.txt', OFFICE],
      ['bureau.txt', BUREAU],
      ['street.txt', STREET],
    ]);
  });
  afterAll(() => app.dispose());

  it('转到下一年的 / 结转下年度 is read in a sentence printing 转结下年度 (4), never refused as a cut table (made up)', async () => {
    const [carried] = await converse(app, 'c35-carried', ['云岭市政府办公厅24年转到下一年的几件']);
    expect(values(carried)).toEqual([4]);
    const [formal] = await converse(app, 'c35-carried-formal', ['云岭市政府办公厅24年结转下年度几件']);
    expect(values(formal)).toEqual([4]);
  });

  it('企业申请了几件 / 那公司企业呢 is the 法人或其他组织 count (9), said to be the group’s (made up)', async () => {
    const [companies] = await converse(app, 'c35-companies', ['云岭市政府办公厅24年企业申请了几件']);
    expect(values(companies)).toEqual([9]);
    expect(companies.answer).toContain('合起来');
    const [, , follow] = await converse(app, 'c35-follow', ['云岭市政府办公厅24年收到几个申请', '个人申请的多少', '那公司企业呢']);
    expect(values(follow)).toEqual([9]);
  });

  it('有人申请吗 is 没有 from 我局无依申请公开事项 and from 依申请公开0件, alone and as a follow-up (made up)', async () => {
    const [bureau] = await converse(app, 'c35-bureau', ['青石县文化旅游局24年有人申请吗']);
    expect(bureau.kind).not.toBe('refusal');
    expect(bureau.answer).toContain('无依申请公开事项');
    const [, follow] = await converse(app, 'c35-bureau-follow', ['青石县文化旅游局24年网站发了多少条', '有人申请吗']);
    expect(follow.answer).toContain('无依申请公开事项');
    const [street] = await converse(app, 'c35-street', ['白塔街道24年有没有人申请公开']);
    expect(street.answer).toContain('没有');
    expect(values(street)).toEqual([0]);
  });

  it('网站收到群众来信几封 / 热线接了多少电话 with no year are the report’s counts (5, 60), not the rules (made up)', async () => {
    const [letters] = await converse(app, 'c35-letters', ['青石县文化旅游局网站收到群众来信几封']);
    expect(letters.kind).toBe('figure');
    expect(values(letters)).toEqual([5]);
    const [calls] = await converse(app, 'c35-calls', ['青石县文化旅游局热线接了多少电话']);
    expect(values(calls)).toEqual([60]);
    const [phone] = await converse(app, 'c35-phone', ['青石县文化旅游局电话多少']);
    expect(phone.facts).toEqual([]);
  });

  it('没给公开的有几个 / 不给公开的多少件 is 不予公开 (2), never 予以公开及部分公开 (30), and 给公开 is not that joint count either (made up)', async () => {
    const [refused] = await converse(app, 'c35-refused', ['云岭市政府办公厅24年没给公开的有几个']);
    expect(values(refused)).toEqual([2]);
    const [withheld] = await converse(app, 'c35-withheld', ['云岭市政府办公厅24年不给公开的多少件']);
    expect(values(withheld)).toEqual([2]);
    // 给公开 is 予以公开, a row the report never counts alone: its joint count (予以公开及部分公开30件) is quoted, not answered
    // as that row (wrongfig58).
    const [granted] = await converse(app, 'c35-granted', ['云岭市政府办公厅24年给公开了几件']);
    expect(granted.kind).toBe('refusal');
    expect(granted.answer).toContain('予以公开及部分公开');
  });
});
