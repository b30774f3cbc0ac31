/**
 * corpus73: answer classes of real-questions-corpus73 (reports-more79), on made-up pages of real places in a real SQLite
 * store, made-up figures.
 * - A town whose own name is one character (托克逊县夏镇人民政府), asked by that character and its level (夏镇): agency-index.ts
 *   oneCharacterTown (asked back which agency before, or the conversation's agency kept).
 * - A group of table 三 whose count the prose prints before its grounds (其中8件由于本机关不掌握…无法提供), on a page cut before
 *   table 三: that count, quoted (engine.ts groupCountBeforeGrounds; refused as a cut page before).
 * - A total's breakdown opened by a colon (累计公开各类政务信息18条,涵盖以下方面:法定主动公开内容5条,…): the statutory list's
 *   content is one kind of the total, never the year's 主动公开 (prose.ts BREAKDOWN_OPENER; answered 5 before).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

describe('corpus73: a one-character town, a group counted before its grounds, a breakdown after a colon', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'town.txt',
        [
          '上海市崇明区堡镇人民政府2025年政府信息公开工作年度报告',
          '本报告所列数据的统计期限自2025年1月1日起至2025年12月31日止。如对本报告有疑问,请与堡镇人民政府联系(电话:021-59431234)。',
          '一、总体情况',
          '(一)主动公开情况',
          '截至2025年底,全镇累计公开各类政务信息26条,涵盖以下方面:法定主动公开内容7条,部门文件3条,会议公开2条。',
          '(二)依申请公开情况',
        ].join('\n'),
      ],
      [
        'bureau.txt',
        [
          '西安市碑林区统计局2025年政府信息公开工作年度报告',
          '本报告中所列数据自2025年1月1日起至2025年12月31日止。',
          '一、总体情况',
          '(一)主动公开',
          '2025年度,本单位累计通过区政府门户网站主动公开政府信息31条。',
          '(二)依申请公开',
          '2025年度,我局共收到政府信息公开申请6件,均按规定时间办结。其中4件由于本机关不掌握相关政府信息无法提供。',
          '(三)政府信息管理',
        ].join('\n'),
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('堡镇 names 上海市崇明区堡镇人民政府, its one-character town', async () => {
    const answer = await app.ask('堡镇2025年公开了几条部门文件', 'town-1');
    expect(answer.facts.map((fact) => fact.value)).toContain(3);
    const phone = await app.ask('堡镇政府电话', 'town-2');
    expect(phone.answer).toContain('021-59431234');
  });

  it('主动公开多少条: the total 26 before 涵盖以下方面:, the statutory list’s 7 only as a part of it', async () => {
    const answer = await app.ask('堡镇2025年主动公开多少条', 'town-3');
    expect(answer.facts[0]?.value).toBe(26);
    expect(answer.answer).toMatch(/主动公开政府信息26条/);
    expect(answer.answer).not.toMatch(/主动公开政府信息7条/);
  });

  it('无法提供的几件, table 三 not on the page: the 4 the prose prints before its grounds', async () => {
    const answer = await app.ask('碑林区统计局2025年无法提供的申请几件', 'bureau-1');
    expect(answer.kind).toBe('figure');
    expect(answer.facts.map((fact) => fact.value)).toEqual([4]);
  });
});
