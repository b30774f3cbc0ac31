/**
 * gaps50's classes (issue #11's gap lines), on made-up pages whose table 三 is cut and whose figures are in the prose: the
 * applications granted (予以公开, 同意公开) are never the total received printed before them (共受理…45件); where the page
 * prints them only together with another outcome (已主动公开和同意公开的31件) that clause is quoted as a joint count, no
 * figure of the granted alone; and a numbered item of a list under a total (共计22条,其中:1.…;3.信息公开信息1条) is a part,
 * never the answer to what was published in all.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const HOUSING = [
  '青石县住房和城乡建设局2024年政府信息公开工作年度报告',
  '一、总体情况',
  '（一）政府信息主动公开情况',
  '2024年,我局在县政府门户网站主动公开政府信息52条。',
  '（二）政府信息依申请公开情况',
  '全年共受理依申请公开38件。其中,已主动公开和同意公开的25件,不属于本行政机关公开的6件,不予公开3件,其他处理2件,结转下年办理2件。',
  '三、收到和处理政府信息公开申请情况',
].join('\n');

const STREET = [
  '青石县河西街道办事处2025年政府信息公开工作年度报告',
  '一、总体情况',
  '（一）主动公开',
  '2025年,在县政府网站公布政府信息38条。',
  '（二）依申请公开',
  '全年累计收到政府信息公开申请3件,均已按时受理并按规定予以公开答复。',
  '三、收到和处理政府信息公开申请情况',
].join('\n');

const LETTERS = [
  '红岭县信访局2025年政府信息公开工作年度报告',
  '一、总体情况',
  '（一）主动公开',
  '红岭县信访局认真落实政务公开工作要求,截止2025年12月31日,在县政府官网主动公开政府信息共计31条,其中:1.政策性文件2条;2.工作动态类信息17条;3.信息公开信息1条;4.公告公示6条;5.财政预决算信息5条。',
  '（二）依申请公开',
  '红岭县信访局共受理政府信息公开申请3件。',
  '三、收到和处理政府信息公开申请情况',
].join('\n');

describe('gaps50: applications granted, printed only in the prose', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['housing.txt', HOUSING],
      ['street.txt', STREET],
    ]);
  });
  afterAll(() => app.dispose());

  it('quotes a count joining the granted ones with another outcome as that joint count, never the total received', async () => {
    for (const question of ['青石县住房和城乡建设局2024年予以公开的申请有多少件', '青石县住房和城乡建设局2024年同意公开的申请有多少件']) {
      const answer = await app.ask(question);
      expect(answer.answer, question).toMatch(/已主动公开和同意公开的25件/);
      expect(answer.answer, question).toMatch(/合在一起/);
      expect(answer.answer.split('\n')[0], question).not.toMatch(/38件/);
      expect(
        answer.facts.map((fact) => fact.value),
        question,
      ).not.toContain(38);
    }
  });

  it('answers the count received where the sentence says every one was granted (均…予以公开)', async () => {
    const answer = await app.ask('青石县河西街道办事处2025年予以公开了几件申请');
    expect(answer.kind).toBe('figure');
    expect(answer.facts[0]?.value).toBe(3);
  });

  it('answers a joint count asked by all the outcomes it joins as that figure', async () => {
    const answer = await app.ask('青石县住房和城乡建设局2024年已主动公开和同意公开的申请有多少件');
    expect(answer.kind).toBe('figure');
    expect(answer.facts[0]?.value).toBe(25);
  });

  it('still answers the count received and the count refused from the same sentence', async () => {
    const received = await app.ask('青石县住房和城乡建设局2024年受理了几件申请');
    expect(received.facts[0]?.value).toBe(38);
    const refused = await app.ask('青石县住房和城乡建设局2024年不予公开几件');
    expect(refused.facts[0]?.value).toBe(3);
  });
});

describe('gaps50: a numbered item of a list under a total', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [['letters.txt', LETTERS]]);
  });
  afterAll(() => app.dispose());

  it('answers what was published in all with the total, not a numbered part before it', async () => {
    const answer = await app.ask('红岭县信访局2025年公开了多少条信息');
    expect(answer.kind).toBe('figure');
    expect(answer.facts[0]?.value).toBe(31);
    expect(answer.answer.split('\n')[0]).not.toMatch(/信息公开信息1条/);
  });
});

const TOWN = [
  '青石县白沙镇人民政府2024年政府信息公开工作年度报告',
  '一、总体情况',
  '（一）主动公开',
  '2024年,通过政务公开栏公开政府信息96条次,通过门户网站公开政府信息41条。',
  '（二）依申请公开',
  '2024年,我镇依申请公开政府信息共收到12件。',
].join('\n');

const OTHER_TOWN = [
  '青石县红岩乡人民政府2024年政府信息公开工作年度报告',
  '一、总体情况',
  '（一）主动公开',
  '2024年,通过政务公开栏公开政府信息55条次。',
  '（二）依申请公开',
  '2024年,我乡依申请公开政府信息共收到4件。',
].join('\n');

describe('gaps50: a town named by its own two characters, without 镇', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['town.txt', TOWN],
      ['other-town.txt', OTHER_TOWN],
    ]);
  });
  afterAll(() => app.dispose());

  it('reads the bare name before a channel the town runs, or its government, as the town', async () => {
    const board = await app.ask('白沙公开栏公开了多少');
    expect(board.facts[0]?.value).toBe(96);
    const received = await app.ask('白沙政府收到几件申请');
    expect(received.facts[0]?.value).toBe(12);
  });
});

const COMMISSION = [
  '青石县民族宗教事务局2023年政府信息公开工作年度报告',
  '一、总体情况',
  '（一）主动公开',
  '全年主动公开政府信息47条,其中工作动态类30条,部门预算决算信息6条,其他11条。',
  '（二）依申请公开',
  '2023年未收到政府信息公开申请。',
].join('\n');

describe('gaps50: two words sharing their last character said as one (预决算)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [['commission.txt', COMMISSION]]);
  });
  afterAll(() => app.dispose());

  it('finds 预决算 said short in a follow-up in the clause printing 预算决算', async () => {
    const answers = await converse(app, 'g50', ['青石县民族宗教事务局2023年主动公开了多少条', '其中工作动态呢', '预决算的呢']);
    expect(answers[1].facts[0]?.value).toBe(30);
    expect(answers[2].kind).toBe('figure');
    expect(answers[2].facts[0]?.value).toBe(6);
  });
});
