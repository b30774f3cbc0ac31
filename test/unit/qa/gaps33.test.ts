/**
 * gaps33's classes, each on made-up reports cut before their tables.
 * 1. 复议结果怎么样 where table 四 is cut and no sentence counts an outcome (发生行政复议1件,申请人已撤回): refused; the sentence
 *    naming the review and how it ended is now quoted, as the last resort after the sentence retrieval finds no count.
 * 2. 平均多久办完 after a count whose sentence states the average time of that thing (网络问政留言公开回复19条,平均办理时间2个工作日):
 *    answered with the rules' 20 working days for applications; the sentence's own average is now quoted.
 * 4. 那依申请公开呢 right after 主动公开多少条: read as the applications received, which a page printing 依申请公开信息21条 (in
 *    条, information by its openness) does not state as such; the follow-up now asks 依申请公开多少条 in the citizen's words.
 * 5. The year's information said with 公布 (向社会各界公布自然资源政府信息累计131条): no count of what was disclosed was read, so
 *    主动公开多少条 was refused; 公布 with 政府信息 (a field's word between) is now the year's whole, as 公开 is.
 * 6. 一共要办多少件 where table 三 is cut: read as its 总计, which the page lacks, so refused; the 总计 is the new applications and
 *    those carried in, which one sentence prints (新收到依申请公开政府信息78件,结转上年度办理3件): their sum, said so.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const HEAD = (name: string, year: number) => `${name}${year}年政府信息公开工作年度报告
本报告中所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。
一、总体情况
`;

describe('gaps33: prose facts of pages cut before their tables, asked in conversations', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'qingshan.txt',
        `${HEAD('青山县人民政府办公室', 2024)}(一)主动公开情况。2024年主动公开政府信息320条。
(二)依申请公开情况。2024年共受理依申请公开9件。发生行政复议1件,申请人已撤回;未发生行政诉讼。`,
      ],
      [
        'baishui.txt',
        `${HEAD('白水市医疗保障局', 2024)}(一)主动公开情况。2024年主动公开政府信息140条。
(二)依申请公开情况。畅通政府信息公开受理渠道,2024年,受理并办理依申请公开4件。
(三)政民互动。高度重视群众意见,网络问政留言公开回复19条,平均办理时间2个工作日。`,
      ],
      [
        'lanhe.txt',
        `${HEAD('蓝河区行政审批局', 2019)}今年我局主动公开政府信息410条。行政服务中心全年累计办件6500件,微信公众号发布信息23条,订阅6120个,方便群众随时了解大厅忙闲情况。`,
      ],
      [
        'songlin.txt',
        `${HEAD('松林县自然资源局', 2023)}(一)主动公开情况。2023年按规定主动公开信息122条,其中:工作动态10条、其他法定信息112条。
(二)依申请公开情况。2023年依申请公开信息21条,涉及自然人24人,其中:按规定予以公开信息3条,部分公开信息5条,无法提供信息13条。`,
      ],
      [
        'qingxi.txt',
        `${HEAD('青溪县自然资源局', 2024)}(一)主动公开情况。2024年,县自然资源局政府信息公开情况总体良好,公开率100%。向社会各界公布自然资源政府信息累计86条。
(二)依申请公开情况。2024年县自然资源局收到依申请公开3件,所有申请均已按时办结。`,
      ],
      [
        'dongpo.txt',
        `${HEAD('东坡区政府办公室', 2025)}(一)主动公开情况。2025年主动公开政府信息210条。
(二)依申请公开情况。新收到依申请公开政府信息40件,结转上年度办理6件。其中,答复依申请公开政府信息44件,均在法定期限内予以答复,结转下年度继续办理2件。`,
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('quotes the prose outcome of a review when table 四 is cut (复议结果怎么样)', async () => {
    const answers = await converse(app, 'a1', ['青山县政府办2024年收到多少信息公开申请', '被复议了几次', '复议结果怎么样']);
    expect(answers[2].kind).toBe('text');
    expect(answers[2].answer).toContain('申请人已撤回');
  });

  it('answers 平均多久办完 with the average its last sentence states, not the rules', async () => {
    const answers = await converse(app, 'a2', ['白水市医保局24年收到几件信息公开申请', '留言回复了多少条', '平均多久办完']);
    expect(answers[1].answer).toContain('19条');
    expect(answers[2].answer).toContain('2个工作日');
    expect(answers[2].answer).not.toContain('二十个工作日');
  });

  it('keeps the rules when the average asked is of applications and the sentence is of messages', async () => {
    const answers = await converse(app, 'a3', ['白水市医保局24年留言回复了多少条', '申请平均多久办完']);
    expect(answers[1].answer).not.toContain('2个工作日');
  });

  it('asks 依申请公开多少条 for 那依申请公开呢 right after 主动公开多少条', async () => {
    const answers = await converse(app, 'a5', ['松林县自然资源局主动公开多少条', '那依申请公开呢']);
    expect(answers[0].answer).toContain('122');
    expect(answers[1].answer).toContain('21条');
  });

  it("reads 公布…政府信息累计N条 as the year's disclosed whole (主动公开多少条)", async () => {
    const answers = await converse(app, 'a6', ['青溪县自然资源局收到多少件依申请', '不是这个 我要问主动公开的']);
    expect(answers[0].answer).toContain('3件');
    expect(answers[1].kind).toBe('figure');
    expect(answers[1].facts.map((fact) => fact.value)).toContain(86);
  });

  it('adds the new and carried-in applications one sentence prints for 一共要办多少件 on a cut page', async () => {
    const answers = await converse(app, 'a7', ['东坡区政府办25年新收到多少依申请', '这个办公室上年结转了几件', '一共要办多少件']);
    expect(answers[2].kind).toBe('figure');
    expect(answers[2].facts.map((fact) => fact.value)).toEqual([46]);
  });

  it('gives that sum asked alone (一共要办理多少件), not the carried-in count of the sentence', async () => {
    const answer = await app.ask('东坡区政府办25年一共要办理多少件', 'a9');
    expect(answer.facts.map((fact) => fact.value)).toEqual([46]);
  });

  it('does not pass that sum off as the applications finished (一共办结了多少件)', async () => {
    const answer = await app.ask('东坡区政府办25年一共办结了多少件申请', 'a8');
    expect(answer.facts.map((fact) => fact.value)).not.toContain(46);
  });
});
