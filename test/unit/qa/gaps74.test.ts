/**
 * gaps74's classes (gap lines of the citizen-questions sets), on made-up pages cut before their tables: 有被申请复议的吗 (the
 * agency in the passive) against 其中N件申请进入行政复议程序 states that count as a figure, as 有人复议吗 does; a refused
 * 复议结果咋样 is a finished question, never a fragment read with the next message, so 有被撤销的吗 after it is refused for the
 * report (no outcome printed), not answered with the rules on how to appeal; 办信息公开收钱了吗 in a conversation about one
 * agency asks whether it took money (its report's 未收取任何费用), not what applying costs; 那个微博还在用吗 after the 微博's
 * followers is answered by the sentence that shuts the account, never 已不在用了 over the followers' sentence.
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
  'tax.txt': cut(
    '南溪市税务局2025年政府信息公开工作年度报告',
    '(一)主动公开。全年主动公开政府信息75条。\n(二)依申请公开。2025年共收到政府信息公开申请31件,其中4件申请进入行政复议程序,我局积极配合复议机关开展工作。',
  ),
  'water.txt': cut(
    '北岭县水利局2025年政府信息公开工作年度报告',
    '(一)主动公开。全年主动公开政府信息52条。\n(二)依申请公开。2025年共收到政府信息公开申请3件。2025年,县水利局未向申请人收取任何与政府信息公开有关的费用。',
  ),
  'court.txt': cut(
    '西河区司法局2025年政府信息公开工作年度报告',
    '(一)主动公开。全年主动公开政府信息40条。\n(二)依申请公开。2025年共收到政府信息公开申请2件。因政府信息公开工作被申请行政复议数量0件。',
  ),
  'farm.txt': cut(
    '东林县农业农村局2025年政府信息公开工作年度报告',
    '(一)主动公开。2025年,东林县农业农村局微信公众号累计关注量达830人,发布信息204条;东林县农业农村局微博累计关注量达97人,发布信息61条。经局党组会议研究决定,对“东林农业”微博官方账号进行关停注销。\n(二)依申请公开。2025年共收到政府信息公开申请3件。',
  ),
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('gaps74 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('有没有被申请复议的 states the 4件 that went into review as a figure', async () => {
    const [asked] = await converse(app, 'g74-review', ['南溪税务局有没有被申请复议的']);
    expect(asked.kind).toBe('figure');
    expect(values(asked)).toEqual([4]);
    expect(asked.answer).toMatch(/^有/);
  });

  it('有没有被申请复议过 against 0件 says 没有 with no figure, as before', async () => {
    const [asked] = await converse(app, 'g74-none', ['西河区司法局有没有被申请复议过']);
    expect(asked.answer).toMatch(/^没有/);
    expect(asked.facts).toEqual([]);
  });

  it('有被纠正的吗 after a refused 复议结果怎么样 is refused for the report, not the rules on appealing', async () => {
    const [count, outcome, corrected] = await converse(app, 'g74-outcome', ['南溪税务局复议了几件', '复议结果怎么样', '有被纠正的吗']);
    expect(values(count)).toEqual([4]);
    expect(outcome.kind).toBe('refusal');
    expect(corrected.kind).toBe('refusal');
    expect(corrected.answer).toContain('4件申请进入行政复议程序');
    expect(corrected.facts).toEqual([]);
  });

  it('做信息公开收钱了没 of the conversation’s agency is its report’s 未收取, not the fee rules', async () => {
    const [, fee] = await converse(app, 'g74-fee', ['北岭水利局25年主动公开了多少条', '做信息公开收钱了没']);
    expect(fee.kind).not.toBe('guide');
    expect(fee.answer).toContain('未向申请人收取任何');
  });

  it('那个微博现在还在用吗 after the 微博’s followers quotes the sentence on shutting it, not the followers’ count', async () => {
    const [, , followers, still] = await converse(app, 'g74-still', [
      '东林农业局公众号发了多少条',
      '微博呢',
      '微博有多少人关注',
      '那个微博现在还在用吗',
    ]);
    expect(values(followers)).toEqual([97]);
    expect(still.answer).toMatch(/^已不在用了/);
    expect(still.answer.split('\n')[0]).toContain('关停注销');
    expect(still.answer).not.toContain('97人');
  });
});

/** A made-up 镇's guide cut before its ways of applying: the office's contacts only. */
const SHIDU_ZHEN =
  '石渡镇信息公开指南\n\n为更好地提供政府信息公开服务,编制本指南。\n\n一、政府信息公开主管部门和工作机构\n\n北河县人民政府办公室负责推进、指导、协调、监督本镇政府信息公开工作。石渡镇人民政府党政办公室具体承办本机关的政府信息公开事宜。\n\n办公地址:北河县石渡镇新街8号。\n\n电话:0000-5551234\n\n传真:0000-5551235\n\n工作时间:法定工作日上午8:30-12:00、下午2:30-5:30\n\n二、主动公开\n\n(一)主动公开范围。遵循公正、公平、合法、便民原则,\n';

describe('gaps74: a way of applying with no field of its own, of a guide that lists no ways (made-up guide)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [['shidu-zhen.txt', SHIDU_ZHEN]]);
  });
  afterAll(() => app.dispose());

  it('能用微信申请吗 says the guide does not write it, before the contacts', async () => {
    const answer = await app.ask('石渡镇能用微信申请吗');
    expect(answer.kind).toBe('guide');
    expect(answer.answer).toContain('指南没有写明能否通过微信申请');
    expect(answer.answer).toContain('0000-5551234');
  });

  it('能传真申请吗 still gives the fax printed, with no such note', async () => {
    const answer = await app.ask('石渡镇可以传真申请吗');
    expect(answer.answer).toContain('0000-5551235');
    expect(answer.answer).not.toContain('没有写明能否');
  });
});
