/**
 * Classes closed for real-questions-42 and -43 over made-up reports: a city named without its level is the one district's
 * bureau of that kind stored under it (two districts': asked which; written with 市, the city's own, not stored); a city
 * centre's district branch is found by the district and the centre's words; an item printed number first (其中3条X) is
 * named by the words after its measure word; 网上 is the channel a report calls 网络平台; 手里没有这个信息 asks 本机关不掌握; 剩下的呢 after a count of applications
 * answered is the rest, carried over.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

describe('round 22 classes over made-up reports', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'qingshan-tj.txt',
        `青山市东湖区统计局2022年政府信息公开工作年度报告
一、总体情况
(一)主动公开情况。2022年,我局通过区政府网站公开信息40条,其中5条统计公报、12条统计月报、23条工作动态。
(二)依申请公开情况。2022年,我局收到政府信息公开申请7件,其中网络平台收到4件,信函收到3件,答复5件,剩余2件结转下年度办理。
`,
      ],
      [
        'baishui-jy.txt',
        `白水市公共资源交易服务中心南岭分中心2023年政府信息公开工作年度报告
一、总体情况
2023年,中心通过南岭公共资源交易网公开发布交易信息512条。
`,
      ],
      [
        'hexi-yb.txt',
        `红河市西城区医疗保障局2023年政府信息公开工作年度报告
一、总体情况
2023年,我局主动公开政府信息18条。
`,
      ],
      [
        'hedong-yb.txt',
        `红河市东城区医疗保障局2023年政府信息公开工作年度报告
一、总体情况
2023年,我局主动公开政府信息27条。
`,
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('a city without its level is its one district bureau of that kind, named in the answer', async () => {
    const answer = await app.ask('青山的统计局2022年收到几件申请');
    expect(answer.facts.map((fact) => fact.value)).toEqual([7]);
    expect(answer.answer).toContain('东湖区');
  });

  it('two districts’ bureaus of the city: asked which', async () => {
    const answer = await app.ask('红河的医保局2023年公开了多少条');
    expect(answer.kind).toBe('clarify');
    expect(answer.facts).toEqual([]);
  });

  it('a city written with its level asks the city’s own bureau, which is not stored', async () => {
    const answer = await app.ask('青山市统计局2022年收到几件申请');
    expect(answer.facts).toEqual([]);
  });

  it('a city centre’s branch is found by its district and the centre’s words', async () => {
    const answer = await app.ask('南岭公共资源交易分中心2023年发布了多少条交易信息');
    expect(answer.facts.map((fact) => fact.value)).toEqual([512]);
  });

  it('an item printed number first is named by the words after its measure word', async () => {
    const answer = await app.ask('东湖区统计局2022年网站公开了几条统计月报');
    expect(answer.facts.map((fact) => fact.value)).toEqual([12]);
  });

  it('剩下的呢 after a count of applications answered is the rest, carried over', async () => {
    await app.ask('东湖区统计局2022年收到几件申请', 'rest');
    await app.ask('答复了几件', 'rest');
    const answer = await app.ask('还剩几件', 'rest');
    expect(answer.facts.map((fact) => fact.value)).toEqual([2]);
  });

  it('网上 is the channel the report calls 网络平台', async () => {
    const answer = await app.ask('东湖区统计局2022年网上收到几件申请');
    expect(answer.facts.map((fact) => fact.value)).toEqual([4]);
  });
});
