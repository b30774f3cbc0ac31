/**
 * Classes closed for real-questions-32 over made-up reports: 民宗局 is the short form of 民族和宗教事务局 (with 和 or 与 between
 * the two), a 的 between a place and its agency's full kind joins them (in a sum over two places too), 两年加起来 adds two
 * years of one agency, 笔 is a measure word, and 什么时候成立的 is answered only from a clause that prints a date (几笔政府采购 is never the clause's 件 of applications).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

describe('round 17 classes over made-up reports', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'lishui-mzj.txt',
        `丽水市民族和宗教事务局2023年政府信息公开工作年度报告
一、总体情况
(一)主动公开情况。2023年,市民宗局主动公开政府信息88条,开展3项便民服务,公开6笔政府采购,收到和处理5件政府信息公开申请。
`,
      ],
      [
        'lishui-tyjr.txt',
        `丽水市退役军人事务局2023年政府信息公开工作年度报告
一、总体情况
(一)主动公开情况。2023年,市退役军人事务局主动公开政府信息120条。
(二)依申请公开情况。2023年共收到政府信息公开申请9件。
(三)政府信息管理情况。丽水市退役军人事务局组建于2019年3月15日,同年成立局政务公开工作领导小组。
`,
      ],
      [
        'qingtian-tyjr.txt',
        `青田县退役军人事务局2023年政府信息公开工作年度报告
一、总体情况
(一)主动公开情况。2023年,县退役军人事务局主动公开政府信息45条。
(二)依申请公开情况。2023年共收到政府信息公开申请4件。
(三)政府信息管理情况。成立局政府信息公开工作领导小组,指定专人负责。
`,
      ],
      [
        'qingtian-tyjr-2022.txt',
        `青田县退役军人事务局2022年政府信息公开工作年度报告
一、总体情况
(一)主动公开情况。2022年,县退役军人事务局主动公开政府信息30条。
(二)依申请公开情况。2022年共收到政府信息公开申请2件。
`,
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('丽水民宗局 is 丽水市民族和宗教事务局, never another bureau', async () => {
    const answer = await app.ask('丽水民宗局2023年主动公开了多少条');
    expect(answer.facts.map((fact) => fact.value)).toEqual([88]);
  });

  it('几笔政府采购 is answered with 笔, not the clause’s 件', async () => {
    const answer = await app.ask('丽水民宗局2023年公开了几笔政府采购');
    expect(answer.facts.map((fact) => fact.value)).toEqual([6]);
  });

  it('丽水的退役军人事务局 is the place’s bureau of that kind', async () => {
    const answer = await app.ask('丽水的退役军人事务局2023年收到几件申请');
    expect(answer.facts.map((fact) => fact.value)).toEqual([9]);
  });

  it('丽水和青田的退役军人事务局 adds both places', async () => {
    const answer = await app.ask('丽水和青田的退役军人事务局2023年收到的申请加起来有几件');
    expect(answer.answer).toContain('13');
  });

  it('哪年组建的 is answered from the clause that prints the date', async () => {
    const answer = await app.ask('丽水退役军人事务局是哪年组建的');
    expect(answer.answer).toContain('2019年3月15日');
  });

  it('什么时候成立的 with only 成立…领导小组 in the report quotes no sentence', async () => {
    const answer = await app.ask('青田县退役军人事务局是什么时候成立的');
    expect(answer.kind).toBe('refusal');
  });

  it('两年加起来 after two years of one agency adds the two', async () => {
    await app.ask('青田县退役军人事务局2023年主动公开了多少条', 'r17');
    await app.ask('那2022年呢', 'r17');
    const answer = await app.ask('两年加起来多少', 'r17');
    expect(answer.answer).toContain('75');
  });
});
