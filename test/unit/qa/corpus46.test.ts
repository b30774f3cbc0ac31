/**
 * corpus46's class (real-questions-corpus46 over reports-more52), on a made-up page cut before its tables: a street office
 * named by its own place without 街道 and run as one with its zone (丹阳市河西办事处(河西园区)) is found as its people say it,
 * without the city (河西办事处, 河西办), and by its zone (丹阳河西园区), as a 街道 is by its own name; an office 驻 another place
 * (驻上海办事处) is never called by that place alone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyAliases } from '../../../src/report/agency-names.js';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const REPORTS: Record<string, string> = {
  'office.txt': `河西办事处、河西园区2023年政府信息公开工作年度报告
根据《中华人民共和国政府信息公开条例》规定,现公布丹阳市河西办事处(河西园区)2023年政府信息公开工作年度报告。报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。
一、总体情况
1.主动公开情况。2023年,依托市政府网站发布政府信息、动态等41条。
2.依申请公开情况。2023年,河西办事处、河西园区收到《政府信息公开申请书》共计7件,均已按时答复申请人。
3.政府信息管理情况。办公室负责组织、协调辖区政府信息公开工作,各
`,
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('corpus46 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('河西办事处 without its city names 丹阳市河西办事处(河西园区)', async () => {
    const [received] = await converse(app, 'c46-office', ['河西办事处23年收到几份信息公开申请书']);
    expect(values(received)).toEqual([7]);
    const [published] = await converse(app, 'c46-office2', ['丹阳河西园区2023年发布政府信息动态多少条']);
    expect(values(published)).toEqual([41]);
  });

  it('the office’s own place and its zone are its aliases; an office 驻 another place gets no bare alias', () => {
    expect(agencyAliases('丹阳市河西办事处(河西园区)')).toEqual(
      expect.arrayContaining(['丹阳市河西办事处', '河西办事处', '河西办', '丹阳河西园区']),
    );
    expect(agencyAliases('北京市人民政府驻上海办事处')).not.toContain('驻上海办事处');
  });
});
