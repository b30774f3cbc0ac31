/**
 * gaps71's classes (gap lines of the real-questions sets), on made-up pages: the last sentence of a page cut mid-word inside
 * section 二 (…设立政务公开查阅点3处,配置自助查询机4台,方便群众查) is prose still, its counts in 处, 台 and 平米 read as counts,
 * and 设了几处查阅点 / 几台查询机 ask those counts of the report, not the guide's reading place.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const REPORTS: Record<string, string> = {
  'zone.txt': `南岭经济开发区管委会2024年政府信息公开工作年度报告
本报告所列数据统计期限为2024年1月1日至12月31日。
一、总体情况
2024年,我区严格落实政务公开工作要求,健全工作机制。
二、主动公开政府信息情况
南岭经济开发区管委会2024年共通过政府网站公开政府文件、政务信息188条。扩建200平方米的政务服务大厅,设立政务公开查阅点3处,配置自助查询机4台,方便群众查
`,
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('gaps71 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('a page cut mid-word in section 二: its last sentence counts 查阅点3处 and 自助查询机4台', async () => {
    const [places, machines] = await converse(app, 'g71-cut', [
      '南岭开发区设了几处政务公开查阅点',
      '南岭经济开发区2024年配置了几台自助查询机',
    ]);
    expect(places.kind).toBe('figure');
    expect(values(places)).toEqual([3]);
    expect(places.answer).toContain('3处');
    expect(values(machines)).toEqual([4]);
  });
});
