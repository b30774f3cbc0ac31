/**
 * wrongfig49's classes (real-questions-wrongfig49's refusals and misreadings), on made-up pages cut before their tables:
 * 新制发的呢 after a count of documents only a sentence gives (制定发布规范性文件6件,…现行有效文件31件) is the 制定发布 count,
 * not refused for want of the word 制发; 电子邮件占多少 / 信函的占比多少 after a count of applications is the share the
 * sentence prints for that way of applying (电子邮件3件,占12.5%), never the rules on where to send an e-mail, nor a share of
 * the published total; 南沙县统计局统计公开有多少条 (the agency's stem said again before 公开, its name said whole) is the
 * 统计公开12条 printed, never the 86 of all published; 石湾县自然资源局网站公开信息数呢 (a count said as 信息数, no question
 * word) is the report's 网站公开150条, never the rules on finding a website; 你确定是N件吗 after a figure checks N against it (对 / 不是), never refused.
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
  'office.txt': cut(
    '青岚区人民政府办公室2025年政府信息公开工作年度报告',
    '(一)主动公开。区政府门户网站共发布信息5120条。共发布政策解读18篇,制定发布规范性文件6件,清理废止文件2件,现行有效文件31件。\n(二)依申请公开。2025年共受理依申请公开事项24件,通过信函申请15件,占62.5%;电子邮件3件,占12.5%;在线申请6件,占25%。办结23件。',
  ),
  'statistics.txt': cut(
    '南沙县统计局2025年政府信息公开工作年度报告',
    '(一)主动公开。全年主动公开政府信息86条,其中政策文件3条、统计公开12条、政务动态71条。\n(二)依申请公开。全年未收到政府信息公开申请。',
  ),
  'bureau.txt': cut(
    '石湾县自然资源局2025年政府信息公开工作年度报告',
    '(一)主动公开。全年主动公开政府信息240条,其中网站公开150条。\n(二)依申请公开。全年共收到政府信息公开申请40件,已答复38件。',
  ),
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('wrongfig49 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('新制发的呢 after 现行有效 only a sentence gives is its 制定发布 count, and 废止的呢 its 清理废止', async () => {
    const [kept, issued] = await converse(app, 'w49-issued', ['青岚区政府办2025年现行有效的规范性文件几件', '今年新制发的呢']);
    expect(values(kept)).toEqual([31]);
    expect(issued.kind).toBe('figure');
    expect(values(issued)).toEqual([6]);
    expect(issued.answer).toContain('制定发布规范性文件6件');
    const [, ended] = await converse(app, 'w49-ended', ['青岚区政府办2025年现行有效的规范性文件几件', '废止的呢']);
    expect(values(ended)).toEqual([2]);
  });

  it('电子邮件占多少 after a count of applications is the sentence’s share for e-mail, never the e-mail rules', async () => {
    const [received, mailed] = await converse(app, 'w49-share', ['青岚区政府办2025年受理依申请公开多少件', '电子邮件占多少']);
    expect(values(received)).toEqual([24]);
    expect(mailed.kind).not.toBe('guide');
    expect(mailed.answer).toContain('12.5%');
    expect(mailed.answer).not.toContain('5120');
    const [, letters] = await converse(app, 'w49-share-letters', ['青岚区政府办2025年受理依申请公开多少件', '信函的占比多少']);
    expect(letters.answer).toContain('62.5%');
  });

  it('你确定是N件吗 checks N against the last figure', async () => {
    const [, sure, wrong] = await converse(app, 'w49-sure', ['石湾县自然资源局2025年已答复多少件', '你确定是38件吗', '您肯定是40件吗']);
    expect(sure.kind).toBe('figure');
    expect(sure.answer).toMatch(/^对，是38件/);
    expect(wrong.answer).toMatch(/^不是40件。.*38件/);
  });

  it('统计局统计公开有多少条 is the 统计公开 item, not the total published', async () => {
    const [item] = await converse(app, 'w49-stem', ['南沙县统计局统计公开有多少条']);
    expect(values(item)).toEqual([12]);
    const [all] = await converse(app, 'w49-stem-all', ['南沙县统计局公开有多少条']);
    expect(values(all)).toEqual([86]);
  });

  it('网站公开信息数呢 (a count said as 信息数) is the report’s figure, not the website rules', async () => {
    const [, site] = await converse(app, 'w49-count-noun', ['南沙县统计局统计公开有多少条', '石湾县自然资源局网站公开信息数呢']);
    expect(site.kind).toBe('figure');
    expect(values(site)).toEqual([150]);
    const [alone] = await converse(app, 'w49-count-noun-alone', ['石湾县自然资源局网站公开信息数']);
    expect(values(alone)).toEqual([150]);
  });
});
