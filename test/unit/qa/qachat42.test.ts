/**
 * qachat42's classes (citizen-questions-73), each on made-up pages cut before their tables: a way of applying asked in other
 * words (网上 for 网络, 写信 or 信函 for 邮寄) names its own item of a list of channels with no total, never their sum; a channel
 * alone (写信寄过去的有多少) after any answer that counted applications (撤回的呢 after 有没有人申请) is that channel's count,
 * not how to apply by post; 向街镇提的 is the 向各街镇提出的 printed; 那X呢 after another thing's count in one sentence
 * (组织7期“在线访谈”和12场“新闻发布会”) is the count printed right before X in its own measure word, not the last one's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const cut = (title: string, body: string) => `${title}
本报告所列数据统计期限为2024年1月1日至12月31日。
一、总体情况
${body}
(三)政府信息管理
严格落实“三审三校”制度,对
`;

const REPORTS: Record<string, string> = {
  'town.txt': cut(
    '东岭镇人民政府2024年政府信息公开工作年度报告',
    '(一)主动公开\n2024年,我镇主动公开政府信息共200余条。\n(二)依申请公开\n2024年,我镇依申请公开政府信息共收到20件,其中15件已办结,主动撤回2件。按申请方式分:当面申请3件,通过网络提交申请5件,邮寄申请12件。',
  ),
  'district.txt': cut(
    '西岭区人民政府2024年政府信息公开工作年度报告',
    '(一)主动公开政府信息情况。通过区政府门户网站主动公开政府信息900条。\n(二)依申请公开工作情况。2024年,全区共收到信息公开申请50件,其中向区政府及各部门提出的信息公开申请共30件,向各街镇提出的信息公开申请共20件。',
  ),
  'city.txt': cut(
    '南山市2024年政府信息公开工作年度报告',
    '(一)政府信息主动公开情况。全年南山市政府网站共发布新闻信息3000条。同时,围绕重大政策和举措,精心组织7期“在线访谈”和12场“新闻发布会”,有效提升政策知晓率。\n(二)依申请公开办理情况。全年共办理依申请40件。',
  ),
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('qachat42 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('网上申请 is the 通过网络提交申请5件 printed, never the three channels summed', async () => {
    const answer = await app.ask('东岭镇2024年网上申请的有几件');
    expect(values(answer)).toEqual([5]);
    expect(answer.answer).not.toContain('计算所得');
  });

  it('写信申请 and 信函申请 are the 邮寄申请12件 printed', async () => {
    expect(values(await app.ask('东岭镇2024年写信申请的有多少'))).toEqual([12]);
    expect(values(await app.ask('东岭镇2024年信函申请的有几件'))).toEqual([12]);
  });

  it('写信寄过去的有多少 after 撤回的呢 of an applications conversation is the post count, not how to apply', async () => {
    const [, , post, online] = await converse(app, 'qc42-post', [
      '东岭镇2024年有没有人申请公开',
      '撤回的呢',
      '写信寄过去的有多少',
      '网上申请的呢',
    ]);
    expect(post.kind).toBe('figure');
    expect(values(post)).toEqual([12]);
    expect(values(online)).toEqual([5]);
  });

  it('向街镇提的有多少 is the 向各街镇提出的 applications', async () => {
    const [, towns] = await converse(app, 'qc42-towns', ['西岭区2024年收到几个申请', '向街镇提的有多少']);
    expect(values(towns)).toEqual([20]);
  });

  it('在线访谈呢 after 开了几场发布会 is the 7期 printed before it, not the 12场', async () => {
    const [meetings, talks] = await converse(app, 'qc42-talks', ['南山市2024年开了几场发布会', '在线访谈呢']);
    expect(values(meetings)).toEqual([12]);
    expect(values(talks)).toEqual([7]);
    expect(talks.answer).toContain('7期');
  });
});
