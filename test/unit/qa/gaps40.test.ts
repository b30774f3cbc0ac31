/**
 * gaps40's classes (citizen-questions-63's gap lines), on made-up pages whose figures are in the prose: a bureau named by its
 * place with its kind written short right after (青石文旅24年), or with a spoken filler between place and kind (青石那个文化和
 * 旅游局); a place's own government named by the place without its level (白河政府网站); a count of what was done through a
 * contact's channel asked as a follow-up (热线接了多少电话); a thing named with 的 and nothing asked as a follow-up (上年转过
 * 来的); suggestions printed in 个 and asked in 条; a follow-up naming another agency with its own thing (那红岭县医保局收到几件
 * 申请) after an answer from a sentence (有没有被复议) is not read as the sentence's neighbour; a yes/no ending in 没有, a space,
 * then a count asked (办结了没有 办了几件) is two questions.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const BUREAU = [
  '青石县文化和旅游局2024年政府信息公开工作年度报告',
  '一、总体情况',
  '（一）主动公开',
  '2024年,通过局网站发布政府信息300条,其中,通知公告栏发布信息45条,双公示栏发布信息21条,政务公开栏发布信息30条。中央主要新闻媒体发布青石文旅新闻60条,其中央视发布12条。',
  '（二）依申请公开',
  '2024年共收到依申请公开件9件,上年度结转办理件2件,共办结8件,结转到2025年办理3件。',
  '（三）政府信息管理',
  '全年通过热线接听群众来电88个,均妥善办结。',
  '（四）平台建设',
  '严格实行审核程序。',
].join('\n');

const COUNTY = [
  '白河县2024年政府信息公开工作年度报告',
  '一、总体情况',
  '（一）主动公开',
  '2024年,借助白河县政府门户网站,全年累计发布信息5100条,其中概况类信息230条,政务动态信息2600条。开展意见征集调查6期,广泛收集意见建议9个,并及时公布调查结果6期。',
  '（二）依申请公开',
  '2024年度白河县共收到依申请公开政府信息17件,已办结17件。没有发生因政府信息公开工作被申请行政复议、提起行政诉讼的情况。',
  '（三）政府信息管理',
  '严格实行审核程序。',
].join('\n');

const INSURANCE = [
  '红岭县医疗保障局2024年政府信息公开工作年度报告',
  '一、总体情况',
  '（一）主动公开',
  '2024年通过局网站发布信息40条。',
  '（二）依申请公开',
  '2024年,红岭县医疗保障局共收到依申请公开信息4件,均在规定时间内依法依规进行了答复,未发生因依申请公开引发的行政复议或行政诉讼案件。',
  '（三）政府信息管理',
  '严格实行审核程序。',
].join('\n');

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('gaps40 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['bureau.txt', BUREAU],
      ['county.txt', COUNTY],
      ['insurance.txt', INSURANCE],
    ]);
  });
  afterAll(() => app.dispose());

  it('a place with its kind written short right after, then a year (青石文旅24年双公示), names the bureau (made up)', async () => {
    const answer = await app.ask('青石文旅24年双公示发了多少');
    expect(values(answer)).toContain(21);
  });

  it('a spoken filler between place and kind (青石那个文化和旅游局) still names the one bureau (made up)', async () => {
    const answer = await app.ask('嗯就是青石那个文化和旅游局啊24年央视上发了多少条新闻');
    expect(answer.kind).not.toBe('clarify');
    expect(values(answer)).toContain(12);
  });

  it('a place agency named by its place and 政府, no level (白河政府网站), is that agency, its 政府 no channel word (made up)', async () => {
    const answer = await app.ask('白河政府网站概况类信息多少');
    expect(values(answer)).toEqual([230]);
  });

  it('热线接了多少电话 as a follow-up is the report count of the agency asked before, not the rules on contacts (made up)', async () => {
    const [, hotline] = await converse(app, 'g40a', ['青石县文化和旅游局24年网站发了多少条', '热线接了多少电话']);
    expect(values(hotline)).toContain(88);
  });

  it('上年转过来的, a thing named with 的 and nothing asked, is counted like 上年转过来的呢 (made up)', async () => {
    const [, , carried] = await converse(app, 'g40b', ['青石县文化和旅游局24年收到几件申请', '办完了几件', '上年转过来的']);
    expect(values(carried)).toContain(2);
  });

  it('suggestions printed in 个 are asked in 条 (多少条意见建议 against 收集意见建议9个) (made up)', async () => {
    const answer = await app.ask('白河县收集到多少条意见建议');
    expect(values(answer)).toContain(9);
  });

  it('那X收到几件申请 right after a yes/no on reviews answered from a sentence asks X its own thing, not reviews (made up)', async () => {
    const [, switched] = await converse(app, 'g40c', ['白河县2024年有没有被复议', '那红岭县医保局收到几件申请']);
    expect(values(switched)).toContain(4);
  });

  it('a yes/no ending in 没有, a space, then a count asked (办结了没有 办了几件) is two questions, the first answered (made up)', async () => {
    const answer = await app.ask('白河县24年申请办结了没有 办了几件');
    expect(values(answer)).toContain(17);
  });
});
