/**
 * Classes closed for real-questions-36 and -37 over made-up reports: an agency asked by its duty (管医保的那个局) is the
 * agency of that kind; a part of a breakdown by channel (其中当面申请2件) is not the count of applications asked when the
 * question names no channel; a hotline asked by its number is counted after that number, and never from a sentence that
 * does not print it; applications answered in time asked as a count give the count the sentence states.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

describe('round 19 classes over made-up reports', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'songping-yb.txt',
        `松坪县医疗保障局2024年政府信息公开工作年度报告
一、总体情况
(一)主动公开情况。2024年,县医疗保障局门户网站主动公开政府信息88条,办理领导信箱来信5件、12345热线工单17件。
(二)依申请公开情况。2024年本局接到政府信息公开申请11件,其中当面申请2件,网上申请9件,其中8件已在法定期限内答复,3件结转下年度办理。
`,
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('管医保的那个局 is the 医保局 of the place', async () => {
    const answer = await app.ask('松坪县管医保的那个局2024年门户网站公开了多少条');
    expect(answer.facts.map((fact) => fact.value)).toEqual([88]);
  });

  it('applications asked with no channel: the headline, not 当面申请2件', async () => {
    const answer = await app.ask('松坪县医保局2024年接到几件信息公开申请');
    expect(answer.facts.map((fact) => fact.value)).toEqual([11]);
  });

  it('a channel asked keeps its part', async () => {
    const answer = await app.ask('松坪县医保局2024年当面申请的有几件');
    expect(answer.facts.map((fact) => fact.value)).toEqual([2]);
  });

  it('12345 asked: the count after that number, not the letters before it', async () => {
    const answer = await app.ask('松坪县医保局2024年12345热线工单办了多少件');
    expect(answer.facts.map((fact) => fact.value)).toEqual([17]);
  });

  it('a hotline number the report never prints gets no figure', async () => {
    const answer = await app.ask('松坪县医保局2024年12315热线工单办了多少件');
    expect(answer.facts.map((fact) => fact.value)).toEqual([]);
  });

  it('answered in time, asked as a count: the count the sentence states', async () => {
    const answer = await app.ask('松坪县医保局2024年按时答复了几件申请');
    expect(answer.facts.map((fact) => fact.value)).toEqual([8]);
  });
});
