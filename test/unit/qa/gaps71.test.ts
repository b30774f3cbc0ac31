/**
 * gaps71's classes (gap lines of the real-questions sets), on made-up pages: the last sentence of a page cut mid-word inside
 * section 二 (…设立政务公开查阅点3处,配置自助查询机4台,方便群众查) is prose still, its counts in 处, 台 and 平米 read as counts,
 * and 设了几处查阅点 / 几台查询机 ask those counts of the report, not the guide's reading place. A service hall's business
 * (政务大厅受理业务多少件, 窗口办件) is no application for information: table 三's 新收申请 never stands in for it. A site's
 * visits asked by another of their words (浏览量 against 点击量累计356812人次,日均浏览量980人次) are the total printed.
 * 年报有疑问找哪个部门 / 找哪个办公室 ask the body the contact clause names (请与东源县自然资源局综合股联系), with its address.
 * 街道办电话多少, no street named, asks which street's office (a street is no kind of its own), and 兴华那个 answers it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp, xigongAs } from '../../helpers.js';

const REPORTS: Record<string, string> = {
  'street1.txt': `沈北市铁西区兴华街道办事处2024年政府信息公开工作年度报告
本报告所列数据统计期限为2024年1月1日至12月31日。如对本报告有疑问,请与沈北市铁西区兴华街道办事处党政办公室联系(电话:024-25881234)。
一、总体情况
2024年,我街道主动公开政府信息40条。全年未收到政府信息公开申请。
`,
  'street2.txt': `沈北市和平区南湖街道办事处2024年政府信息公开工作年度报告
本报告所列数据统计期限为2024年1月1日至12月31日。如对本报告有疑问,请与沈北市和平区南湖街道办事处党政办公室联系(电话:024-23456789)。
一、总体情况
2024年,我街道主动公开政府信息40条。全年未收到政府信息公开申请。
`,
  'land.txt': `东源县自然资源局2024年政府信息公开工作年度报告
本报告所列数据统计期限为2024年1月1日至12月31日。如对本报告有疑问,请与东源县自然资源局综合股联系(地址:东源县槎城大道8号三楼,邮编:517500,电话:0762-8812345)。
一、总体情况
2024年,我局主动公开政府信息86条。全年未收到政府信息公开申请。
`,
  'zone.txt': `南岭经济开发区管委会2024年政府信息公开工作年度报告
本报告所列数据统计期限为2024年1月1日至12月31日。
一、总体情况
2024年,我区严格落实政务公开工作要求,健全工作机制。
二、主动公开政府信息情况
南岭经济开发区管委会2024年共通过政府网站公开政府文件、政务信息188条。扩建200平方米的政务服务大厅,设立政务公开查阅点3处,配置自助查询机4台,方便群众查
`,
  'hall.txt': xigongAs(
    '东海县行政审批局',
    '东海县',
    '全年主动公开政府信息120条。政务服务大厅日均受理业务300余件,群众满意率99%。门户网站点击量累计356812人次,日均浏览量980人次。',
    '2024年共收到政府信息公开申请2件。',
  ),
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

  it('政务大厅受理业务多少件 is no application: refused, never the 新收申请 of table 三', async () => {
    const [hall, applications] = await converse(app, 'g71-hall', [
      '东海县行政审批局2024年政务大厅受理业务多少件',
      '东海县行政审批局2024年收到几件申请',
    ]);
    expect(hall.kind).toBe('refusal');
    expect(values(hall)).toEqual([]);
    expect(applications.kind).toBe('figure');
  });

  it('网站浏览量多少 against 点击量累计356812人次,日均浏览量980人次 is the total, under the word printed', async () => {
    const [views, daily] = await converse(app, 'g71-visits', ['东海县审批局网站浏览量多少', '东海县审批局网站日均浏览量多少']);
    expect(values(views)).toEqual([356812]);
    expect(values(daily)).toEqual([980]);
  });

  it('年报有疑问找哪个部门 is the body of the contact clause, and 找哪个办公室 after a contact too', async () => {
    const [body] = await converse(app, 'g71-office', ['东源县自然资源局年报有疑问找哪个部门']);
    expect(body.answer).toContain('东源县自然资源局综合股');
    const [, office] = await converse(app, 'g71-office2', ['东源县自然资源局电话多少', '找哪个办公室']);
    expect(office.answer).toContain('综合股');
    expect(office.answer).toContain('槎城大道8号');
  });

  it('街道办电话多少 asks which street, and 兴华那个 is the phone of that street', async () => {
    const [which, phone] = await converse(app, 'g71-street', ['街道办电话多少', '兴华那个']);
    expect(which.kind).toBe('clarify');
    expect(which.answer).toContain('哪个');
    expect(which.answer).toContain('兴华街道办事处');
    expect(phone.answer).toContain('024-25881234');
  });
});
