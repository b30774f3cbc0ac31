/**
 * Probes of session 42 (helper probes42): citizens' templates asked of random agencies of one store of every real fixture
 * folder. The classes found, each with a made-up example below (another agency, other words):
 * - 咋弄申请 / 怎么整申请 / 怎么搞个申请 (a verb of doing between 怎么 and 申请): "没有理解" for every agency with a guide.
 *   Now how to apply, as 怎么申请 asks it (colloquial.ts).
 * - 收费不咯 / 能网上申请不嘞 (a dialect's particle after the question's final 不): "没有理解". Now the yes/no question 收费不.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const GUIDE = `为更好地提供政府信息公开服务,南岭县林业局编制了《南岭县林业局政府信息公开指南》。
一、政府信息公开工作机构
工作机构名称:县林业局办公室
办公地址:南岭县建设路18号
咨询电话:0771-2345678
二、依申请公开
(一)申请方式
申请人可以通过当面提交、信函邮寄、网上申请等方式提出申请。
(二)收费
行政机关依申请提供政府信息,不收取费用。
`;

describe('probes42 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [['guide.txt', GUIDE]]);
  });
  afterAll(() => app.dispose());

  it('asks how to apply when a verb of doing stands between 怎么 and 申请 (咋弄申请, 怎么整申请)', async () => {
    for (const [user, q] of [
      ['how1', '南岭县林业局咋弄申请'],
      ['how2', '南岭县林业局怎么整申请嘞'],
      ['how3', '南岭县林业局要怎么搞个申请'],
    ]) {
      const [answer] = await converse(app, user, [q]);
      expect(answer.answer).not.toContain('没有理解');
      expect(answer.answer).toContain('网上申请');
    }
  });

  it('reads a dialect particle after a final 不 as the yes/no question (收费不咯, 能网上申请不嘞)', async () => {
    const [fee] = await converse(app, 'fee', ['南岭县林业局收费不咯']);
    expect(fee.answer).not.toContain('没有理解');
    expect(fee.answer).toContain('不收取费用');
    const [online] = await converse(app, 'online', ['南岭县林业局能网上申请不嘞']);
    expect(online.answer).toMatch(/^可以/);
  });
});
