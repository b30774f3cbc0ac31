/**
 * wrongfig39's classes (real-questions-wrongfig39), on made-up pages cut before their tables (prose only, as many real
 * pages are): a channel or platform named before 收到 (民呼我为收到了几件) with no word of applying is no application, so
 * neither the year's applications nor a none of them answers it; 上年转结…申请0件 is carried in, never the count received;
 * a review outcome named (复议纠正了几件) is read from its own clause (2件结果纠正), not the reviews' total before it; a hotline or mailbox
 * asked with 收到 is counted by what was handled (办理12345政务服务热线766件, 领导信箱办件71件).
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
  'jie.txt': cutPage(
    '南屏县东岭街道',
    `(一)主动公开政府信息情况
2024年,累计公开政府信息530条。在南屏县人民政府网站公开信息41条。
2024年,办理12345政务服务热线312件,办理问政南屏留言18件;领导信箱办件27件,办结27件。
(二)依申请公开情况
2024年,受理政府信息公开申请0件;
上年转结政府信息公开申请0件;
受理因政府信息公开提起的行政复议申请0件。`,
  ),
  'ju.txt': cutPage(
    '南屏县西岭管理局',
    `(一)主动公开情况
2024年,公开政府信息共计31项,其中行政许可0项,行政处罚9项,行政强制4项,其他18项。
全年共发布信息186条,其中财政决算2条,行政处罚信息44条,工作动态140条。
(二)依申请公开情况
2024年,共收到政府信息公开申请21件,其中线下申请13件,网上申请8件。规范办理答复完成21件,因不服答复引起行政复议5件,1件结果维持,4件结果纠正。`,
  ),
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('wrongfig39 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('a platform named before 收到, with no word of applying, is not answered by the applications (made up)', async () => {
    const [platform] = await converse(app, 'w39-platform', ['南屏县东岭街道2024年民呼我为收到了几件']);
    expect(platform.kind).toBe('refusal');
    expect(values(platform)).toEqual([]);
    const [other] = await converse(app, 'w39-other', ['南屏县东岭街道2024年阳光问政收到几件']);
    expect(values(other)).toEqual([]);
    // Its own channel, printed, still answers; so does a plain 收到几件.
    const [hotline] = await converse(app, 'w39-hotline', ['南屏县东岭街道2024年问政南屏留言办理了多少件']);
    expect(values(hotline)).toEqual([18]);
  });

  it('a hotline or mailbox asked with 收到 is counted by what was handled (made up)', async () => {
    const [hotline] = await converse(app, 'w39-12345', ['南屏县东岭街道2024年12345热线收到多少件']);
    expect(values(hotline)).toEqual([312]);
    const [mailbox] = await converse(app, 'w39-mailbox', ['南屏县东岭街道2024年领导信箱收到几件']);
    expect(values(mailbox)).toEqual([27]);
  });

  it('上年转结…申请0件 is carried in, never the count received (made up)', async () => {
    const [received] = await converse(app, 'w39-received', ['南屏县东岭街道2024年收到几件信息公开申请']);
    expect(received.answer).toContain('受理政府信息公开申请0件');
    expect(received.answer).not.toContain('上年转结');
    const [plain] = await converse(app, 'w39-plain', ['南屏县东岭街道2024年收到几件']);
    expect(plain.answer).not.toContain('上年转结');
  });

  it('a review outcome named is read from its own clause, not the reviews before it (made up)', async () => {
    const [corrected] = await converse(app, 'w39-corrected', ['南屏县西岭管理局2024年复议纠正了几件']);
    expect(values(corrected)).toEqual([4]);
    const [upheld] = await converse(app, 'w39-upheld', ['南屏县西岭管理局2024年复议维持了几件']);
    expect(values(upheld)).toEqual([1]);
    const [reviews] = await converse(app, 'w39-reviews', ['南屏县西岭管理局2024年被行政复议几次']);
    expect(values(reviews)).toEqual([5]);
  });
});
