/**
 * real-questions-corpus37's classes (reports-more43), each on a made-up report: table 二 crawled before its own heading
 * (第二十条第(一)项 |…行政事业性收费 |0 |, then 二、主动公开政府信息情况 and at once 三、…, as a page that puts the heading after
 * the table gives it) is read as table 二, so its rows can be asked, and the overview no longer holds the table's cells.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';
import { parseReport } from '../../../src/report/parse.js';

const values = (answer: { facts: ReadonlyArray<{ value: number }> }) => answer.facts.map((fact) => fact.value);

const CELLS = (licences: number, penalties: number) =>
  [
    '第二十条第(一)项 |',
    '信息内容 |',
    '本年制发件数 |',
    '本年废止件数 |',
    '现行有效件数 |',
    '规 章 |',
    '0 |',
    '0 |',
    '0 |',
    '行政规范性文件 |',
    '1 |',
    '0 |',
    '3 |',
    '第二十条第(五)项 |',
    '信息内容 |',
    '本年处理决定数量 |',
    '行政许可 |',
    `${licences} |`,
    '第二十条第(六)项 |',
    '信息内容 |',
    '本年处理决定数量 |',
    '行政处罚 |',
    `${penalties} |`,
    '行政强制 |',
    '0 |',
    '第二十条第(八)项 |',
    '信息内容 |',
    '本年收费金额(单位:万元) |',
    '行政事业性收费 |',
    '0 |',
  ].join('\n');

const TABLE_BEFORE_HEADING = `示例市甲区示例局2023年政府信息公开工作年度报告
一、总体情况
2023年,我局在“示例发布”公众号发布信息120条。
${CELLS(6, 4)}
二、主动公开政府信息情况
三、收到和处理政府信息公开申请情况
(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) |
申请人情况 |
自然人 |`;

describe('table 二 crawled before its own heading', () => {
  it('is read as table 二, and the overview keeps only its prose', () => {
    const { report } = parseReport(TABLE_BEFORE_HEADING);
    expect(Object.values(report.proactive).flat()).toEqual(expect.arrayContaining([6, 4, 1, 3]));
    expect(report.missing).not.toContain('proactive.table');
    expect(report.sections.overview).not.toContain('第二十条');
  });

  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [['shili.txt', TABLE_BEFORE_HEADING]]);
  });
  afterAll(() => app.dispose());

  it('its rows are answered from the table', async () => {
    const licences = await app.ask('示例市甲区示例局2023年行政许可办了几件');
    expect(values(licences)).toContain(6);
    const penalties = await app.ask('示例市甲区示例局2023年有没有行政处罚');
    expect(values(penalties)).toContain(4);
    expect(penalties.answer).toMatch(/^有/);
  });
});

describe('有人申请吗 of a page that says in prose none came in', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'xiang.txt',
        `示例县乙乡2025年政府信息公开工作年度报告
一、总体情况
(一)主动公开工作扎实推进。2025年,我乡主动公开政府信息40条。
(二)依申请公开工作平稳开展。2025年,我乡畅通依申请公开受理渠道,明确申请流程,安排专人负责依申请公开事项的接收、办理和反馈工作。经统计,本年度未收到群众政府信息公开申请。
(三)政府信息管理规范有序。我乡持续完善政府信息公开制度机制,层层把关、责任到人。
(四)公开平台建设不断完善。一是,我乡指定专人负责政府信息公开平台的日常管理与维护。二是,综合运用公示栏、电子显示屏等方式,重点公开与群众生产生活息息相`,
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('answers 没有 from the sentence saying none came in, not 有 from how applications are handled', async () => {
    const answer = await app.ask('示例县乙乡25年有人申请信息公开吗');
    expect(answer.answer).toMatch(/^没有/);
    expect(answer.answer).toContain('未收到');
  });
});

describe('结转 of a page cut before table 三 whose prose states the count carried on', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'city.txt',
        `示例市丁区2024年政府信息公开工作年度报告
一、总体情况
(一)主动公开情况。2024年全区通过政府网站公开各类政府信息3100条。
(二)依申请公开情况。2024年全区新受理政府信息公开申请260件,其中自然人申请240件;答复政府信息公开申请250件(含上年度转结),其中予以公开120件,不予公开30件,结转下一年度继续办理12件。
(三)政府信息管理情况。督促落实信息发布“三审三校”制度,动态更`,
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('a bare 结转 is answered with the count carried on, not the count answered whose note says 转结', async () => {
    const answer = await app.ask('示例市丁区2024年结转了多少件');
    expect(values(answer)).toEqual([12]);
    expect(answer.answer.split('\n')[0]).not.toContain('250');
  });

  it('结转的呢 after the count received is the count carried on', async () => {
    await app.ask('示例市丁区24年收了多少申请', 'carried-a');
    const answer = await app.ask('结转的呢', 'carried-a');
    expect(values(answer)).toEqual([12]);
  });
});
