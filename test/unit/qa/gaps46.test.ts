/**
 * gaps46's classes (issue #11's gap lines), each on made-up pages: a question asking 什么 + a qualified noun (什么审核机制) is
 * answered by the clause naming the head noun (…“双审双签”机制), not one sharing only its qualifier (审核); a list asked of a
 * phrase (重点领域公开了哪些方面) is the clause listing items closed by 等 right before it; one kind of new-media account asked
 * (有没有开通公众号) is answered no by a page stating it has no new-media account at all (未注册政务新媒体); 在哪个平台更新的信息
 * with a year before it asks the agency's channels, not where to get in touch; a committee written in full before its office
 * (…管理委员会办公室) is the office stored with the committee short (…管委会办公室); 办完了吗 right after a count is answered by the
 * state its sentence gives (…行政复议2起,正在办理中).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const page = (agency: string, year: number, body: string) =>
  `${agency}${year}年政府信息公开工作年度报告
本年度报告根据《中华人民共和国政府信息公开条例》要求编制。所列数据统计期限为${year}年1月1日起至${year}年12月31日。如对本报告有疑问,请与我局办公室联系(联系电话:0473-1234567)。
一、总体情况
${body}
`;

const REPORTS: Record<string, string> = {
  'a.txt': page(
    '北原市档案局',
    2024,
    '面向各科室印发《关于规范信息发布工作的通知》,从落实信息发布主体责任、加强内容审核把关、把准信息发布时效、防范信息发布舆情风险等四方面作出部署。完善基层政务公开三级责任体系,严格落实分管领导具体负责、业务科室协调配合的工作机制,严格执行信息发布“双审双签”机制以及保密审查制度,压实信息发布主体责任。健全政务公开工作机制。完善信息公开协调机制。建立政策解读联动机制。健全舆情回应机制。2024年,我局主动公开政府信息56条。',
  ),
  'b.txt': page(
    '南原市水利局',
    2025,
    '持续做好主动公开,重点聚焦防汛抗旱、水土保持、河湖管理等民生关切领域,实现全链条公开。2025年门户网站主动公开信息800条,发布水利工程建设、防汛物资调配、农村供水等重点领域信息120条。截至2025年12月31日,我局未注册政务新媒体。',
  ),
  'c.txt': page(
    '北河区西河镇人民政府',
    2022,
    '2022年,西河镇在北河区政府信息公开平台网站上更新各类信息40条,收到和处理政府信息公开申请0条。',
  ),
  'd.txt': page('北湾新区管委会办公室', 2024, '2024年,我办主动公开政府信息88条。'),
  'e.txt': page(
    '东岭路街道办事处',
    2023,
    '2023年,我街道主动公开政府信息30条。信息公开类行政复议2起,正在办理中。政务公开类投诉5件,已办结。',
  ),
};

describe('gaps46 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('什么 + a qualified noun is answered by the clause naming the head noun', async () => {
    const answer = await app.ask('北原市档案局信息发布用的什么审核机制');
    expect(answer.answer.split('\n')[0]).toContain('双审双签');
  });

  it('a list asked of a phrase is the clause listing items closed by 等 right before it', async () => {
    const answer = await app.ask('南原市水利局2025年重点领域公开了哪些方面');
    expect(answer.answer.split('\n')[0]).toContain('水利工程建设');
  });

  it('one kind of new-media account asked is answered no by a page with no new-media account at all', async () => {
    const answer = await app.ask('南原市水利局有没有开通公众号');
    expect(answer.answer).toMatch(/^没有/);
    expect(answer.answer).toContain('未注册政务新媒体');
    expect((await app.ask('南原市水利局开通微博了吗')).answer).toMatch(/^没有/);
  });

  it('a committee written in full before its office is the office stored with the committee short', async () => {
    const answer = await app.ask('北湾新区管理委员会办公室2024年主动公开了多少条信息');
    expect(answer.answer).toContain('北湾新区管委会办公室');
    expect(answer.facts.map((fact) => fact.value)).toEqual([88]);
  });

  it('办完了吗 after a count is answered by the state its sentence gives', async () => {
    const [count, state] = await converse(app, 'g46-state', ['东岭路街道2023年信息公开类行政复议有几起', '办完了吗']);
    expect(count.facts.map((fact) => fact.value)).toEqual([2]);
    expect(state.answer).toMatch(/^还没有办完/);
    expect(state.answer).toContain('正在办理中');
    const [, closed] = await converse(app, 'g46-closed', ['东岭路街道2023年政务公开类投诉有几件', '办结了吗']);
    expect(closed.answer).toMatch(/^已经办完了/);
  });

  it('在哪个平台 with a year before it, or 更新 for publishing, asks the channels', async () => {
    expect((await app.ask('西河镇2022年在哪个平台更新的信息')).answer).toContain('北河区政府信息公开平台');
    expect((await app.ask('西河镇2022年通过哪个平台发布的信息')).answer).toContain('北河区政府信息公开平台');
  });
});
