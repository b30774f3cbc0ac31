/**
 * corpus57's classes (real-questions-corpus57 over reports-more63), on made-up pages: a district whose own name starts with
 * its city's level character (市中区, 市北区, 市南区) was split as the city and a kind 市中区教育局, so 市中区教育局 alone found
 * nothing and 某某市中区教育局 (the city's 市 and the district's first character written once, as citizens write it) found nothing
 * either.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const REPORTS: Record<string, string> = {
  'district.txt': `青禾市市中区教育局2023年政府信息公开工作年度报告
本报告所列数据统计期限自2023年1月1日起至2023年12月31日止。如对本报告有疑问,请与青禾市市中区教育局办公室联系(电话:0000-1234567)。
一、总体情况
(一)主动公开情况
2023年,市中区教育局通过区政府网站主动公开政府信息88条。
(二)依申请公开情况
2023年,我局未收到政府信息公开申请。
`,
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('corpus57 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('市中区教育局 alone finds the district’s bureau', async () => {
    const [answer] = await converse(app, 'c57-bare', ['市中区教育局2023年主动公开多少条']);
    expect(values(answer)).toEqual([88]);
  });

  it('青禾市中区教育局 (市 written once) finds it too', async () => {
    const [answer] = await converse(app, 'c57-shared', ['青禾市中区教育局2023年主动公开了多少条']);
    expect(values(answer)).toEqual([88]);
  });

  it('its full name still does', async () => {
    const [answer] = await converse(app, 'c57-full', ['青禾市市中区教育局2023年主动公开多少条']);
    expect(values(answer)).toEqual([88]);
  });
});
