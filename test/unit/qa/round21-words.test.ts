/**
 * Classes closed for real-questions-40 and -41 over made-up reports: a bureau renamed 住房和城市更新局 is the 住建局 citizens
 * name (and 管房子的那个局 asks it by duty); a count asked in 个 of a noun (多少个交易项目) is the number whose clause names
 * that noun, not another number of the sentence in another unit; carried over said as 转到下一年/放到明年 is 结转下年度; and
 * 有没有收钱 of an agency's year is its fee, answered from the report's sentence.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

describe('round 21 classes over made-up reports', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'lanxi-zf.txt',
        `兰溪区住房和城市更新局2023年政府信息公开工作年度报告
一、总体情况
(一)主动公开情况。2023年,我局在区政府门户网站主动公开政府信息61条。
(二)依申请公开情况。2023年共受理依申请公开28件,办结25件,结转下年度办理3件。
`,
      ],
      [
        'qingshan-jy.txt',
        `青山市公共资源交易中心2022年政府信息公开工作年度报告
一、总体情况
2022年青山市公共资源交易平台共发布交易公告3120条,共完成交易项目870个,成交金额56.1亿元。
二、依申请公开情况
2022年本中心未收到政府信息公开申请,未对依申请公开收取任何费用。
`,
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('住建局 is the bureau renamed 住房和城市更新局', async () => {
    const answer = await app.ask('兰溪区住建局2023年受理了多少件申请');
    expect(answer.facts.map((fact) => fact.value)).toEqual([28]);
  });

  it('管房子的那个局 is the 住建局 of the place', async () => {
    const answer = await app.ask('兰溪区管房子的那个局2023年主动公开了多少条');
    expect(answer.facts.map((fact) => fact.value)).toEqual([61]);
  });

  it('多少个交易项目 is the count in 个 whose clause names 项目, not the 条 before it', async () => {
    const answer = await app.ask('青山市公共资源交易中心2022年完成了多少个交易项目');
    expect(answer.facts.map((fact) => fact.value)).toEqual([870]);
  });

  it('放到明年办 is carried over (结转下年度)', async () => {
    const answer = await app.ask('兰溪区住房和城市更新局2023年有几件申请放到明年办');
    expect(answer.facts.map((fact) => fact.value)).toEqual([3]);
  });

  it('有没有收钱 of an agency’s year is its fee, never a yes from a heading', async () => {
    const answer = await app.ask('青山的公共资源交易中心2022年依申请公开有没有收钱');
    expect(answer.answer).toContain('收取任何费用');
    expect(answer.answer.startsWith('有')).toBe(false);
  });
});
