/**
 * corpus67: answer classes of real-questions-corpus67 (reports-more73), on made-up pages of real places in a real SQLite
 * store, made-up figures.
 * - 收到依申请公开了吗 against 2024年度我局共收到0条依申请公开事项: a count written before 依申请公开 is a count of
 *   applications received (engine.ts RECEIVED_ON_APPLICATION), so the yes/no is 没有 (it was 有。 over the 0).
 * - 财政资金栏目信息多少条 against …,财政资金129条,… and …,财政资金直达基层12条,…: an item named by exactly one word asked
 *   beats one whose name goes on past it (retrieve.ts namedExactly; it answered 12).
 * - A zone run as one with its 街道, the 街道 in brackets (南通外向型农业综合开发区(苴镇街道)), is known by either name
 *   (agency-names.ts ZONE_STREET_TWIN; both were asked back which agency).
 * - A 街道 whose own name is a 街 (银川市兴庆区富宁街街道办事处) is known by the 街 alone (富宁街): with 富宁县's office held
 *   (reports-more73), real-questions-prose42's 富宁街 was read as 富宁县.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyAliases } from '../../../src/report/agency-names.js';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

describe('a count of applications written before 依申请公开, and an item named exactly as asked', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'bureau.txt',
        [
          '根据《中华人民共和国政府信息公开条例》要求,现公布萍乡市安源区工业和信息化局2024年政府信息公开工作年度报告。本年度报告数据统计期限为2024年1月1日起至2024年12月31日止。',
          '一、总体情况',
          '2024年,我局在安源区政府信息公开平台发布各类信息58条,其中,政务动态信息31条,公告公示9条。',
          '在依申请公开情况方面,2024年度我局共收到0条依申请公开事项。',
          '',
        ].join('\n'),
      ],
      [
        'finance.txt',
        [
          '根据《中华人民共和国政府信息公开条例》规定,现发布《利辛县财政局2025年政府信息公开工作年度报告》。',
          '一、总体情况',
          '(一)主动公开情况。',
          '2025年我局依法主动公开政府信息288条。其中,政策法规5条,决策部署落实情况19条,财政资金97条,部门项目3条等栏目信息。',
          '公开重点领域信息121条。其中,政府年度财政预决算及“三公”经费25条,惠民惠农信息14条,财政收支情况9条,财政资金直达基层11条,政府债务3条等栏目信息。',
          '',
        ].join('\n'),
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('收到依申请公开了吗 over 共收到0条依申请公开事项: 没有', async () => {
    for (const question of ['安源区工信局2024年收到依申请公开了吗', '安源区工业和信息化局2024年有没有人申请信息公开']) {
      const answer = await app.ask(question, `none-${question}`);
      expect(answer.answer, question).toMatch(/^没有/);
    }
  });

  it('财政资金栏目信息多少条: the item named 财政资金, not 财政资金直达基层', async () => {
    const answer = await app.ask('利辛县财政局2025年财政资金栏目信息多少条', 'funds');
    expect(answer.facts.map((fact) => fact.value)).toContain(97);
    expect(answer.facts.map((fact) => fact.value)).not.toContain(11);
    const longer = await app.ask('利辛县财政局2025年财政资金直达基层信息多少条', 'direct');
    expect(longer.facts.map((fact) => fact.value)).toContain(11);
  });
});

describe('a 街道 whose own name is a 街', () => {
  it('is known by the 街 alone (富宁街 of 富宁街街道办事处), which no county short name (富宁 of 富宁县) takes', () => {
    expect(agencyAliases('银川市兴庆区胜利街街道办事处')).toContain('胜利街');
    expect(agencyAliases('银川市兴庆区胜利街街道办事处')).toContain('兴庆区胜利街');
    expect(agencyAliases('常州市钟楼区南大街街道')).not.toContain('南大街');
  });
});

describe('a zone and its 街道 under one name', () => {
  it('is known by the zone and by the 街道', () => {
    const aliases = agencyAliases('盐城经济技术开发区(步凤镇)');
    expect(aliases).toContain('盐城经济技术开发区');
    expect(aliases).toContain('步凤镇');
  });
});
