/**
 * qaguide40: guide questions over real 地震, 海洋, 统计, 土储 and 高新区 guides (guides-54, issue #11). Asked: who may apply
 * (单位/公司/企业 …能向X申请信息公开吗) is answered with the regulation's rule (公民、法人或者其他组织, 条例第二十七条) for the
 * named agency, never refused as a figure not understood; 企业申请要带什么材料 still asks the papers. Made-up guide.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const quake = `北江县地震局政府信息公开指南
为便于公众获取政府信息,编制本指南。
一、依申请公开
受理机构:北江县地震局办公室
办公地址:北江县河西路9号
咨询电话:0998-3330000
`;

describe('qaguide40: asked', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [['quake.txt', quake]]);
  });
  afterAll(() => app.dispose());

  it('answers whether a company or unit may apply to a named agency with the rule on who may apply', async () => {
    for (const question of ['单位可以向北江县地震局申请公开信息吗', '我们公司能不能向北江县地震局申请信息公开']) {
      const answer = await app.ask(question, question);
      expect(answer.kind, question).toBe('guide');
      expect(answer.answer, question).toContain('法人或者其他组织');
      expect(answer.answer, question).toContain('北江县地震局');
    }
  });
  it('answers it without an agency too, and keeps the papers a company brings as the papers', async () => {
    expect((await app.ask('企业能申请政府信息公开吗', 'talk3')).answer).toContain('法人或者其他组织');
    expect((await app.ask('企业申请要带什么材料', 'talk4')).answer).toContain('身份证明');
  });
});
