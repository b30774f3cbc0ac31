/**
 * qachat48's classes (citizen-questions-81, conversations after a miss), on made-up pages: a count of hotline work orders
 * stated only in a sentence (协助处理12345热线工单210条) is no row of table 三, so 那X的呢 naming another agency never answers
 * with that agency's 办理结果总计, nor does the question asked of it directly; a reply to “X区”有多个机关 that names part of one
 * of the agencies offered (林业局, 街道那个) is that agency, and 那街道那个呢 after it is the other one offered; a year said
 * without 年 (我是说2024的) is a year alone, so 那2022年的呢 after it is that year, never 2024 compared with it; 只要数字 alone
 * asks the last question again; 我是说央媒的 (a correction naming a short thing) asks that thing as 央媒的呢 would; 他们政务公开股电话多少 (a pronoun or the disclosure office before the contact) is the
 * agency's own contact; X局那个 alone is the agency named alone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const cut = (title: string, body: string) => `${title}
本报告所列数据统计期限为2025年1月1日至12月31日。
一、总体情况
${body}
(三)政府信息管理
严格落实“三审三校”制度,对
`;

// A whole report with table 三 (办理结果总计 1), its agency renamed: the figure a wrong follow-up would give.
const WHOLE = readFileSync(join(__dirname, '..', '..', '..', 'data', 'reports', 'zhongwei-kjj-2025.txt'), 'utf8')
  .replaceAll('中卫市科学技术局', '东河县水务局')
  .replaceAll('中卫市', '东河县');

const REPORTS: Record<string, string> = {
  'town.txt': cut(
    '南门镇人民政府2025年政府信息公开工作年度报告',
    '(一)主动公开。2025年通过县政府网站发布政府信息70条。此外,协助处理12345热线工单210条,涵盖投诉类160条与政策咨询类50条。\n(二)依申请公开。2025年度,我镇未收到政府信息公开申请。',
  ),
  'water.txt': WHOLE,
  'forest.txt': cut(
    '青溪区林业局2025年政府信息公开工作年度报告',
    '(一)主动公开。2025年主动公开信息131条,其中政策文件4条。\n(二)依申请公开。2025年共收到政府信息公开申请3件。',
  ),
  'street.txt': cut(
    '青溪区人民政府东关街道办事处2025年政府信息公开工作年度报告',
    '(一)主动公开。全年累计按规公开各类信息77条。\n(二)依申请公开。2025年度,街道共收到依申请公开0件。',
  ),
  'civil-2024.txt': cut(
    '北岭县民政局2024年政府信息公开工作年度报告',
    '(一)主动公开。2024年通过县政府网站主动公开政府信息300余条,全年主流媒体报道60余次,其中,央媒报道7次。\n(二)依申请公开。2024年共收到政府信息公开申请5件。',
  ).replaceAll('2025', '2024'),
  'civil-2025.txt': cut(
    '北岭县民政局2025年政府信息公开工作年度报告',
    '(一)主动公开。2025年全年累计主动公开各类信息410余条,全年主流媒体报道90余次,其中,央媒报道11次。\n(二)依申请公开。2025年共收到政府信息公开申请8件。',
  ).replace('本报告所列数据', '如对本报告有疑问,请与北岭县民政局政务公开股联系(地址:北岭县前进路12号;电话:0471-5552468)。本报告所列数据'),
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('qachat48 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('那X的呢 after a hotline work-order count from a sentence never gives X’s 办理结果总计', async () => {
    const [orders, other] = await converse(app, 'q48-orders', ['南门镇12345工单处理了多少条', '那东河县水务局的呢']);
    expect(values(orders)).toEqual([210]);
    expect(other.facts).toEqual([]);
    expect(other.answer).not.toMatch(/总计/);
  });

  it('工单处理了多少条 asked of an agency whose report counts only applications is refused, no table figure', async () => {
    const [asked] = await converse(app, 'q48-direct', ['东河县水务局12345工单处理了多少条']);
    expect(asked.kind).toBe('refusal');
    expect(asked.facts).toEqual([]);
  });

  it('a reply naming part of one agency offered (林业局) is that agency; 那街道那个呢 is the other one offered', async () => {
    const [which, forest, street, received] = await converse(app, 'q48-offered', [
      '青溪区主动公开了多少条信息',
      '林业局',
      '那街道那个呢',
      '收到几件申请',
    ]);
    expect(which.kind).toBe('clarify');
    expect(values(forest)).toEqual([131]);
    expect(street.answer).toContain('东关街道');
    expect(values(street)).toEqual([77]);
    expect(values(received)).toEqual([0]);
  });

  it('我是说2024的 asks the last question of 2024, and 那2022年的呢 after it is a year not held, no comparison', async () => {
    const [latest, older, missing] = await converse(app, 'q48-years', ['北岭县民政局主动公开了多少条信息', '我是说2024的', '那2022年的呢']);
    expect(values(latest)).toEqual([410]);
    expect(values(older)).toEqual([300]);
    expect(missing.facts).toEqual([]);
    expect(missing.answer).not.toMatch(/比较/);
  });

  it('只要数字 after a figure repeats it; 我是说央媒的 asks the part the correction names', async () => {
    const [media, again, central] = await converse(app, 'q48-media', ['北岭县民政局主流媒体报道多少次', '只要数字', '我是说央媒的']);
    expect(values(media)).toEqual([90]);
    expect(values(again)).toEqual([90]);
    expect(values(central)).toEqual([11]);
  });

  it('他们政务公开股电话多少 in a conversation about an agency is the phone its report prints, not the rules on guides', async () => {
    const [, phone, office] = await converse(app, 'q48-phone', ['北岭县民政局收到几件申请', '他们政务公开股电话多少', '办公室地址在哪']);
    expect(phone.answer).toContain('0471-5552468');
    expect(office.answer).toContain('前进路12号');
  });

  it('an agency named alone with a trailing 那个 gets its report’s summary, as the bare name does', async () => {
    const [named] = await converse(app, 'q48-alone', ['青溪区林业局那个']);
    expect(named.kind).toBe('text');
    expect(named.answer).toContain('131');
  });

  it('街道那个 in reply to the clarification is the street, its question completed', async () => {
    const [which, street] = await converse(app, 'q48-offered2', ['青溪区收到几件申请', '街道那个']);
    expect(which.kind).toBe('clarify');
    expect(street.answer).toContain('东关街道');
    expect(values(street)).toEqual([0]);
  });
});
