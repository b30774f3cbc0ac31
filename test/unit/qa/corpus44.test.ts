/**
 * corpus44's class (real-questions-corpus44's first-run wrong figure), on a made-up page cut before its tables: a yes/no with a
 * count (是不是受理了2件申请) is checked against the total before 其中, not against an item of its breakdown (其中:受理当面申请0件)
 * the question did not name; a question naming the item (有没有受理当面申请) still gets the item.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const cut = (title: string, body: string) => `${title}
本报告所列数据统计期限为2022年1月1日至12月31日。
一、总体情况
${body}
(三)政府信息管理
严格落实“三审三校”制度,对
`;

const REPORTS: Record<string, string> = {
  'breakdown.txt': cut(
    '凤翔区柳林镇人民政府2022年政府信息公开工作年度报告',
    '(二)依申请公开情况。2022年,我镇共受理依申请公开事项5件,其中:受理当面申请0件,信函申请5件,均按时办结。',
  ),
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('corpus44 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('是不是受理了5件申请 is checked against the 5 before 其中, not the 当面申请0件 after it', async () => {
    const [checked, part] = await converse(app, 'c44-breakdown', ['柳林镇2022年是不是受理了5件申请', '柳林镇2022年有没有受理当面申请']);
    expect(values(checked)).toContain(5);
    expect(checked.answer).not.toMatch(/^没有/);
    expect(part.answer).toMatch(/^没有/);
  });
});
