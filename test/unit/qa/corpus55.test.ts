/**
 * corpus55's answer classes (real-questions-corpus55 over reports-more61), on made-up pages:
 * - 收到几件申请 against 受理政府信息公开申请64分别为予以公开30件 (the crawl lost the comma and the total's 件): 30 is the
 *   breakdown's 予以公开, never the count received (glued-breakdown.ts); the total with no measure word is not read.
 * - 予以公开多少件 where table 三 is cut and the prose states it: an outcome of applications, not a count of information
 *   published whose clause counts applications (it was refused as 页面不完整).
 * - 其他对外管理服务事项呢 after 行政许可处理了多少件 (a 2019 table 二): the column asked last, 处理决定数量, not the row's first
 *   column (column-carry.ts); 那…上一年项目数量呢 asks that column of the year remembered, not the year before.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const REPORTS: Record<string, string> = {
  'bureau.txt': `示例市南湖区林业局2023年政府信息公开工作年度报告
本报告所列数据统计期限为2023年1月1日至2023年12月31日。
一、总体情况
(一)主动公开。2023年,南湖区林业局在区政府网站发布信息212条。
(二)依申请公开。全年本局受理政府信息公开申请64分别为予以公开30件;不予公开5件;其他处理29件。
(三)政府信息管理。严格执行保密审查制度。
`,
  'market.txt': `示例县市场监督管理局2020年政府信息公开工作年度报告
一、总体情况
2020年,示例县市场监督管理局主动公开信息80条。
二、主动公开政府信息情况
第二十条第(一)项
信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量
规章 | 0 | 0 | 0
规范性文件 | 1 | 1 | 4
第二十条第(五)项
信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量
行政许可 | 12 | 3 | 4321
其他对外管理服务事项 | 40 | -2 | 987
第二十条第(六)项
信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量
行政处罚 | 9 | 0 | 56
行政强制 | 2 | 0 | 7
`,
};

describe('corpus55 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('收到几件申请 is not answered with the first count of the breakdown glued to the total', async () => {
    const [answer] = await converse(app, 'c55-received', ['南湖区林业局2023年收到几件政府信息公开申请']);
    expect(answer.answer).not.toMatch(/(?<!\d)30件/);
    expect(answer.facts.map((fact) => fact.value)).not.toContain(30);
  });

  it('予以公开多少件 is answered from the prose when table 三 is not on the page', async () => {
    const [answer] = await converse(app, 'c55-granted', ['南湖区林业局2023年予以公开多少件']);
    expect(answer.kind).toBe('figure');
    expect(answer.facts.map((fact) => fact.value)).toContain(30);
  });

  it('a sibling row of table 二 named alone keeps the column asked last', async () => {
    const [first, second] = await converse(app, 'c55-column', ['示例县市场监督管理局2020年行政许可处理了多少件', '其他对外管理服务事项呢']);
    expect(first.facts.map((fact) => fact.value)).toContain(4321);
    expect(second.facts.map((fact) => fact.value)).toEqual([987]);
  });

  it('…上一年项目数量呢 asks that column of the year remembered, not the year before', async () => {
    const [, second] = await converse(app, 'c55-previous', [
      '示例县市场监督管理局2020年行政处罚处理决定几件',
      '那行政强制上一年项目数量呢',
    ]);
    expect(second.kind).toBe('figure');
    expect(second.facts.map((fact) => fact.value)).toEqual([2]);
  });
});
