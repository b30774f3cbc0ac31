/**
 * qaguide41: guide questions over real 铁路, 档案, 审计, 信访 and 乡 guides (guides-55, issue #11). Asked of a made-up guide:
 * 主动公开多快 / 主动公开最晚多久 ask how soon information is published (the guide's 第一时间…最晚…内), not a reply's time
 * limit; a named holiday (国庆节上班吗, 春节期间受理吗) asks the office hours; 店话 typed by voice for 电话 asks the phone;
 * 外地人能向X申请吗 asked of a named agency gets the rule that one applies in writing without coming in person.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const audit = `北江县审计局政府信息公开指南
为便于公众获取政府信息,编制本指南。
一、主动公开
(三)公开时限
审计机关各类政府信息产生后,本机关将尽量在第一时间内予以公开,最晚至信息产生后15天内公开。
二、依申请公开
受理机构:北江县审计局办公室
办公地址:北江县河西路9号
办公时间:周一至周五(国定假日除外),每天8:30~12:00、14:30~17:30
咨询电话:0998-3330000
`;

describe('qaguide41: asked', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [['audit.txt', audit]]);
  });
  afterAll(() => app.dispose());

  it('answers how soon information is published when asked 多快 or 最晚', async () => {
    for (const question of ['北江县审计局主动公开多快', '北江县审计局主动公开最晚多久']) {
      const answer = await app.ask(question, question);
      expect(answer.kind, question).toBe('guide');
      expect(answer.answer, question).toContain('15天内');
      expect(answer.answer, question).not.toContain('40个工作日');
    }
  });
  it('answers a named holiday with the office hours', async () => {
    for (const question of ['北江县审计局国庆节上班吗', '北江县审计局春节期间受理吗']) {
      const answer = await app.ask(question, question);
      expect(answer.kind, question).toBe('guide');
      expect(answer.answer, question).toContain('国定假日除外');
    }
  });
  it('reads 店话 as 电话', async () => {
    const answer = await app.ask('北江县审计局店话多少', 'shop');
    expect(answer.kind).toBe('guide');
    expect(answer.answer).toContain('0998-3330000');
  });
  it('answers whether one from elsewhere may apply to a named agency with the rule on applying without coming', async () => {
    const answer = await app.ask('外地人能向北江县审计局申请信息公开吗', 'away');
    expect(answer.kind).toBe('guide');
    expect(answer.answer).toContain('北江县审计局');
    expect(answer.answer).toContain('不需要本人到场');
  });
});
