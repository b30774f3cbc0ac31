/**
 * qachat40's classes (citizen-questions-69), each on made-up pages cut before their tables: 废止了几个文件 / 现行有效的规范性文件
 * 有几件 against a run of items each led by its own verb or status (制发行政规范性文件8件,废止17件,现行有效件数20件) is the
 * item the verb or status leads, not the first; 回复了几个申请 asks the applications answered (答复); 寄信的呢 after a count of
 * applications by channel is the 邮寄 channel's count; 行政许可呢 after 行政处罚信息公示47条 (a sentence's figure) on a page
 * with no table 二 is the 行政许可 count that sentence prints, not a refusal for the missing table.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const cut = (title: string, year: number, body: string) => `${title}
本报告所列数据统计期限为${year}年1月1日至12月31日。如对本报告有疑问,请与我局办公室联系(联系电话:0471-5550199)。
一、总体情况
${body}
(四)政府信息公开平台建设
进一步优化政府网站功能,
`;

const REPORTS: Record<string, string> = {
  'sjj.txt': cut(
    '东岭县数据局2024年政府信息公开工作年度报告',
    2024,
    '(一)主动公开\n2024年,通过东岭县人民政府门户网站主动发布各类信息3120条。\n(二)依申请公开\n2024年共受理依申请公开21件,办结21件。\n(三)政府信息管理\n加强政府信息资源管理。2024年共制发行政规范性文件6件,废止13件,现行有效件数31件。',
  ),
  'slj.txt': cut(
    '西川省水务厅2025年政府信息公开工作年度报告',
    2025,
    '(一)主动公开和依申请公开。主动公开信息数量1650条,主动公开文件410份。严格遵守依申请公开流程规定,及时答复依申请公开23件,依法保障群众的信息需求。',
  ),
  'jd.txt': cut(
    '南湖区人民政府北门街道办事处2024年政府信息公开工作年度报告',
    2024,
    '(一)主动公开\n通过微信公众号等线上平台,全年共发布信息802条。\n(二)依申请公开\n2024年,本机关共收到政府信息公开申请15件,其中:当面申请5件,邮寄申请3件,网络申请7件。',
  ),
  'wjj.txt': cut(
    '北湖区卫生健康局2025年政府信息公开工作年度报告',
    2025,
    '(一)主动公开方面\n全年通过北湖区人民政府门户网站主动公开行政处罚信息公示38条,行政许可信息公示905条,通知公告信息41条。通过微信官方公众号发布报道162篇。',
  ),
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('qachat40 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('废止了几个文件 / 现行有效的规范性文件有几件 are the items their verb or status leads, not the first of the run', async () => {
    const [repealed] = await converse(app, 'c40-repealed', ['东岭县废止了几个文件']);
    expect(values(repealed)).toEqual([13]);
    const [valid] = await converse(app, 'c40-valid', ['东岭县现行有效的规范性文件有几件']);
    expect(values(valid)).toEqual([31]);
    const [issued] = await converse(app, 'c40-issued', ['东岭县制发了几个规范性文件']);
    expect(values(issued)).toEqual([6]);
  });

  it('回复了几个申请 is the 答复依申请公开23件', async () => {
    const [answered] = await converse(app, 'c40-answered', ['西川水务厅回复了几个申请']);
    expect(values(answered)).toEqual([23]);
  });

  it('寄信的呢 after 当面去申请的有几个 is the 邮寄申请 count', async () => {
    const [, inPerson, byPost] = await converse(app, 'c40-post', ['北门街道24年收到几个申请', '当面去申请的有几个', '寄信的呢']);
    expect(values(inPerson)).toEqual([5]);
    expect(values(byPost)).toEqual([3]);
  });

  it('行政许可呢 after 行政处罚公示了多少条 on a page with no tables is the sentence’s 行政许可 count', async () => {
    const [, penalties, permits] = await converse(app, 'c40-permits', [
      '北湖区卫健局去年公众号推了多少',
      '行政处罚公示了多少条',
      '行政许可呢',
    ]);
    expect(values(penalties)).toEqual([38]);
    expect(values(permits)).toEqual([905]);
  });
});
