/**
 * gaps53's classes (issue #11), on made-up pages cut before their tables: visits printed in 人次 asked in 人 or 次
 * (多少人咨询, 电话咨询多少次), a total followed by 其中 and its parts never summed with them, 接受 asked for 受理 printed,
 * a change asked naming nothing (同比增长多少) answered by the report's one stated rate, and proposals of one kind counted in 条 asked in 件 (政协提案办了几件), never a count lumping two kinds.
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
办理人大代表建议和答复3条,办理政协提案和答复4条。
2024年共办理政府信息公开申请25件,同比增长8.7%。`,
  ),
  'xiang.txt': cutPage(
    '南屏县石门乡',
    `(一)主动公开情况
2024年,公开信息60条,同比增长5%;办理人大政协提案建议6条。
(二)依申请公开情况
2024年共收到政府信息公开申请4件,同比下降20%。`,
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

  it('a change naming nothing is the one rate its report states; with two rates, none is guessed (made up)', async () => {
    const [sole] = await converse(app, 'g53-sole', ['南屏县青禾镇2024年同比增长多少']);
    expect(values(sole)).toEqual([8.7]);
    expect(sole.answer).toContain('申请25件');
    const [two] = await converse(app, 'g53-two', ['南屏县石门乡2024年同比增长多少']);
    expect(values(two)).toEqual([]);
  });

  it('proposals of one kind counted in 条 answer 几件; a count lumping two kinds does not (made up)', async () => {
    const [proposals] = await converse(app, 'g53-proposals', ['南屏县青禾镇2024年政协提案办了几件']);
    expect(values(proposals)).toEqual([4]);
    const [suggestions] = await converse(app, 'g53-suggestions', ['南屏县青禾镇2024年人大代表建议办了几件']);
    expect(values(suggestions)).toEqual([3]);
    const [lumped] = await converse(app, 'g53-lumped', ['南屏县石门乡2024年政协提案办了几件']);
    expect(values(lumped)).not.toContain(6);
  });
});
