/**
 * gaps44's classes (citizen-questions-62/63/64's gap lines), on made-up pages whose figures are in the prose: 公开了几件 said
 * alone after a count of applications is how many were granted (予以公开), not another 公开 the page prints (选登公开); a
 * kind of information whose name holds 收费 (价格收费) asked as a follow-up of 主动公开 is that item's count, not a fee; a
 * page's summary before 一、总体情况 that states a fact (未收取信息处理费) is kept as the overview's first paragraph; 有没有人申请
 * against applications received counted in 条; 有公众号吗 where the report says the agency registered no 政务新媒体;
 * subscribers printed in 个 (订阅数9250个) are the followers asked; 那个申请办得咋样 is how applications were handled;
 * 办了多少件事 counts the 事项 handled.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preambleStatements } from '../../../src/report/parse.js';
import { classifyStatedNumber } from '../../../src/report/prose-figures.js';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const COMMISSION = [
  '青石县发展和改革委员会2023年政府信息公开工作年度报告',
  '一、总体情况',
  '2023年度,县发展改革委认真贯彻落实政府信息公开工作的决策部署,推动政府信息公开工作有序开展。',
  '(一)主动公开情况。一是通过门户网站、微信公众号等形式,公开重大项目、价格管理等多领域信息900余条。二是优化举措,拓宽交流通道,主任信箱办件64件,办结64件,选登公开19件;12345热线交办件40件,办结40件。',
  '(二)依申请公开情况。依法依规做好依申请公开答复。共受理答复依申请公开件26件(含2022年结转0件),办结26件,转结下年度继续办理0件。其中,予以公开9件、部分公开4件,无法提供11件、不予公开2',
].join('\n');

const PRICES = [
  '白河区发展和改革局2024年政府信息公开工作年度报告',
  '一、总体情况',
  '（一）主动公开',
  '2024年,主动公开政府信息公开目录和我局专题专栏共140条。其中目录中部门文件17条、工作动态61条,共发布78条;专题专栏包括价格收费37条、投资管理25条,共发布62条。',
  '（二）依申请公开',
  '2024年未收到依申请公开件。截至2024年12月31日,我局未开通政务新媒体。',
  '（三）政府信息管理',
  '严格实行审核程序。',
].join('\n');

const STATISTICS = [
  '红岭县统计局2025年政府信息公开工作年度报告',
  '',
  '2025年,红岭县统计局推进政府信息公开工作。文中公布了主动公开信息、申请处理等情况,2025年未收取信息处理费。',
  '',
  '一、总体情况',
  '（一）主动公开',
  '全年共出刊《红岭统计简报》14期,发表统计调研文章3篇。',
  '（二）依申请公开',
  '2025年共收到依申请公开件2件,均按时答复。',
  '（三）政府信息管理',
  '严格实行审核程序。',
].join('\n');

const TOWN = [
  '青石县白沙街道办事处2021年政府信息公开工作年度报告',
  '一、总体情况',
  '(一)主动公开情况',
  '我街全年主动公开政府信息120条,其中:行政执法类信息40条、政务动态类信息80条。',
  '(二)依申请公开情况',
  '“白沙发布”微信公众号全年共发布信息88条,订阅数3120个,较去年同期增长5%。',
  '我街全年共收到依申请公开信息2条,该信息是公民以信函申请的方式,经核实属于不存在信息,已告知申请人。',
].join('\n');

const SERVICE = [
  '青石县政务服务管理办公室2024年政府信息公开工作年度报告',
  '一、总体情况',
  '(一)主动公开',
  '全年政务服务中心接受咨询12840人次,受理办理各类政务服务事项23415件次。',
  '(二)依申请公开',
  '2024年未收到政府信息公开申请。',
].join('\n');

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('gaps44 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['commission.txt', COMMISSION],
      ['prices.txt', PRICES],
      ['statistics.txt', STATISTICS],
      ['town.txt', TOWN],
      ['service.txt', SERVICE],
    ]);
  });
  afterAll(() => app.dispose());

  it('公开了几件 after a count of applications is the granted ones (予以公开), not the mailbox’s 选登公开', async () => {
    const [received, granted, partly] = await converse(app, 'g44a', ['青石县发改委2023年受理了几件申请', '公开了几件', '那部分公开呢']);
    expect(values(received)).toContain(26);
    expect(values(granted)).toEqual([9]);
    expect(granted.answer).not.toContain('19');
    expect(values(partly)).toEqual([4]);
  });

  it('价格收费的呢 after 主动公开 counts the item 价格收费, not a fee', async () => {
    const [total, prices, files] = await converse(app, 'g44c', ['白河区发改局2024年主动公开了多少条', '价格收费的呢', '部门文件几条']);
    expect(values(total)).toContain(140);
    expect(prices.kind).toBe('figure');
    expect(values(prices)).toEqual([37]);
    expect(values(files)).toEqual([17]);
  });

  it('有没有人申请 against 共收到依申请公开信息2条 (applications counted in 条) is answered with that count', async () => {
    const [, asked] = await converse(app, 'g44e', ['青石县白沙街道2021年主动公开了几条', '有没有人申请']);
    expect(asked.kind).not.toBe('refusal');
    expect(values(asked)).toEqual([2]);
  });

  it('有公众号吗 where the report says no 政务新媒体 was opened is no, quoted; a page naming its 公众号 is not', async () => {
    const [, none] = await converse(app, 'g44f', ['白河区发改局2024年部门文件几条', '有公众号吗']);
    expect(none.kind).toBe('text');
    expect(none.answer).toMatch(/^没有/);
    expect(none.answer).toContain('未开通政务新媒体');
    const [named] = await converse(app, 'g44g', ['青石县发改委有公众号吗']);
    expect(named.answer).not.toMatch(/^没有/);
  });

  it('有多少人关注 reads subscribers printed in 个 (订阅数3120个); a count of other things in 个 after 关注 is not theirs', async () => {
    const [, posts, followers] = await converse(app, 'g44h', ['青石县白沙街道2021年主动公开了几条', '公众号呢', '有多少人关注']);
    expect(values(posts)).toContain(88);
    expect(values(followers)).toEqual([3120]);
    expect(classifyStatedNumber({ label: '回应社会关注热点问题', unit: '个', channels: [] }).key).not.toBe('followers');
    expect(classifyStatedNumber({ label: '订阅数', unit: '个', channels: [] }).key).toBe('followers');
  });

  it('那个申请办得咋样 asks how the applications were handled, answered from the sentence that says it', async () => {
    const [ended] = await converse(app, 'g44i', ['青石县白沙街道21年那个申请办得咋样']);
    expect(ended.kind).not.toBe('refusal');
    expect(ended.answer).toContain('告知申请人');
  });

  it('办了多少件事 after another count asks the matters handled (事项), not 事 dropped as a filler', async () => {
    const [asked, done] = await converse(app, 'g44j', ['青石县政务服务办24年咨询的有多少人次', '办了多少件事']);
    expect(values(asked)).toEqual([12840]);
    expect(values(done)).toEqual([23415]);
  });

  it('a summary before 一、总体情况 stating a fact is kept and answers', async () => {
    const [, fee] = await converse(app, 'g44d', ['红岭县统计局简报出了几期', '收信息处理费了没']);
    expect(fee.kind).not.toBe('refusal');
    expect(fee.answer).toContain('未收取');
  });

  it('the report’s own frame and page chrome before 一、 are no statements', () => {
    expect(
      preambleStatements([
        '青石县民政局2024年政府信息公开工作年度报告',
        '发布时间：2025-01-20 来源：县民政局 浏览次数：1234',
        '本报告根据《中华人民共和国政府信息公开条例》编制,全文包括总体情况等六个部分。',
        '本报告所列数据的统计期限自2024年1月1日起至2024年12月31日止。如对本报告有疑问,请与县民政局联系(电话:0000-1234567)。',
        '2024年,我局以习近平新时代中国特色社会主义思想为指导,扎实推进政务公开各项工作。',
      ]),
    ).toBe('');
    expect(preambleStatements(['通过美篇、微信等其他方式公开信息共268条,全年未收到依申请公开件。'])).toBe(
      '通过美篇、微信等其他方式公开信息共268条,全年未收到依申请公开件。',
    );
  });
});
