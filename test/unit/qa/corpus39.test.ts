/**
 * corpus39's classes (real-questions-corpus39), on made-up pages cut before their tables: a zone's committee office
 * (汉中经济技术开发区管委会办公室) is asked as 汉中开发区, as its own pages call it; a report stored under a bare city's name
 * (西川市) asked by the city's short name (西川2025年…) is never read as a district that starts alike (西川港区) with a digit
 * taken for a mistyped character; 未发生…行政复议败诉 denies the lost cases only, so 行政复议几件 is no 0; 有效存续的规范性文件有几份
 * is the 有效存续 item of a run led by 制发新增; 其中N件已在法定时限内答复, a sentence of its own after the applications' count,
 * answers 法定时限内答复了几件.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const cut = (lead: string, year: number, body: string) => `${lead}
本报告所列数据统计期限为${year}年1月1日至12月31日。
一、总体情况
${body}
(三)政府信息管理情况
严格落实“三审三校”制度,对
`;

const REPORTS: Record<string, string> = {
  'zone.txt': cut(
    '本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况等六部分组成。如对本年报有疑问,请与汉中经济技术开发区管委会办公室联系(地址:汉中开发区管委会办公大楼三楼,电话:22350000)。',
    2025,
    '(一)主动公开情况。2025年,全区主动公开政府信息412条,全年公开重点领域信息96条,制发新增规范性文件6份、废止11份、有效存续29份。\n(二)依申请公开。2025年共受理依申请公开政府信息17件,已办结15件,余下2件转至2026年办理。',
  ),
  'city.txt': cut(
    '根据《中华人民共和国政府信息公开条例》规定,现发布《西川市2025年政府信息公开工作年度报告》。',
    2025,
    '(一)主动公开情况\n西川市政府门户网站主动公开各类政府信息6123条。\n(二)依申请公开情况\n2025年全市共办理政府信息公开申请512件(含2024年结转9件),已办结500件,结转下年度按期办理12件。',
  ),
  'district.txt': cut(
    '西川港区人民政府2025年政府信息公开年度报告根据《中华人民共和国政府信息公开条例》编制。',
    2025,
    '(一)政府信息主动公开情况。全年全区累计更新政府信息911条,发布动态资讯807条。',
  ),
  'kfq.txt': cut(
    '本年度报告由遂宁经济技术开发区政务服务和营商环境建设局依据《中华人民共和国政府信息公开条例》以及全区各部门信息公开工作编制而成。全文由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况等六部分组成。',
    2025,
    '(一)主动公开。全年18个部门主动公开重点领域信息1300余条。\n(二)依申请公开。全年共受理依申请公开88件,未发生因信息公开答复不当引发的行政复议败诉或行政诉',
  ),
  'qu.txt': cut(
    '根据《条例》要求,现公布南塘市临水区人民政府2025年政府信息公开工作年度报告。',
    2025,
    '(一)主动公开情况\n主动公开信息5210条。\n(二)依申请公开政府信息情况\n全区各部门累计处理政府信息公开申请31件(含上年度结转1件),同比增长约5%。其中28件已在法定时限内答复,3件结转下年度办理。',
  ),
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('corpus39 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('汉中开发区 is the 汉中经济技术开发区管委会办公室 its own pages call so', async () => {
    const [answer, office] = await converse(app, 'c39-zone', [
      '汉中开发区2025年受理了几件依申请公开',
      '汉中开发区管委会2025年重点领域信息公开了几条',
    ]);
    expect(values(answer)).toEqual([17]);
    expect(values(office)).toEqual([96]);
  });

  it('西川2025年… is never read as 西川港区 with the 2 taken for a mistyped 港', async () => {
    const [answer] = await converse(app, 'c39-city', ['西川2025年发布动态资讯多少条']);
    expect(values(answer)).not.toContain(807);
    expect(answer.answer).not.toContain('西川港区');
    const [district] = await converse(app, 'c39-district', ['西川港区2025年发布动态资讯多少条']);
    expect(values(district)).toEqual([807]);
  });

  it('未发生…行政复议败诉 says nothing of how many reviews came: 行政复议几件 states no 0', async () => {
    const [count, lost] = await converse(app, 'c39-lost', [
      '遂宁经济技术开发区2025年行政复议几件',
      '遂宁经济技术开发区2025年有行政复议败诉吗',
    ]);
    expect(values(count)).not.toContain(0);
    expect(count.answer).not.toMatch(/没有，0件/);
    expect(lost.answer).toMatch(/^没有/);
  });

  it('有效存续的规范性文件有几份 states the 有效存续 item, not only the 制发新增 one', async () => {
    const [answer] = await converse(app, 'c39-valid', ['汉中开发区2025年有效存续的规范性文件有几份']);
    expect(values(answer)).toContain(29);
    expect(answer.answer).toContain('有效存续29份');
  });

  it('其中N件已在法定时限内答复, a sentence after the applications’ count, answers 法定时限内答复了几件', async () => {
    const [answer] = await converse(app, 'c39-timely', ['南塘市临水区2025年法定时限内答复了几件']);
    expect(values(answer)).toEqual([28]);
  });
});
