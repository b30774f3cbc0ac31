/**
 * gaps57's classes (issue #11's gap lines), on made-up pages: an account asked by its own name alone (清河声音公众号发了几条),
 * with no agency named, is the account the one stored report quoting that name beside a channel runs (微信公众号“清河声音”,
 * “绿岭发布”抖音号), asked of that report's agency; a name two agencies' reports quote, or none, finds no owner. An agency's
 * name written with a part of it in brackets (青石高新区(南湖区)卫生健康委员会) is that name whole: the place before the
 * brackets is no word of what is asked, and the prose count is found. A list closed by 等各类信息N条 after the topic it
 * serves (围绕防汛救灾,发布汛情预警、…等各类信息N条) counts that topic: asked by the topic, the count answers, while one item
 * asked alone is still refused as a joint count. 信函寄过去的有多少件 after a count of applications asks the count that came
 * by letter: how it was sent (寄过去, 发过来) is no word of that channel's count.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const STREET = [
  '青石县清河街道办事处2024年政府信息公开工作年度报告',
  '一、总体情况',
  '（一）主动公开',
  '2024年,街道在县政府网站主动公开政府信息46条。二是微信公众号“清河声音”,主要用于发布街道各类信息报道,全年发布信息312篇。',
  '（二）依申请公开',
  '全年共收到政府信息公开申请2件。',
  '三、收到和处理政府信息公开申请情况',
].join('\n');

const FORESTRY = [
  '红岭县林业局2024年政府信息公开工作年度报告',
  '一、总体情况',
  '（一）主动公开',
  '全年主动公开政府信息58条,绿岭国家森林公园抖音号发布视频77个,“共享家园”微信公众号发布信息40条。',
  '（二）依申请公开',
  '全年共收到政府信息公开申请1件。',
  '三、收到和处理政府信息公开申请情况',
].join('\n');

const TOWN = [
  '红岭县白沙镇人民政府2024年政府信息公开工作年度报告',
  '一、总体情况',
  '（一）主动公开',
  '全年主动公开政府信息33条,通过“共享家园”微信公众号发布信息19条。',
  '（二）依申请公开',
  '全年未收到政府信息公开申请。',
  '三、收到和处理政府信息公开申请情况',
].join('\n');

describe('gaps57: an account asked by its own name alone', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['street.txt', STREET],
      ['forestry.txt', FORESTRY],
      ['town.txt', TOWN],
    ]);
  });
  afterAll(() => app.dispose());

  it('answers from the one report quoting the name after its channel (微信公众号“清河声音”)', async () => {
    const answer = await app.ask('清河声音公众号2024年发了几篇');
    expect(answer.kind).toBe('figure');
    expect(answer.facts[0]?.value).toBe(312);
    expect(answer.answer).toMatch(/青石县清河街道办事处/);
  });

  it('answers from the one report printing the name right before the channel (…抖音号发布视频77个)', async () => {
    const answer = await app.ask('绿岭国家森林公园抖音号2024年发布视频多少个');
    expect(answer.kind).toBe('figure');
    expect(answer.facts[0]?.value).toBe(77);
    expect(answer.answer).toMatch(/红岭县林业局/);
  });

  it('finds no owner for a name two reports quote, nor for one no report quotes', async () => {
    for (const question of ['共享家园公众号2024年发了多少条', '青山绿水公众号2024年发了多少条', '林业局抖音号2024年发布视频多少个']) {
      const answer = await app.ask(question);
      expect(answer.kind, question).not.toBe('figure');
      expect(answer.facts, question).toEqual([]);
    }
  });
});

const HEALTH = [
  '青石高新区南湖区卫生健康委员会2025年政府信息公开工作年度报告',
  '一、总体情况',
  '（一）主动公开',
  '全年主动公开政府信息64条。',
  '3.加大宣传力度。2025年,共收到提案、建议18件,其中主办11件、会办7件。',
  '（二）依申请公开',
].join('\n');

describe('gaps57: an agency named with a part of its name in brackets', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [['health.txt', HEALTH]]);
  });
  afterAll(() => app.dispose());

  it('reads the name whole and answers the prose count asked', async () => {
    for (const question of [
      '青石高新区(南湖区)卫生健康委员会25年收到多少件提案建议',
      '青石高新区（南湖区）卫生健康委员会2025年收到多少件提案',
    ]) {
      const answer = await app.ask(question);
      expect(answer.kind, question).toBe('figure');
      expect(answer.facts[0]?.value, question).toBe(18);
    }
  });
});

const OFFICE = [
  '青石县人民政府办公室2023年政府信息公开工作年度报告',
  '一、总体情况',
  '（一）主动公开',
  '全年主动公开政府信息420条。二是围绕防汛救灾,及时发布汛情预警、救灾政策、避险转移、物资发放等各类信息96条,及时回应社会关切。',
  '（二）依申请公开',
  '全年共收到政府信息公开申请4件。',
].join('\n');

describe('gaps57: a list counted under the topic it serves', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [['office.txt', OFFICE]]);
  });
  afterAll(() => app.dispose());

  it('answers the topic asked with the list count', async () => {
    const answer = await app.ask('青石县政府办公室2023年发布防汛救灾信息多少条');
    expect(answer.kind).toBe('figure');
    expect(answer.facts[0]?.value).toBe(96);
  });

  it('still refuses one item of the list asked alone', async () => {
    const answer = await app.ask('青石县政府办公室2023年发布救灾政策多少条');
    expect(answer.facts.map((fact) => fact.value)).not.toContain(96);
  });
});

const CITY_OFFICE = [
  '青石市人民政府办公室2025年政府信息公开工作年度报告',
  '一、总体情况',
  '（一）主动公开',
  '全年主动公开政府信息210条。',
  '（二）依申请公开',
  '全年共收到政府信息公开申请40件。其中:电子邮件申请9件,约占总量的23%;信函邮寄申请27件,约占总量的67%;当面申请4件。',
].join('\n');

describe('gaps57: a channel of applying asked with how it was sent', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [['city-office.txt', CITY_OFFICE]]);
  });
  afterAll(() => app.dispose());

  it('answers the letters count after the count received', async () => {
    const [, letters, mail] = await converse(app, 'g57', [
      '青石市政府办公室2025年收到多少信息公开申请',
      '信函寄过去的有多少件',
      '那电子邮件发过来的呢',
    ]);
    expect(letters.kind).toBe('figure');
    expect(letters.facts[0]?.value).toBe(27);
    expect(mail.facts[0]?.value).toBe(9);
  });
});
