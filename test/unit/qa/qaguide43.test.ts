/**
 * qaguide43: guide questions over customs houses, 街道, a county office and 省 departments (guides-57, issue #11). Asked of
 * made-up guides: applying for someone else named as 代别人/代我爸 (能不能代别人向X申请, 能代我爸申请吗) gets the rules on applying
 * through someone else, not the rules on how to apply nor a refusal; 能去现场查信息吗 (the thing looked up named after 查) asks
 * where to read, as 能去现场查吗; 有公众号吗 of a guide listing its accounts as bracketed items after the portal's address
 * ((一)…门户网站:http://… (二)“…发布”微信公众号) names the account whole; the ways of publishing under a heading with 的 after
 * the information (二、本关对外公开政府信息的渠道) are read.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const customs = `东林海关政府信息公开指南
一、本关持有政府信息基本情况
本关在履行职责过程中会产生并保存组织机构、综合政务、通关监管等政府信息。
二、本关对外公开政府信息的渠道
(一)南岸海关门户网站:http://nanan.customs.example.cn/
(二)“南岸海关服务热线发布”微信公众号;
(三)各业务现场政务公开专栏。
三、政府信息公开工作机构情况
本关政府信息公开工作机构为东林海关办公室,办公地址:北岸市东林路8号,联系电话:0760-5550188
`;

const bureau = `西河省水利厅政府信息公开指南
一、主动公开
(一)公开方式
本厅通过西河省水利厅门户网站公开政府信息。除上述方式外,公民、法人和其他组织还可以直接到西河省水利厅政务公开办公室查询有关信息。
二、依申请公开
(一)受理机构
受理机构:西河省水利厅办公室
联系电话:0351-5550199
`;

describe('qaguide43: asked', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['customs.txt', customs],
      ['bureau.txt', bureau],
    ]);
  });
  afterAll(() => app.dispose());

  it('answers applying for someone else, named as 代别人, with the rules on applying through someone else', async () => {
    for (const question of ['能不能代别人向东林海关申请', '能不能代别人向西河省水利厅申请信息公开']) {
      const answer = await app.ask(question, `agent-${question.length}`);
      expect(answer.kind, question).toBe('guide');
      expect(answer.answer, question).toContain('委托');
    }
  });

  it('answers 能代我爸申请吗 after a guide answer with the same rules', async () => {
    await app.ask('东林海关信息公开在哪申请', 'father');
    const answer = await app.ask('能代我爸申请吗', 'father');
    expect(answer.kind).toBe('guide');
    expect(answer.answer).toContain('委托');
  });

  it('answers 能去现场查信息吗 with where to read', async () => {
    const answer = await app.ask('西河省水利厅能去现场查信息吗', 'onsite');
    expect(answer.kind).toBe('guide');
    expect(answer.answer).toContain('政务公开办公室');
  });

  it('names the account whole when the guide lists it as a bracketed item after the portal’s address', async () => {
    const answer = await app.ask('东林海关有公众号吗', 'account');
    expect(answer.kind).toBe('guide');
    expect(answer.answer).toContain('“南岸海关服务热线发布”微信公众号');
  });
});
