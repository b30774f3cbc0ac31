/**
 * gaps73's classes (gap lines of the real-questions-*.jsonl sets), on made-up pages cut before their tables: 宣传栏公开了几次
 * against two places each counted under its own qualifier (在镇宣传栏…40余次; 在社区宣传栏…25余次) states both, never one of
 * them as the whole; 收费多少钱 or 行政事业性收费收了多少钱 after table 二's rows of one agency (处罚呢) is its 行政事业性收费 cell,
 * never the rules on the 信息处理费 of applying; 青禾县数据中心邮编 (a body no agency stored is, named by the contact clause of the
 * 青禾县人民政府 report: 请与青禾县政务数据中心联系(地址:…,邮编:…)) is that report's contact, never an unknown agency.
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
    '临河县石桥镇人民政府2024年政府信息公开工作年度报告',
    '(一)主动公开。2024年,我镇共主动公开政府信息180余条,通过政务微信发布工作动态45条,在镇政务宣传栏公开各类事项40余次;在社区宣传栏公开惠民政策25余次。\n(二)依申请公开。2024年未收到政府信息公开申请。',
  ),
  'bureau.txt': `东湖县市场监督管理局2024年政府信息公开工作年度报告
本报告所列数据统计期限为2024年1月1日至12月31日。
一、总体情况
2024年,本局共主动公开政府信息320条。
二、主动公开政府信息情况

第二十条  第(五)项

信息内容

本年处理决定数量

行政许可

1520

第二十条  第(六)项

信息内容

本年处理决定数量

行政处罚

64

行政强制

3

第二十条  第(八)项

信息内容

本年收费金额(单位:万元)

行政事业性收费

38.5

三、收到和处理政府信息公开申请情况

(本列数据的勾稽
`,
  'county.txt': `青禾县人民政府2024年政府信息公开工作年度报告
本报告所列数据统计期限为2024年1月1日至12月31日。如对本报告有任何疑问,请与青禾县政务数据中心联系(地址:青禾县新华路18号,电话:0573-8201234,邮编:314051)。
一、总体情况
(一)主动公开。2024年,通过县政府门户网站主动公开政府信息512条。
(二)依申请公开。2024年共收到政府信息公开申请12件。
(三)政府信息管理
严格落实“三审三校”制度,对
`,
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('gaps73 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('宣传栏公开了几次 against a 镇 and a 社区 宣传栏 states both counts, and 社区宣传栏 asked names one', async () => {
    const [both, one] = await converse(app, 'g73-board', ['石桥镇24年宣传栏公开了几次', '石桥镇24年社区宣传栏公开了几次']);
    expect(values(both).sort((a, b) => a - b)).toEqual([25, 40]);
    expect(both.answer).toContain('在镇政务宣传栏公开各类事项40余次');
    expect(both.answer).toContain('在社区宣传栏公开惠民政策25余次');
    expect(values(one)).toEqual([25]);
  });

  it('收费多少钱 and 行政事业性收费收了多少钱 after table 二 rows of one agency are its 行政事业性收费, not the fee rules', async () => {
    const [, , fee] = await converse(app, 'g73-fee', ['东湖县市场监管局24年行政许可多少件', '处罚呢', '收费多少钱']);
    expect(values(fee)).toEqual([38.5]);
    expect(fee.answer).toContain('万元');
    const [, taken] = await converse(app, 'g73-fee2', ['东湖县市场监管局2024年行政强制几件', '行政事业性收费收了多少钱']);
    expect(values(taken)).toEqual([38.5]);
  });

  it('青禾县数据中心邮编 and 青禾县政务数据中心在哪 are the contacts of the report whose contact clause names that body', async () => {
    const [post, address] = await converse(app, 'g73-body', ['青禾县数据中心邮编多少', '青禾县政务数据中心在哪']);
    expect(post.answer).toContain('314051');
    expect(post.answer).toContain('青禾县人民政府');
    const [where] = await converse(app, 'g73-body2', ['青禾县政务数据中心地址在哪']);
    expect(where.answer).toContain('新华路18号');
    expect(address.kind).not.toBe('clarify');
  });
});
