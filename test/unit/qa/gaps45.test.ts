/**
 * gaps45's classes (issue #11), each on a made-up report: a count the sentence prints for several channels together
 * (网站、微信共800条) is no one channel's, the channel's own count (通过微信发布信息390条) answers it, read by either name of
 * the account (公众号 or 微信); a thing asked of one period (年通报) is never the count of another period's (季度通报3次) when
 * the report prints none of the one asked; the applicants asked with no measure word (有多少申请人) are counted in 人, never
 * the applications' 条; of two totals, the one whose words the question repeats (全年共公开信息) answers; 本年结转 on a page
 * cut before table 三 is the prose's count carried on with the next year's number (本年结转2025年…申请11条); the office a
 * sentence about the disclosure says does its 具体工作 (…政务信息公开工作落到实处,…,具体工作由综合办负责) is the office in charge.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractContactExtras } from '../../../src/report/prose.js';
import { importTexts, makeTestApp, type TestApp, xigongAs } from '../../helpers.js';

const values = (answer: { facts: ReadonlyArray<{ value: number }> }) => answer.facts.map((fact) => fact.value);

const CUT_PAGE = (agency: string, body: string) => `${agency}2024年政府信息公开工作年度报告
所列数据统计期限为 2024年1月1日起至2024年12月31日。本年度报告电子版可以从${agency}门户网站下载。
一、总体情况
${body}`;

describe('gaps45 classes on made-up reports', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'minzheng.txt',
        CUT_PAGE(
          '示例市青川民政局',
          '(一)主动公开政府信息情况。2024年,我局主动公开政府信息(网站、微信共800条,通过政府网站发布信息410条,其中:组织机构类信息20条;动态类信息300条。通过微信发布信息390条)。全文电子化率100%。',
        ),
      ],
      [
        'ban.txt',
        xigongAs(
          '南屏县政府办公室',
          '南屏县',
          '2024 年，我办主动公开政府信息 300 条。全年开展季度通报4次、月通报9次，推动问题整改。',
          '2024 年，我办收到信息公开申请 3 件。',
        ),
      ],
      [
        'tongji.txt',
        CUT_PAGE(
          '示例市白河统计局',
          '(一)主动公开政府信息情况。我局及时发布政务动态60条。\n(二)依申请公开。2024年,我局收到公民信息申请共52条,总计37人,其中,申请提供年鉴30条。上年结转政府信息公开申请4条,已撤销申请8项,本年结转2025年政府信息公开申请11条。',
        ),
      ],
      [
        'weijian.txt',
        CUT_PAGE(
          '示例市东岭卫生健康局',
          '2024年,我局及时主动对外公开各类卫生健康信息,全年共公开信息64条,其中局政务公开专栏公开50条,重点信息公开14条。2024年度共制作信息120条,其中主动公开信息数8条,占比6.67%;依申请公开信息数60条,占比50%。',
        ),
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('公众号发了多少 is the account own count, never the count it shares with the website', async () => {
    const answer = await app.ask('示例市青川民政局公众号发了多少');
    expect(values(answer)).toEqual([390]);
    expect(values(await app.ask('示例市青川民政局微信发了多少条'))).toEqual([390]);
  });

  it('网站发了多少 is the website own count, never 网站、微信共800条', async () => {
    const answer = await app.ask('示例市青川民政局网站发了多少');
    expect(values(answer)).toEqual([410]);
  });

  it('开展年通报多少次 where only 季度通报 and 月通报 are printed: no figure', async () => {
    const answer = await app.ask('南屏县政府办公室2024年开展年通报多少次');
    expect(answer.kind).toBe('refusal');
    expect(values(answer)).not.toContain(4);
    // The periods printed still answer.
    expect(values(await app.ask('南屏县政府办公室2024年开展季度通报多少次'))).toEqual([4]);
    expect(values(await app.ask('南屏县政府办公室2024年开展月通报多少次'))).toContain(9);
  });

  it('有多少申请人 is the applicants in 人, never the applications in 条', async () => {
    expect(values(await app.ask('示例市白河统计局有多少申请人'))).toEqual([37]);
    expect(values(await app.ask('示例市白河统计局2024年申请人有多少'))).toEqual([37]);
    expect(values(await app.ask('示例市白河统计局2024年收到多少申请'))).toEqual([52]);
  });

  it('本年结转多少件 on a page cut before table 三: the count carried on with the next year number', async () => {
    expect(values(await app.ask('示例市白河统计局2024年本年结转多少件'))).toEqual([11]);
  });

  it('全年共公开信息 is the total the question repeats, not 主动公开信息数 of the items made', async () => {
    expect(values(await app.ask('示例市东岭卫生健康局2024年全年共公开信息多少条'))[0]).toBe(64);
  });

  it('具体工作由综合办负责 in a sentence about the disclosure: the office in charge; of another work, none', () => {
    expect(
      extractContactExtras('为确保政务信息公开工作落到实处,林场制定了《关于网站信息维护管理的通知》,具体工作由综合办负责,明确了职责。')
        .office,
    ).toBe('综合办');
    expect(extractContactExtras('林场开展植树造林,具体工作由生产科负责。').office).toBeUndefined();
  });
});
