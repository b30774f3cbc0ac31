/**
 * qachat41's classes (citizen-questions-71), on made-up pages cut before their tables: 公众号发了多少 (posting asked with no
 * measure word) is never answered with a rate printed in the same sentence (粉丝…同比增长8.5%), but with the posts counted there;
 * 转下一年度继续办理N件 (转 alone before the next year) on a page cut before table 三 is the count carried on.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const REPORTS: Record<string, string> = {
  'health.txt': `东川市医疗保障局2024年政府信息公开工作年度报告
本报告所列数据统计期限为2024年1月1日至12月31日。
一、总体情况
(一)信息主动公开方面
全年,在官方网站主动公开政府信息120条。“东川医保”微信公众号粉丝用户8.2万余人,同比增长8.5%,粉丝活跃度达30%以上,全年共发布信息436篇,总阅读数52.3万。
(二)政府信息管理
严格落实“三审三校”制度,对
`,
  'county.txt': `北岭县人民政府2025年度政府信息公开工作报告
本报告所列数据统计期限为2025年1月1日至12月31日。
一、总体情况
(二)依申请公开情况
全年累计受理政府信息公开申请21件;完成答复19件,转下一年度继续办理2件。
政府信息公开行
`,
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('qachat41 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('公众号发了多少 is the 436 posts, never the followers’ 同比增长8.5%', async () => {
    for (const question of ['东川医保局公众号发了多少', '东川医保局公众号推了多少']) {
      const answer = await app.ask(question);
      expect(values(answer)).not.toContain(8.5);
      expect(values(answer)).toContain(436);
    }
  });

  it('a change asked still takes the rate (粉丝同比增长了多少)', async () => {
    const answer = await app.ask('东川医保局公众号粉丝同比增长了多少');
    expect(values(answer)).toContain(8.5);
  });

  it('转下一年度继续办理2件 on a cut page answers what is still being handled', async () => {
    for (const question of ['北岭县去年还有没办完的申请吗', '北岭县25年结转到下一年的有几件']) {
      const answer = await app.ask(question);
      expect(values(answer)).toEqual([2]);
    }
  });
});
