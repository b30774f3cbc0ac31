/**
 * qaguide38: guide questions the answers missed over real 海关, 应急管理局, 街道 and 市政府 guides (guides-52, issue #11).
 * Asked: a customs house named by its port alone (澄湖海关, stored as 北江澄湖海关) is that house, never the government of a
 * stored place of the same name (澄湖区); a name right after 给/向/往 (给澄湖海关寄…) is read shortened as after 问 or 找.
 * Made-up guides.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const district = `江城市澄湖区人民政府信息公开指南
为便于公众获取政府信息,编制本指南。
一、依申请公开
受理机构:江城市澄湖区人民政府办公室
办公地址:江城市澄湖区府前路1号
咨询电话:0999-1234567
`;

const customs = `北江澄湖海关政府信息公开指南
为方便公民、法人和其他组织获取海关政府信息,本关编制了《北江澄湖海关政府信息公开指南》。
一、政府信息公开工作机构情况
本关政府信息公开工作机构为北江澄湖海关办公室,办公地址:北江市港前大道8号,联系电话:0998-7654321。
二、政府信息公开申请渠道
(一)信函申请。申请人填写《申请表》,邮寄至本关,请在信封左下角注明“海关政府信息公开申请”字样。
`;

describe('qaguide38: asked', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['district.txt', district],
      ['customs.txt', customs],
    ]);
  });
  afterAll(() => app.dispose());

  const ask = async (question: string) => {
    const answer = await app.ask(question);
    expect(answer.kind).toBe('guide');
    return answer.answer;
  };

  it('reads a customs house named by its port alone as that house, not the place’s government', async () => {
    const answer = await ask('澄湖海关电话多少');
    expect(answer).toContain('0998-7654321');
    expect(answer).not.toContain('0999-1234567');
    expect(await ask('澄湖区政府电话多少')).toContain('0999-1234567');
  });
  it('reads a shortened name after 给 or 向', async () => {
    expect(await ask('给澄湖海关寄申请信封上写啥')).toContain('海关政府信息公开申请');
  });
});
