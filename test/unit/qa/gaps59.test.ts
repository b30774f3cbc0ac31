/**
 * gaps59's classes (issue #11's gap lines), on made-up pages: a zone's committee titled without its region (青禾科创园管理委员会)
 * whose text names one city as the government whose requirements it carries out (落实党中央、自治区和吴忠市关于…) is that city's
 * zone, imported and answered; a text naming two such cities gives no region, and the page stays refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const zone = (governments: string) =>
  [
    '现发布《青禾科创园管理委员会2025年政府信息公开工作年度报告》,本报告统计数据从2025年1月1日至12月31日。',
    '一、总体情况',
    `2025年,青禾科创园管理委员会严格贯彻落实党中央、${governments}关于全面深化政务公开的工作要求,扎实推进政府信息公开工作。`,
    '(一)主动公开。全年通过官方网站主动公开政府信息83条,门户网站累计访问量56021次。',
    '(二)依申请公开。2025年未收到政府信息公开申请。',
    '三、收到和处理政府信息公开申请情况',
  ].join('\n');

describe('gaps59: a zone committee named without its region takes the city its text answers to', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [['zone.txt', zone('自治区和吴忠市')]]);
  });
  afterAll(() => app.dispose());

  it('stores the page under the city and the zone, and answers its prose by the zone short name', async () => {
    expect(app.reports.agencies().map((agency) => agency.name)).toContain('吴忠市青禾科创园管理委员会');
    const published = await app.ask('青禾科创园管委会2025年官网主动公开了多少条信息');
    expect(published.kind).toBe('figure');
    expect(published.facts[0]?.value).toBe(83);
    const visits = await app.ask('青禾科创园门户网站2025年累计访问量是多少');
    expect(visits.facts[0]?.value).toBe(56021);
  });

  it('refuses a page whose text answers to two cities (no one region)', async () => {
    const other = makeTestApp();
    try {
      await importTexts(other, [['zone2.txt', zone('吴忠市和中卫市')]]);
      expect(other.reports.agencies().filter((agency) => agency.name.includes('青禾'))).toEqual([]);
    } finally {
      other.dispose();
    }
  });
});

const TRANSPORT = [
  '青石县交通运输局2024年政府信息公开工作年度报告',
  '一、总体情况',
  '2024年,青石县交通运输局收到5起政府信息公开申请,比2023年增加2起,未发生行政复议或行政诉讼情况。',
  '(一)主动公开',
  '全年主动公开政府信息61条。',
  '三、收到和处理政府信息公开申请情况',
].join('\n');

describe('gaps59: a change against a year the store lacks, stated in the prose in 起', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [['transport.txt', TRANSPORT]]);
  });
  afterAll(() => app.dispose());

  it('answers the change the report states (比2023年增加2起), counted in 起 as its applications are', async () => {
    const answer = await app.ask('青石县交通运输局2024年的申请比2023年多了几起');
    expect(answer.answer).toMatch(/比2023年增加2起/);
    expect(answer.facts.find((fact) => fact.key === 'stated_change')?.value).toBe(2);
  });
});

const PROVINCE_OFFICE = [
  '海南省人民政府办公厅2025年政府信息公开工作年度报告',
  '一、总体情况',
  '(一)主动公开',
  '通过省政府门户网站主动公开本年度制发的省政府规章4件、其他文件87件。',
  '三、收到和处理政府信息公开申请情况',
].join('\n');

describe('gaps59: a province government asked with only its 办公厅 stored', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [['office.txt', PROVINCE_OFFICE]]);
  });
  afterAll(() => app.dispose());

  it('finds the 办公厅 for 省政府, as a city government finds its 办公室', async () => {
    const answer = await app.ask('海南省政府2025年制发了几件省政府规章');
    expect(answer.kind).toBe('figure');
    expect(answer.answer).toMatch(/海南省人民政府办公厅/);
    expect(answer.facts[0]?.value).toBe(4);
  });
});

const NEW_AREA = [
  '青石新区管委会2025年政府信息公开工作年度报告',
  '一、总体情况',
  '(一)主动公开',
  '全年主动公开政府信息215条。',
  '(二)依申请公开',
  '依申请公开方面,健全全流程闭环管理机制,规范办理程序,全年处理申请数量57件。',
  '三、收到和处理政府信息公开申请情况',
].join('\n');

describe('gaps59: applications handled (处理申请) where table 三 is cut and no count received is printed', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [['new-area.txt', NEW_AREA]]);
  });
  afterAll(() => app.dispose());

  it('answers 收到多少申请 with the count handled, quoted as printed (as 办理申请N件 is)', async () => {
    const answer = await app.ask('青石新区管委会2025年收到多少申请');
    expect(answer.answer).toMatch(/处理申请数量57件/);
    expect(answer.facts[0]?.value).toBe(57);
  });

  it('never reads 不予处理申请 as the applications handled', async () => {
    const other = makeTestApp();
    try {
      await importTexts(other, [['refused.txt', NEW_AREA.replace('全年处理申请数量57件', '因重复申请不予处理申请4件')]]);
      const answer = await other.ask('青石新区管委会2025年收到多少申请');
      expect(answer.facts.map((fact) => fact.value)).not.toContain(4);
    } finally {
      other.dispose();
    }
  });
});
