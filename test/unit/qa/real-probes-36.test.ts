/**
 * Lead probes of the thirty-sixth session: citizens' own words over one store of every real fixture folder. The classes
 * found, each with a made-up example below (other agencies, other words):
 * - What places the store covers (有哪些城市的, 能查哪些省, 有几个城市, 哪些县的能查, 你们有哪些地方的数据): 有哪些城市的 read
 *   些城市 as 晋城市 mistyped and answered a sentence of 晋城市人民政府's report; the rest were refused, or asked back as off-topic.
 *   The places are now counted from the stored agencies' names, by the level asked.
 * - 有没有北京的 / 有宁夏的吗 (whether anything of a place is held, no noun after 的): "没有理解您想了解北京市的哪项内容". Now
 *   the place's agencies with reports.
 * - 收录了多少个单位 (how many agencies, no 年报 said): refused. Now what the store holds.
 * - Where a report itself is read or got (把X的年报发给我, X年报的链接, 怎么下载X的年报, 能把年报发给我吗, 年报原文在哪里能看到):
 *   refused, or answered with the deadline rule (1月31日前…) or the reading places of proactive information. A guide topic of
 *   its own now says where reports are published (the site's 政府信息公开 column, the reading places), that files cannot be sent
 *   here, and the deadlines; of a named agency, its guide's or reports' site first.
 * - The bot's data asked of (你们的数据准吗, 数据来源是什么, 数据是哪来的 first in a conversation, 这些数据可靠吗): off-topic.
 *   Now where every answer comes from.
 * - What a figure of the report means (予以公开是什么意思, 什么叫结转下年度, 尚未审结指的是什么, 自然人是什么意思), and 啥意思 /
 *   这个数什么意思 / 那个13是什么意思 / 看不懂 after a figure: asked back for an agency and year, refused, or (那个13…) read as a
 *   thing named 意思. Each row, group and column of tables 二–四 now has its meaning in plain words with its article
 *   (src/qa/terms.ts); after a figure, the figure said (or the one just answered) is named and explained.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGuide } from '../../../src/guide/topics.js';
import { termNamed, termOfFact } from '../../../src/qa/terms.js';
import { importTexts, makeTestApp, type TestApp, xigongAs } from '../../helpers.js';

describe('which places the store covers', () => {
  let app: TestApp;
  beforeAll(async () => {
    // With the sample reports (洛阳市西工区, 宁夏's agencies) beside these four.
    app = makeTestApp();
    await importTexts(app, [
      ['cuiping.txt', xigongAs('宜宾市翠屏区水务局', '宜宾市翠屏区', '2024年,我局主动公开政府信息30条。', '全年收到政府信息公开申请4件。')],
      ['nanxi.txt', xigongAs('宜宾市南溪区教育局', '宜宾市南溪区', '2024年,我局主动公开政府信息21条。', '全年收到政府信息公开申请2件。')],
      ['fucheng.txt', xigongAs('绵阳市涪城区审计局', '绵阳市涪城区', '2024年,我局主动公开政府信息12条。', '全年收到政府信息公开申请1件。')],
      ['zoucheng.txt', xigongAs('邹城市人民政府', '邹城市', '2024年,我市主动公开政府信息800条。', '全年收到政府信息公开申请60件。')],
    ]);
  });
  afterAll(() => app.dispose());

  it('reads 些城市 / 个城市 as the noun, not a city mistyped', async () => {
    for (const [index, question] of ['有哪些城市的', '有几个城市', '能查哪些城市'].entries()) {
      const answer = await app.ask(question, `places-city-${index}`);
      expect(answer.kind, question).toBe('text');
      expect(answer.answer, question).not.toContain('理解；如不是');
      expect(answer.answer, question).toMatch(/分布在\d+个市/);
      expect(answer.answer, question).toContain('济宁市（1个）');
      expect(answer.answer, question).toContain('宜宾市（2个）');
      expect(answer.answer, question).toContain('绵阳市（1个）');
      expect(answer.facts, question).toEqual([]);
    }
  });

  it('counts provinces and counties by the level asked', async () => {
    const provinces = await app.ask('你们覆盖了几个省', 'places-province');
    expect(provinces.answer).toMatch(/分布在\d+个省（区、市）/);
    expect(provinces.answer).toContain('四川省（3个）');
    expect(provinces.answer).toContain('山东省（1个）');
    const places = await app.ask('你们有哪些地方的数据', 'places-any');
    expect(places.answer).toContain('四川省（3个）');
  });

  it('lists a place’s agencies when asked whether it is held', async () => {
    const yibin = await app.ask('有没有宜宾的', 'places-yibin');
    expect(yibin.kind).toBe('text');
    expect(yibin.answer).toContain('宜宾市翠屏区水务局（2024年）');
    expect(yibin.answer).toContain('宜宾市南溪区教育局（2024年）');
    expect(yibin.answer).not.toContain('绵阳');
    const sichuan = await app.ask('四川的有吗', 'places-sichuan');
    expect(sichuan.answer).toContain('3个');
  });

  it('leaves 有没有X的 of a figure, 哪些地方 of where to apply and 有多少个地方部门… alone', async () => {
    const counted = await app.ask('宜宾市翠屏区水务局2024年有多少个地方部门平台链接', 'places-links');
    expect(counted.answer).not.toMatch(/个市|省（区、市）|政府信息公开工作年度报告，共/);
    const refused = await app.ask('有没有不予公开的', 'places-figure');
    expect(refused.answer).not.toMatch(/个市|省（区、市）/);
    const where = await app.ask('哪些地方可以交申请', 'places-guide');
    expect(where.kind).toBe('guide');
  });

  it('says what is held when asked how many agencies', async () => {
    const held = await app.ask('收录了多少个单位', 'places-count');
    expect(held.kind).toBe('text');
    expect(held.answer).toContain('宜宾市翠屏区水务局');
    expect(held.answer).toContain('邹城市人民政府');
  });
});

describe('where a report itself is read or got', () => {
  const guide = loadGuide();
  it.each(['年报在哪下载', '能把年报发给我吗', '年报原文在哪里能看到', '把去年的年度报告发给我', '怎么下载年报', '年报的链接有吗'])(
    '%s',
    (question) => {
      expect(guide.match(question)?.topic.id).toBe('annual-report-where');
    },
  );
  it('leaves the deadline its own topic', () => {
    expect(guide.match('年报什么时候公布')?.topic.id).toBe('annual-report-deadline');
    expect(guide.match('年度报告最晚几号发布')?.topic.id).toBe('annual-report-deadline');
  });

  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['gaoping.txt', xigongAs('遂宁市船山区统计局', '遂宁市船山区', '2024年,我局主动公开政府信息15条。', '全年收到政府信息公开申请3件。')],
    ]);
  });
  afterAll(() => app.dispose());

  it.each(['把遂宁市船山区统计局2024年的年报发给我', '船山区统计局年报的链接', '怎么下载船山区统计局的年报'])(
    'of a named agency: %s',
    async (question) => {
      const answer = await app.ask(question, `copy-${question}`);
      expect(answer.kind).toBe('guide');
      expect(answer.answer).toContain('遂宁市船山区统计局');
      expect(answer.answer).toContain('门户网站');
      expect(answer.answer).toContain('不能发送文件');
    },
  );
});

describe('the bot’s data asked of', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
  });
  afterAll(() => app.dispose());

  it.each(['你们的数据准吗', '数据来源是什么', '你这数据哪来的', '这些数据可靠吗', '数据是哪来的'])('%s', async (question) => {
    const answer = await app.ask(question, `data-${question}`);
    expect(answer.kind).toBe('text');
    expect(answer.answer).toContain('摘自所注明的年度报告');
  });

  it('still points at the report of a figure just answered', async () => {
    await app.ask('西工区科技局2024年办理了几件行政许可', 'data-after');
    const answer = await app.ask('数据是哪来的', 'data-after');
    expect(answer.answer).toContain('《西工区科学技术局2024年政府信息公开工作年度报告》');
  });
});

describe('what a figure of the report means', () => {
  it('names each row, group and column by its words', () => {
    expect(termNamed('予以公开')?.name).toBe('予以公开');
    expect(termNamed('“部分公开”')?.name).toBe('部分公开');
    expect(termNamed('结转下年度')?.name).toBe('结转下年度继续办理');
    expect(termNamed('这个上年结转')?.name).toBe('上年结转政府信息公开申请数量');
    expect(termNamed('法人')?.name).toBe('法人或其他组织');
    expect(termNamed('行政复议的数量')?.name).toBe('行政复议');
    expect(termNamed('电话')).toBeUndefined();
    expect(termNamed('主动公开')).toBeUndefined();
  });
  it('reads a figure’s key: its row, a reason of a group, an appeal’s result', () => {
    expect(termOfFact('received.natural_person')?.name).toBe('本年新收政府信息公开申请数量');
    expect(termOfFact('withheld.third_party.total')?.name).toBe('保护第三方合法权益');
    expect(termOfFact('unavailable.total')?.name).toBe('无法提供');
    expect(termOfFact('review.upheld')?.name).toBe('结果维持');
    expect(termOfFact('litigation_direct.total')?.name).toBe('未经复议直接起诉');
    expect(termOfFact('licensing')?.name).toBe('行政许可');
    expect(termOfFact('proactive_items')).toBeUndefined();
  });

  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'shuangliu.txt',
        xigongAs('成都市双流区审计局', '成都市双流区', '2024年,我局主动公开政府信息44条。', '全年收到政府信息公开申请5件。'),
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it.each([
    ['予以公开是什么意思', '予以公开'],
    ['什么叫结转下年度', '结转下年度继续办理'],
    ['尚未审结指的是什么', '尚未审结'],
    ['自然人是啥意思', '自然人'],
    ['上年结转是什么意思', '上年结转政府信息公开申请数量'],
  ])('%s', async (question, name) => {
    const answer = await app.ask(question, `term-${question}`);
    expect(answer.kind).toBe('text');
    expect(answer.answer.startsWith(`“${name}”：`)).toBe(true);
    expect(answer.answer).toMatch(/依据：/);
  });

  it('explains the figure just answered, or the one of its numbers named', async () => {
    const figure = await app.ask('成都市双流区审计局2024年收到几件申请', 'term-after');
    expect(figure.kind).toBe('figure');
    const value = figure.facts[0].value;
    const meant = await app.ask('啥意思', 'term-after');
    expect(meant.kind).toBe('figure');
    expect(meant.answer).toContain(`成都市双流区审计局2024年的${value}件`);
    expect(meant.answer).toContain('新收到的政府信息公开申请件数');
    expect(meant.facts.map((fact) => fact.value)).toEqual([value]);
    const again = await app.ask(`那个${value}是什么意思`, 'term-after');
    expect(again.answer).toContain('本年新收政府信息公开申请数量');
    const missing = await app.ask('那个8888是什么意思', 'term-after');
    expect(missing.kind).toBe('refusal');
    expect(missing.answer).toContain('没有8888这个数');
  });
});
