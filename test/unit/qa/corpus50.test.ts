/**
 * corpus50's classes (real-questions-corpus50 over reports-more56), on made-up pages:
 * - an autonomous county written without its peoples (关岭自治县, as its own pages print it): asked by its place's short form
 *   and an agency's short kind (紫云卫健局 for 紫云自治县卫生健康局), it was no alias (the short region was 紫云自治), so the
 *   question was refused as naming an agency not held.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyAliases } from '../../../src/report/agency-names.js';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const REPORTS: Record<string, string> = {
  'health.txt': `紫云自治县卫生健康局2023年政府信息公开工作年度报告
本报告中所列数据统计期限自2023年1月1日起至2023年12月31日止。如对本报告有疑问,请与紫云自治县卫生健康局办公室联系(电话:0851-36100000)。
一、总体情况
(一)主动公开情况。2023年,我局主动公开政府信息137条。
(二)依申请公开情况。2023年,我局收到政府信息公开申请2件。
`,
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('corpus50 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('an autonomous county written without its peoples is known by its place alone and with 县', () => {
    const aliases = agencyAliases('紫云自治县卫生健康局');
    expect(aliases).toContain('紫云卫健局');
    expect(aliases).toContain('紫云县卫健局');
  });

  it('紫云卫健局 asks of 紫云自治县卫生健康局', async () => {
    const [answer] = await converse(app, 'c50-autonomous', ['紫云卫健局2023年主动公开了多少条政府信息']);
    expect(answer.kind).toBe('figure');
    expect(values(answer)).toEqual([137]);
  });
});
