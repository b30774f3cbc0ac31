/**
 * gaps53's classes (issue #11), on made-up pages cut before their tables: visits printed in 人次 asked in 人 or 次
 * (多少人咨询, 电话咨询多少次), a total followed by 其中 and its parts never summed with them, 接受 asked for 受理 printed,
 * sessions printed in 期 asked in 次 (在线访谈几次), and a count of what was handled by phone (电话答复留言多少条) read as
 * a count, the question's words before the noun (电话答复) naming the part, not the noun's whole (留言111条).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

function cutPage(agency: string, body: string): string {
  return `${agency}2024年政府信息公开工作年度报告
本报告根据《中华人民共和国政府信息公开条例》规定编制。报告中所列数据统计期为2024年1月1日至2024年12月31日。
一、总体情况
${body}
`;
}

const REPORTS: Record<string, string> = {
  'zhen.txt': cutPage(
    '南屏县青禾镇',
    `(一)主动公开情况
2024年,通过门户网站公开信息88条,开展在线访谈3期,征集意见5条。
(二)政府信息咨询情况
本年度受理政府信息咨询418人次,其中现场咨询350人次,电话咨询72人次。
(三)互动交流情况
受理网民留言95条,公开答复33条、电话答复62条,办结率100%。
联系电话:0000-1234567。`,
  ),
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('gaps53 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('visits printed in 人次 answer 多少人 and 多少次, quoted in 人次; the total before 其中 is never summed with its parts (made up)', async () => {
    const [people] = await converse(app, 'g53-people', ['南屏县青禾镇2024年多少人咨询']);
    expect(values(people)).toEqual([418]);
    expect(people.answer).toContain('人次');
    const [received] = await converse(app, 'g53-received', ['南屏县青禾镇2024年接受了多少人咨询']);
    expect(values(received)).toEqual([418]);
    const [phone] = await converse(app, 'g53-phone', ['南屏县青禾镇2024年电话咨询多少次']);
    expect(values(phone)).toEqual([72]);
  });

  it('sessions printed in 期 answer 几次 (made up)', async () => {
    const [talks] = await converse(app, 'g53-talks', ['南屏县青禾镇2024年在线访谈几次']);
    expect(values(talks)).toEqual([3]);
  });

  it('a count handled by phone is no phone number, and its words before the noun name the part (made up)', async () => {
    const [byPhone] = await converse(app, 'g53-by-phone', ['南屏县青禾镇2024年电话答复留言多少条']);
    expect(values(byPhone)).toEqual([62]);
    const [published] = await converse(app, 'g53-published', ['南屏县青禾镇2024年公开答复留言多少条']);
    expect(values(published)).toEqual([33]);
    const [all] = await converse(app, 'g53-all', ['南屏县青禾镇2024年受理留言多少条']);
    expect(values(all)).toEqual([95]);
    const [number] = await converse(app, 'g53-number', ['南屏县青禾镇联系电话是多少']);
    expect(number.answer).toContain('1234567');
  });
});
