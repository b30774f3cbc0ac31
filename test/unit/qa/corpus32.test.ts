/**
 * real-questions-corpus32's answer classes (reports-more35), each on a made-up report: a clause saying the year's disclosure
 * with no count (积极主动地公开了各类政府信息) gives its count to the next clause's 共计 of a list of kinds, and channels counting more than it are no parts of it; 微薄 before 推送 is
 * 微博; a channel the segmenter cuts in two with its verb (抖|音发了) and two channels asked together in 个 of videos are
 * answered by the count they share; 比上一年多了多少 after a figure whose sentence prints the change in its unit (52件,与去年相比
 * 增加了32件) is that printed change, no earlier year's figure worked out; 网站上面发了大概有多少 is a site's count asked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const values = (answer: { facts: ReadonlyArray<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('real-questions-corpus32 classes on made-up reports', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'qingshui.txt',
        `示例县青水乡2025年政府信息公开工作年度报告
本报告中所列数据统计期限自2025年1月1日起至12月31日。
一、总体情况
(一)主动公开情况
在本年度中,青水乡积极主动地公开了各类政府信息,具体包括低保名单、惠农补贴发放等方面的内容共计64条,通过微信公众号发布各类信息41条,在微信视频号、抖音号发布视频97条,利用公示栏公示村务信息88条。`,
      ],
      [
        'baishi.txt',
        `示例市白石区人民政府办公室2024年政府信息公开工作年度报告
所列数据统计时限为2024年1月1日至2024年12月31日。
一、总体情况
(一)主动公开。2024年,在区人民政府门户网站主动公开文件35件,微博推送信息212条。
(二)依申请公开。2024年接收依申请信息公开办理47件,与去年相比增加了15件,均规范予以答复。`,
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('共计 after a list of kinds counts the 主动公开 the clause before states without a figure', async () => {
    const answer = await app.ask('青水乡2025年主动公开了多少条政府信息');
    expect(answer.kind).toBe('figure');
    expect(values(answer)).toContain(64);
    // The channels' counts (97 is more than 64) are no parts of it: never listed under it with 其中.
    expect(answer.answer).not.toMatch(/64条，其中/);
  });

  it('微薄推送 is 微博推送', async () => {
    const answer = await app.ask('白石区政府办24年微薄推送了多少条');
    expect(values(answer)).toContain(212);
  });

  it('抖音发了 (抖|音发) with 视频号, in 个 of videos, is the count the two channels share', async () => {
    const answer = await app.ask('青水乡在视频号和抖音发了多少个视频');
    expect(answer.kind).toBe('figure');
    expect(values(answer)).toContain(97);
    // One of the two alone is still no count of its own.
    expect(values(await app.ask('青水乡抖音发了多少个视频'))).not.toContain(97);
  });

  it('网站上面发了大概有多少条 (上面, 大概有) asks the site’s count, as 网站上发了多少条', async () => {
    const answer = await app.ask('那个就是我想问一下白石区政府办他们二四年网站上面发了大概有多少条信息啊');
    expect(answer.kind).toBe('figure');
    expect(values(answer)).toContain(35);
  });

  it('比上一年多了多少 after a figure whose sentence prints the change is that change', async () => {
    const [first, change] = await converse(app, 'c32-change', ['白石区政府办2024年收到几件申请', '比上一年多了多少']);
    expect(values(first)).toContain(47);
    expect(change.kind).toBe('figure');
    expect(values(change)).toContain(15);
    expect(change.answer).toContain('15件');
    // The earlier year's count is never worked out (47 − 15).
    expect(change.answer).not.toContain('32');
  });
});
