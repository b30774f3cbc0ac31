/**
 * gaps58's classes (issue #11's gap lines), on made-up pages: a sub-unit asked (街镇, 乡镇) whose count the sentence states
 * apart from the place's whole (全县共收到…,其中…向各乡镇提出的…) gets that count, never the whole; a kind of applicant asked
 * (法人) that the sentence prints after its count (其中41项为自然人提交,6项为法人提交) gets that count, not the total before it;
 * a change asked of a two-digit year against the year before (24年的申请跟去年比) of a name two towns share is the change of
 * the one with a report of that year (the other has none of the years asked), 24年 read as 2024 against 2023; a shortened
 * name (保税区) written whole in one stored name (红岭港保税区) names it, not one holding its characters apart (红岭东湾保税港区).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const COUNTY = [
  '青石县人民政府2023年政府信息公开工作年度报告',
  '一、总体情况',
  '（一）主动公开',
  '2023年,全县主动公开政府信息2150条。',
  '（二）依申请公开',
  '2023年,全县共收到信息公开申请84件,其中向县政府及各部门提出的信息公开申请共61件,向各乡镇提出的信息公开申请共23件。',
  '三、收到和处理政府信息公开申请情况',
].join('\n');

const BUREAU = [
  '青石县自然资源局2023年政府信息公开工作年度报告',
  '一、总体情况',
  '（二）依申请公开',
  '本年度受理依申请政府信息公开事项47件,其中41项为自然人提交,6项为法人提交。',
  '本年度通过政府网站公开32条,其中2条权责清单、9条工作信息、21条政协提案。',
  '三、收到和处理政府信息公开申请情况',
].join('\n');

const TOWN_OLD = [
  '河口镇人民政府2022年政府信息公开工作年度报告',
  '一、总体情况',
  '（二）依申请公开',
  '2022年度,我镇共收到政府信息公开申请5件。',
  '三、收到和处理政府信息公开申请情况',
].join('\n');

const TOWN_NEW = [
  '红岭县河口镇人民政府2024年政府信息公开工作年度报告',
  '一、总体情况',
  '（二）依申请公开',
  '2024年度,我镇共收到政府信息公开申请4件,比去年增加3件,均按时完成答复。',
  '三、收到和处理政府信息公开申请情况',
].join('\n');

const ZONE = [
  '红岭港保税区2024年政府信息公开工作年度报告',
  '一、总体情况',
  '（一）主动公开',
  '全年在保税区政务网站发布各类信息612条,在政务新媒体平台发布文章及视频437条。',
].join('\n');

const PORT_ZONE = [
  '红岭东湾保税港区管理委员会2024年政府信息公开工作年度报告',
  '一、总体情况',
  '（一）主动公开',
  '全年在管委会网站发布信息95条。',
].join('\n');

describe('gaps58: a sub-unit counted apart from the whole', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [['county.txt', COUNTY]]);
  });
  afterAll(() => app.dispose());

  it('answers the sub-unit asked (乡镇收到的) with its own count, not the whole county', async () => {
    for (const question of ['青石县乡镇收到的申请多少', '青石县2023年乡镇收到了几件申请']) {
      const answer = await app.ask(question);
      expect(answer.kind, question).toBe('figure');
      expect(answer.facts[0]?.value, question).toBe(23);
    }
  });

  it('still answers the whole when no sub-unit is asked', async () => {
    const answer = await app.ask('青石县2023年收到的申请多少');
    expect(answer.facts[0]?.value).toBe(84);
  });
});

describe('gaps58: a kind of applicant printed after its count', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [['bureau.txt', BUREAU]]);
  });
  afterAll(() => app.dispose());

  it('answers 法人申请的 with the count the legal persons are printed after, not the total', async () => {
    const answer = await app.ask('青石县自然资源局2023年法人申请的有几件');
    expect(answer.kind).toBe('figure');
    expect(answer.facts[0]?.value).toBe(6);
  });

  it('credits a number opening a list with its own item only, not the later items of the list', async () => {
    expect((await app.ask('青石县自然资源局2023年网站上公开了几条政协提案')).facts[0]?.value).toBe(21);
  });

  it('still answers the persons and the total', async () => {
    expect((await app.ask('青石县自然资源局2023年个人申请的有几件')).facts[0]?.value).toBe(41);
    expect((await app.ask('青石县自然资源局2023年收到多少申请')).facts[0]?.value).toBe(47);
  });
});

describe('gaps58: a two-digit year against the year before, of a name two towns share', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['town-old.txt', TOWN_OLD],
      ['town-new.txt', TOWN_NEW],
    ]);
  });
  afterAll(() => app.dispose());

  it('answers the change the report of the year asked states, of the town that has it', async () => {
    const answer = await app.ask('河口镇24年的申请跟去年比多了几件');
    expect(answer.answer).toMatch(/红岭县河口镇/);
    expect(answer.answer).toMatch(/增加3件/);
    expect(answer.answer).not.toMatch(/2025/);
  });
});

describe('gaps58: a shortened name written whole in one stored name', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['zone.txt', ZONE],
      ['port-zone.txt', PORT_ZONE],
    ]);
  });
  afterAll(() => app.dispose());

  it('reads 保税区 as the 保税区 that holds it whole, not the 保税港区', async () => {
    const answer = await app.ask('保税区政务新媒体发布了多少条文章和视频');
    expect(answer.kind).toBe('figure');
    expect(answer.facts[0]?.value).toBe(437);
  });
});
