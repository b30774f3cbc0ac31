/**
 * gaps64's classes, on made-up pages cut before their tables: a part of a breakdown whose item qualifies the noun asked with
 * words the question never says (省级以上|媒体, 防汛|新闻发布会) is no answer where the headline before it counts that noun
 * in the same measure word (the whole answers, in its sentence or the one before a sentence opening with 其中); an agency's
 * kind without its 局 said again, glued to a noun of its own, after the full name (青川县统计局…统计公报发了几篇) names the
 * thing asked, not the agency a second time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

function cutPage(agency: string, body: string): string {
  return `${agency}2024年政府信息公开工作年度报告
本报告根据《中华人民共和国政府信息公开条例》规定编制。报告中所列数据统计期为2024年1月1日至2024年12月31日。
一、总体情况
${body}
`;
}

const REPORTS: Record<string, string> = {
  'jiaotong.txt': cutPage(
    '青川县交通运输局',
    `(一)主动公开政府信息情况
2024年,青川县交通运输局通过网站共公开工作动态61篇;通过国家级、省级、市级、县级媒体平台刊发信息173篇,其中省级以上媒体刊发信息29篇,市级媒体刊发信息55篇,县级媒体刊发信息89篇。`,
  ),
  'zhengfu.txt': cutPage(
    '青川县人民政府办公室',
    `(一)主动公开政府信息情况
全年共举办87场县政府新闻发布活动,县政府领导出席新闻发布会共计12人次。其中,防汛抗旱新闻发布会累计举行23场,及时发布汛情和救灾信息。`,
  ),
  'tongji.txt': cutPage(
    '青川县统计局',
    `(一)主动公开政府信息情况
2024年,县统计局主动公开政府信息共96篇,其中发布统计公报14篇、统计数据8期、工作动态40篇、部门动态34篇。`,
  ),
  'zhengfuban.txt': cutPage(
    '青川县人民政府研究室',
    `(一)主动公开政府信息情况
建立健全政策解读预审机制,全年共发布政策解读17条,在线访谈4期。`,
  ),
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('gaps64 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('a qualified part after 其中 in the headline sentence is not the whole of the noun asked (made up)', async () => {
    const [whole] = await converse(app, 'g64-media', ['青川县交通运输局2024年在媒体上登了多少篇']);
    expect(values(whole)).toEqual([173]);
    // The part asked by its own qualifier is still that part.
    const [part] = await converse(app, 'g64-media-part', ['青川县交通运输局2024年省级以上媒体刊发了多少篇']);
    expect(values(part)).toEqual([29]);
  });

  it('a qualified part in a sentence opening with 其中 is not the whole the sentence before counts (made up)', async () => {
    const [whole] = await converse(app, 'g64-press', ['青川县人民政府办公室2024年开了多少场新闻发布会']);
    expect(values(whole)).toEqual([87]);
    const [part] = await converse(app, 'g64-press-part', ['青川县人民政府办公室2024年防汛抗旱新闻发布会开了多少场']);
    expect(values(part)).toEqual([23]);
  });

  it("the kind's stem glued to a noun after the full name is the thing asked, not the agency again (made up)", async () => {
    const [reports] = await converse(app, 'g64-stats', ['青川县统计局2024年统计公报发了几篇']);
    expect(values(reports)).toEqual([14]);
    const [data] = await converse(app, 'g64-stats-data', ['青川县统计局2024年统计数据发了几期']);
    expect(values(data)).toEqual([8]);
    // The whole asked with no thing of its own is still the whole.
    const [all] = await converse(app, 'g64-stats-all', ['青川县统计局2024年主动公开了多少篇']);
    expect(values(all)).toEqual([96]);
  });
});
