/**
 * gaps27's classes, each on made-up reports.
 * 1. A channel named by its example platform and pointing words (学习强国这些国家级媒体发了多少): read as out of scope; the words
 *    are now the X等Y the report prints.
 * 2. 哪个渠道最多 after a channel breakdown asked one part at a time, where the sentence names each channel in its own clause
 *    (…网站公开信息11条,学习强国等国家级媒体公开信息64条): each figure was given the last channel word of the sentence before it
 *    (网站 for all), so no two channels were told apart. Each count is now named by its own clause's channel.
 * 3. 占多少比例 after a part: not read as a share (占比多少 was).
 * 4. 财政资金和公共资源交易加起来 with no count word after the sum word: read as out of scope; it asks 加起来多少.
 * 5. A share of a thing whose name opens with a service line's number (12345热线办件占主动公开的比例): the number made the pair
 *    unreadable and the question was refused for its units.
 * 6. An account's name asked in 繁体 (帳號叫什麼 simplifies to 帐号叫什么): 帐号 is 账号.
 * 7. 12354热线 (two neighbouring digits of the service hotline swapped): the 12345 hotline.
 * 8. 那X一共推送了多少 after a channel's count (政府网站公开了几条): the channel was kept and X refused; 一共 asks X's total. And
 *    a total asked with a verb (一共推送了多少) took the 累计浏览量达…次 of the same sentence as the total: a level of views (a 量
 *    the question does not say) is no total of items.
 * 9. X一共多少 (an agency, 一共 and no noun) after another agency's total: the remembered thing's total of X, so that 哪个多 and
 *    差多少 after it weigh the two agencies of the conversation.
 * 10. 它发了几条 after 荔小卫是什么平台: 它 was read as a noun of the question, so the thing the last question named was not
 *    asked; and the segmenter glued an unknown name to the verb after it (荔小卫发|了), so 荔小卫发了几条 found no sentence.
 * 11. 这个年报在哪下载 in a conversation about one agency: the rule on publishing reports was answered; the report pointed at is
 *    that agency's, and where it may be read (报告电子版可从…网站(网址:…)查阅或下载) is its site. 在哪下载 asks a site too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const HEAD = (name: string, year: number) => `${name}${year}年政府信息公开工作年度报告
本报告中所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。
一、总体情况
`;

describe('gaps27: channels, shares, sums and spellings in conversations', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'shiqiao.txt',
        `${HEAD('青溪县石桥镇人民政府', 2024)}(一)主动公开情况。2024年,石桥镇累计公开政府信息300条。从公开渠道来看,青溪县人民政府网站公开信息20条,人民日报客户端等中央级媒体公开信息45条,青溪发布等县级平台公开信息150条,通过公示栏等公开载体公开信息85条。
(二)依申请公开情况。2024年未收到政府信息公开申请。`,
      ],
      [
        'baihe.txt',
        `${HEAD('白河县柳林镇人民政府', 2025)}(一)主动公开情况。2025年,我镇通过政府信息公开平台推送各类政务信息400条,累计浏览量达5200次。其中,累计更新财政资金信息60条,及时公开预决算情况;公共资源交易信息25条,涵盖工程招投标等内容;社会救助信息100条,详细公示低保等救助政策。
(二)依申请公开情况。2025年未收到政府信息公开申请。
报告电子版可从白河县人民政府网站(网址:http://www.baihe.example.gov.cn/gk/)查阅或下载。`,
      ],
      [
        'liulin2.txt',
        `${HEAD('青溪县杨柳乡人民政府', 2024)}(一)主动公开情况。2024年,杨柳乡累计公开政府信息210条。从公开渠道来看,青溪县人民政府网站公开信息30条,杨柳发布等县级平台公开信息180条。
(二)依申请公开情况。2024年未收到政府信息公开申请。`,
      ],
      [
        'songxi.txt',
        `${HEAD('松溪县卫生健康局', 2024)}(一)主动公开情况。按照主动及时原则,松溪县卫生健康局2024年主动公开政府信息500条,其中政府网站公开50条,微信公众号“健康松溪”发布250条,微博“松溪卫健”发布40条,微信视频号“溪小健”发布12条,12345政务服务热线办件160件。
(二)依申请公开情况。2024年未收到政府信息公开申请。`,
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('reads 学习强国这些国家级媒体 as the 等 the report prints', async () => {
    const [, answer] = await converse(app, 'c1', ['石桥镇24年一共公开了多少条政府信息', '人民日报客户端这些中央级媒体发了多少']);
    expect(answer.answer).toContain('45条');
  });

  it('ranks the channels of one sentence each by its own clause (哪个渠道最多)', async () => {
    const answers = await converse(app, 'c2', [
      '石桥镇24年一共公开了多少条政府信息',
      '中央级媒体发了多少',
      '那县级平台呢',
      '公示栏呢',
      '哪个渠道最多',
    ]);
    const last = answers.at(-1)!;
    expect(last.kind).toBe('figure');
    expect(last.answer).toMatch(/县级平台最多，150条/);
  });

  it('reads 占多少比例 after a part as its share of the whole before it', async () => {
    const answers = await converse(app, 'c3', ['柳林镇二五年推送了多少政务信息', '社会救助信息呢', '占多少比例']);
    expect(answers[2].answer).toContain('25%');
  });

  it('reads A和B加起来 with no count word as the sum asked', async () => {
    const answers = await converse(app, 'c4', ['柳林镇二五年推送了多少政务信息', '财政资金和公共资源交易加起来']);
    expect(answers[1].kind).toBe('figure');
    expect(answers[1].answer).toContain('85');
  });

  it('works out the share of a thing named with a hotline number (12345热线办件占主动公开的比例)', async () => {
    const answers = await converse(app, 'c5', ['松溪卫健局24年政府网站公开了多少条', '12345热线办件占主动公开的比例是多少']);
    expect(answers[1].answer).toContain('32%');
  });

  it('reads 帐号 (帳號 simplified) as 账号', async () => {
    const answers = await converse(app, 'c6', ['松溪县卫生健康局2024年政府网站公开了多少条', '微博帳號叫什麼']);
    expect(answers[1].answer).toContain('松溪卫健');
  });

  it('reads 12354热线 as the 12345 hotline', async () => {
    const answers = await converse(app, 'c7', ['松溪卫健局24年公众号发了多少', '12354热线呢']);
    expect(answers[1].answer).toContain('160件');
  });

  it('reads 那X一共推送了多少 after a channel as the total of X, never the views of its sentence', async () => {
    const answers = await converse(app, 'c8', ['杨柳乡政府网站公开了几条', '那柳林镇一共推送了多少']);
    expect(answers[1].kind).toBe('figure');
    expect(answers[1].facts.map((fact) => fact.value)).toEqual([400]);
  });

  it('reads X一共多少 after the total of another agency as the total of X, and 差多少 then weighs the two', async () => {
    const answers = await converse(app, 'c9', ['杨柳乡政府网站公开了几条', '那柳林镇一共推送了多少', '杨柳乡一共多少', '哪个多', '差多少']);
    expect(answers[2].facts.map((fact) => fact.value)).toContain(210);
    expect(answers[4].answer).toContain('相差190条');
  });

  it('reads 它发了几条 after 溪小健是什么平台 as the count of that account', async () => {
    const answers = await converse(app, 'c10', ['松溪卫健局24年公众号发了多少', '溪小健是什么平台', '它发了几条']);
    expect(answers[2].kind).toBe('figure');
    expect(answers[2].answer).toContain('12条');
    const [named] = await converse(app, 'c11', ['松溪县卫生健康局溪小健发了几条']);
    expect(named.answer).toContain('12条');
  });

  it('answers 这个年报在哪下载 with the site of the agency talked about, not the rule on publishing reports', async () => {
    const answers = await converse(app, 'c13', ['柳林镇二五年推送了多少政务信息', '这个年报在哪下载']);
    expect(answers[1].answer).toContain('baihe.example.gov.cn');
  });
});
