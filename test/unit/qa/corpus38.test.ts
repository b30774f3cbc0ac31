/**
 * corpus38's classes (real-questions-corpus38), on made-up pages cut before their tables: a local outlet named by its place
 * (那东川媒体呢 after a count, among 省级媒体 and 北原媒体) is that outlet, not the agency of that place with 媒体 left over;
 * 水质情况公开了几次 asks the count of a kind of items printed in 条 (公开了几次 is the times published, no unit of its own),
 * while 公开了几次会议 still asks the 次 of the meetings.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/report/parse.js';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const cut = (title: string, year: number, body: string) => `${title}
本报告所列数据统计期限为${year}年1月1日至12月31日。如对本报告有疑问,请与我局办公室联系(联系电话:0471-5550123)。
一、总体情况
${body}
(三)政府信息管理情况
严格落实“三审三校”制度,对
`;

const REPORTS: Record<string, string> = {
  'jt.txt': cut(
    '东川市交通运输局2024年政府信息公开工作年度报告',
    2024,
    '(一)主动公开情况\n2024年,东川市交通运输局通过网站共公开工作动态41篇,政务信息17条;通过国家级、省级、北原市级、东川媒体平台刊发信息90篇,其中省级及以上媒体刊发信息12篇,北原媒体刊发信息30篇,东川媒体刊发信息48篇。\n(二)依申请公开情况\n2024年,东川市交通运输局收到2起政府信息公开申请。',
  ),
  'zhen.txt': [
    '2025年南岗镇政府信息公开工作年度报告',
    '根据《中华人民共和国政府信息公开条例》规定,现将我镇2025年度政府信息公开工作情况报告如下。所列数据截止日期为20251231日,电子版可在政府网站下载下载地址http://xxgk.example.gov.cn/nanggang东原市北区南岗镇人民政府 电话0435-3460000,邮编134001,地址东原市北区南岗镇南岗大街8号。',
    '一、总体情况',
    '(二)积极推动政府信息主动公开。年主动公开各类信息19条。',
  ].join('\n'),
  'cg.txt': cut(
    '西岭市城市管理局2024年政府信息公开工作年度报告',
    2024,
    '(一)主动公开。2024年,通过政府网站平台主动公开政府信息58条(其中部门预算公开5条,出厂水及管网水水质情况6条,市政设施维护31条,意见征集16条),召开专题会议11次。\n(二)依申请公开。全年办理政府信息依申请公开3条。',
  ),
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('corpus38 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('那东川媒体呢 after a count of the 东川 bureau is the 东川媒体 outlet’s 48, not the 省级媒体 12', async () => {
    const [first, media, other] = await converse(app, 'c38-media', ['东川交通局2024年政务信息公开了几条', '那东川媒体呢', '北原媒体呢']);
    expect(values(first)).toEqual([17]);
    expect(values(media)).toEqual([48]);
    expect(values(other)).toEqual([30]);
  });

  it('东川市交通运输局2024年东川媒体刊发了多少篇 is the outlet’s 48', async () => {
    const [answer] = await converse(app, 'c38-media2', ['东川市交通运输局2024年东川媒体刊发了多少篇']);
    expect(values(answer)).toEqual([48]);
  });

  it('水质情况公开了几次 is the 6条 printed, and 公开了几次会议 stays the 11次', async () => {
    const [water] = await converse(app, 'c38-times', ['西岭市城市管理局2024年出厂水和管网水水质情况公开了几次']);
    expect(values(water)).toEqual([6]);
    const [meetings] = await converse(app, 'c38-times2', ['西岭市城市管理局2024年召开了几次专题会议']);
    expect(values(meetings)).toEqual([11]);
  });
});

describe('a town named short in its title, in full on its 来源: line', () => {
  const page = (source: string) =>
    [
      '北坡镇2025年政府信息公开工作年度报告',
      '发布日期: 2026-01-16 11:16',
      `来源: ${source}`,
      '根据《中华人民共和国政府信息公开条例》编制本报告。报告中所列数据统计期限为2025年1月1日至12月31日。',
      '一、总体情况',
      '(一)主动公开。北坡镇通过政府政务信息公开平台公开信息30条。',
      '(二)依申请公开。2025年度尚未收到依申请公开的申请。',
    ].join('\n');

  it('is stored by the fuller name (东山县北坡镇人民政府), which tells same-named towns apart', () => {
    expect(parseReport(page('东山县北坡镇人民政府')).report.agency).toBe('东山县北坡镇人民政府');
  });

  it('keeps its own name when the 来源: line is another body (东山县人民政府) or adds no place', () => {
    expect(parseReport(page('东山县人民政府')).report.agency).toBe('北坡镇');
    expect(parseReport(page('东山县农业农村局北坡镇人民政府')).report.agency).toBe('北坡镇');
  });
});

describe('an address whose label has no colon', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [['zhen.txt', REPORTS['zhen.txt']]]);
  });
  afterAll(() => app.dispose());

  it('邮编134001,地址东原市…8号 is the address (it said the report gives none), never the 下载地址 link', async () => {
    const [answer] = await converse(app, 'c38-address', ['南岗镇政府地址在哪']);
    expect(answer.answer).toContain('南岗大街8号');
    expect(answer.answer).not.toContain('http');
  });
});
