/**
 * gaps58's classes (issue #11's gap lines), on made-up pages: a sub-unit asked (街镇, 乡镇) whose count the sentence states
 * apart from the place's whole (全县共收到…,其中…向各乡镇提出的…) gets that count, never the whole; a kind of applicant asked
 * (法人) that the sentence prints after its count (其中41项为自然人提交,6项为法人提交) gets that count, not the total before it.
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
  '三、收到和处理政府信息公开申请情况',
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

  it('still answers the persons and the total', async () => {
    expect((await app.ask('青石县自然资源局2023年个人申请的有几件')).facts[0]?.value).toBe(41);
    expect((await app.ask('青石县自然资源局2023年收到多少申请')).facts[0]?.value).toBe(47);
  });
});
