/**
 * corpus43's classes (real-questions-corpus43's first-run misses), on made-up pages cut before their tables: pieces of
 * information made or given for applicants (制作依申请公开信息495条) asked in their own words are that count, never the
 * applications received printed beside them (收到申请26例); a checked count with the thing published between the verb and the
 * check (发布信息是不是19500多条) gets its verdict; items published given only in words of size (公开信息百余条) are quoted as that,
 * no figure stated.
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
  'weijian.txt': cut(
    '甘肃省卫生健康委员会2022年政府信息公开工作年度报告',
    '2022年度,我委共主动公开政府信息2140条。提供依申请公开信息312条,受理申请17例,均已依法办结。',
  ),
  'zhou.txt': cut('楚雄州2022年政府信息公开工作年度报告', '2022年,楚雄州各级各部门发布政府信息共8600余条。'),
  'rough.txt': cut(
    '日喀则市审计局2022年政府信息公开工作年度报告',
    '(一)主动公开情况\n2022年我局在门户网站发布各类政务信息数百条,内容涵盖审计结果、预决算公开等。',
  ),
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('corpus43 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('提供了多少条依申请公开信息 is the 312 items given, not the 17 applications received beside them', async () => {
    const [given, turned, received] = await converse(app, 'c43-items', [
      '甘肃省卫健委2022年提供了多少条依申请公开信息',
      '甘肃省卫健委2022年依申请公开信息提供了多少条',
      '甘肃省卫健委2022年受理了几件申请',
    ]);
    expect(values(given)).toEqual([312]);
    expect(given.answer).toContain('提供依申请公开信息312条');
    expect(values(turned)).toEqual([312]);
    expect(values(received)).toEqual([17]);
  });

  it('发布信息是不是8600多条 gets its verdict against the 8600余条 printed; another number is said not to be it', async () => {
    const [right, wrong] = await converse(app, 'c43-checked', ['楚雄州2022年发布信息是不是8600多条', '楚雄州2022年发布信息是不是9000多条']);
    expect(right.answer).toMatch(/^对，是8600多条。/);
    expect(values(right)).toContain(8600);
    expect(wrong.answer).toMatch(/^不是9000多条/);
  });

  it('主动公开了多少条 where the report says only 数百条: that phrase quoted, no figure', async () => {
    const [asked] = await converse(app, 'c43-rough', ['日喀则市审计局2022年主动公开了多少条信息']);
    expect(asked.kind).toBe('text');
    expect(asked.answer).toContain('只写了约数：“数百条”');
    expect(values(asked)).toEqual([]);
  });
});
