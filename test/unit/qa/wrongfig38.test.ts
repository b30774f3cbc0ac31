/**
 * wrongfig38's classes (real-questions-wrongfig38), on made-up reports built from 西工区's layout with another agency and
 * figures: an item of an enumeration of figures is led up to by the verb the enumeration opens with (开展季度通报3次、月通报7次
 * asked 月通报: 7); a number's own item names its channel (…网站,公开政府信息51条,通过政务新媒体上报信息120余条 asked of the
 * website: 51; of 抖音: none); the noun after a measure
 * word says what a number counts (7个批次 is no count of 应用场景); a none of a fee answers no count of what was published;
 * 本年度 beside a year written out is that year; 本年结转 is carried on, never 上年结转.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findYears, understand } from '../../../src/qa/understand.js';
import { converse, importFixtureFiles, importTexts, makeTestApp, type TestApp, xigongAs } from '../../helpers.js';

function madeUp(agency: string, proactive: string, received: string): string {
  return xigongAs(agency, '南屏县', proactive, received, 2024);
}

const REPORTS: Record<string, string> = {
  'ban.txt': madeUp(
    '南屏县政府办公室',
    '2024 年，我办主动公开政府信息 300 条。全年开展季度通报4次、月通报9次，推动问题整改。',
    '2024 年，我办收到信息公开申请 3 件。',
  ),
  'zhen.txt': madeUp(
    '南屏县东岭镇人民政府',
    '2024 年，我镇加强信息发布。其中,通过南屏县东岭镇人民政府网站,公开政府信息64条,通过政务新媒体上报信息150余条。',
    '2024 年，我镇收到信息公开申请 2 件。',
  ),
  'xiang.txt': madeUp(
    '南屏县西岭乡人民政府',
    '2024 年，在乡微信公众号公开工作动态信息90余条,西岭乡全年公开政府信息31条,其中:机构概况2条、政策文件9条。',
    '2024 年，我乡收到信息公开申请 1 件。',
  ),
  'shuju.txt': madeUp(
    '南屏县大数据局',
    '2024 年，我局主动公开政务信息 50 条。设置专题专栏,发布南屏县智慧城市应用场景开放清单6个批次,共计66个应用场景。',
    '2024 年，我局收到信息公开申请 1 件。',
  ),
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('wrongfig38 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
    await importFixtureFiles(app, [
      ['reports-more30', '18.txt'],
      ['reports-more27', '04.txt'],
    ] as const);
  });
  afterAll(() => app.dispose());

  it('an item of an enumeration of figures is led up to by the verb the enumeration opens with (made up)', async () => {
    const [month] = await converse(app, 'w38-month', ['南屏县政府办公室2024年开展月通报多少次']);
    expect(values(month)).toEqual([9]);
    const [quarter] = await converse(app, 'w38-quarter', ['南屏县政府办公室2024年开展季度通报多少次']);
    expect(values(quarter)).toEqual([4]);
  });

  it('a number is the count of the channel its own item names, never that of another channel (made up, real 双河镇)', async () => {
    const [site] = await converse(app, 'w38-site', ['东岭镇2024年通过网站公开政府信息多少条']);
    expect(values(site)).toEqual([64]);
    const [douyin] = await converse(app, 'w38-douyin', ['东岭镇2024年通过抖音公开政府信息多少条']);
    expect(values(douyin)).not.toContain(150);
    expect(values(douyin)).not.toContain(64);
    const [account] = await converse(app, 'w38-account', ['西岭乡2024年微信公众号公开工作动态信息多少条']);
    expect(values(account)).toEqual([90]);
    // The real pages the class was found on (the made-up ones above weigh their numbers apart already).
    const [realSite] = await converse(app, 'w38-real-site', ['2025年双河镇通过网站公开政府信息多少条']);
    expect(values(realSite)).toEqual([51]);
  });

  it('the noun after a measure word says what its number counts (made up)', async () => {
    const [scenes] = await converse(app, 'w38-scenes', ['南屏县大数据局2024年发布智慧城市应用场景多少个']);
    expect(values(scenes)).toEqual([66]);
  });

  it('本年度 beside a year written out is that year, not the calendar year', () => {
    expect(findYears('2024年某局本年度在两个模块发布多少条信息', 2026)).toEqual([2024]);
    expect(findYears('某局本年度发布多少条信息', 2026)).toEqual([2026]);
  });

  it('本年结转 is what the year carried on, never what came in from the year before', () => {
    const topic = understand('某局2024年本年结转多少件', 2026).topic;
    expect(topic?.type === 'cell' ? topic.row.key : undefined).toBe('carried_forward');
    const before = understand('某局2024年上年结转多少件', 2026).topic;
    expect(before?.type === 'cell' ? before.row.key : undefined).toBe('carried_over');
  });
});

describe('wrongfig38: a none of a fee answers no count of what was published', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    // A page cut before its tables, whose only none is of the fee.
    await importTexts(app, [
      [
        'cut.txt',
        [
          '南屏县北岭片区管理局2024年政府信息公开工作年度报告',
          '一、年度工作核心成效',
          '2024年，我局持续推进政务公开，内容涵盖机关职能、行政许可等多个领域。',
          '二、收到和处理政府信息公开申请情况',
          '2024年度，我局严格按照《政府信息公开信息处理费管理办法》规定的收费标准执行，全年未产生政府信息公开信息处理费。',
        ].join('\n'),
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('主动公开政府信息多少条 is never answered 没有 from 未产生信息处理费 (made up)', async () => {
    const [count] = await converse(app, 'w38-fee', ['南屏县北岭片区管理局2024年主动公开政府信息多少条']);
    expect(count.answer).not.toMatch(/^没有/);
    expect(values(count)).not.toContain(0);
  });
});
