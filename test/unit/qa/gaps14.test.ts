/**
 * Classes closed in the gaps14 round over made-up reports: a figure only two agencies' sentences state, asked with 加起来 or
 * 一共, is added, never ranked; on a page cut before table 三, 依申请公开几条 (information counted in 条, no word of receiving)
 * is the prose's 依申请公开政府信息N条, while a count of applications received stays refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

describe('gaps14 classes over made-up reports', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'lanxi-tj.txt',
        `岚溪县统计局2024年政府信息公开工作年度报告
一、总体情况
(一)主动公开情况。2024年本局组织政务公开业务培训4次。
六、其他需要报告的事项
本年度发布政策解读5条。
`,
      ],
      [
        'qinghe-sl.txt',
        `清河县水利局2023年政府信息公开工作年度报告
一、总体情况
(一)主动公开。全年通过县政府门户网站、“清河水利”公众号等渠道主动公开政务信息85条,依申请公开政府信息2条,及时发布防汛抗旱、河湖长制等信息。
`,
      ],
      [
        'heyuan-tj.txt',
        `禾源县统计局2024年政府信息公开工作年度报告
一、总体情况
1、主动公开政府信息情况2024年度我局主动公开政务信息120条,其中工作动态80条、政策解读6条、公示公告34条等。
`,
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('two agencies’ prose figure with 一共 is their sum, not a ranking', async () => {
    const answer = await app.ask('岚溪统计局跟禾源统计局2024年解读政策一共几条');
    expect(answer.answer).toContain('合计11条');
    expect(answer.answer).not.toMatch(/最多|最少/);
    expect(answer.facts.map((fact) => fact.value)).toEqual(expect.arrayContaining([5, 6, 11]));
  });

  it('a cut page without table 三: 依申请公开 counted in 条 is the prose figure, as the report words it', async () => {
    const answer = await app.ask('清河水利局2023年依申请公开的信息有几条');
    expect(answer.kind).toBe('figure');
    expect(answer.answer).toContain('依申请公开政府信息2条');
    expect(answer.facts.map((fact) => fact.value)).toEqual([2]);
  });

  it('a year after the latest report keeps its refusal: the older prose stands in for no table of that year', async () => {
    const answer = await app.ask('清河县水利局2024年依申请公开几条');
    expect(answer.facts).toEqual([]);
  });

  it('applications received stay refused on that page: 依申请公开政府信息2条 counts no application', async () => {
    const answer = await app.ask('清河县水利局2023年收到多少件申请');
    expect(answer.facts).toEqual([]);
  });
});
