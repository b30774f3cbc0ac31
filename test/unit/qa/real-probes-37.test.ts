/**
 * Lead probes of the thirty-seventh session: citizens' own words over one store of every real fixture folder. The classes
 * found, each with a made-up example below (other agencies, other words):
 * - The kinds of one outcome group asked after a figure (不予公开的都有哪些, 不予公开的理由有哪些, 不予处理的都是哪些): read as
 *   "which agencies", they listed every report's 不予公开 across the store ("各年度“不予公开”不为0的有：…"), or were answered with
 *   the rules on exemptions; asked with the agency named (无法提供的都有哪些) the table's rows were refused as "只写了564件这个数".
 *   Now the rows of that group in the report talked of.
 * - An outcome asked in words alone after a count of reviews read from a sentence (输了几次 / 赢了几次 after 复议了几次, against
 *   因政府信息公开引发行政复议3件): answered with the 3 cases, which a citizen reads as 3 lost. Now no number is stated.
 * - How recent the store is (哪个单位的年报最新, 最新的数据是哪年的, 数据多久更新一次, 你们什么时候更新的, 2025年的年报都出来了吗):
 *   a list of agencies in name order, the rule on how long a reply may take, or off-topic. Now the latest year held with its
 *   count, each year's count, the day reports were last stored, and of a year asked, by when its reports were due.
 * - The agency a ranking just named, pointed at (它主动公开了多少, 这个单位的电话, 第二名的电话 after 2024年哪个单位收到的申请最多):
 *   asked back "哪个机关、哪一年". Now the agency at that place of the ranking, in its year; 第二名呢 after it still asks the
 *   ranking, and 它 after an agency's own answer is that agency.
 * - Two years of one agency compared with 比 before the thing (19年和25年比申请多了多少): 比申请 hid 申请, so no topic was read
 *   and two sentences of different things were subtracted (1295 − 72, the 72 being applications carried into the next year).
 *   Now the received row, read from each year's table.
 * - A kind's report asked with no place (教育局的年报, 本地卫健委的年报, 我想查一下我们县教育局的年报): off-topic, or "没有找到
 *   “我想查一下我们县教育局”" (the request words read as part of the name). Now 我想查一下 / 我要看看 are request words, and
 *   the stored agencies of that kind with their years are listed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { understand } from '../../../src/qa/understand.js';
import { importTexts, makeTestApp, type TestApp, xigongAs } from '../../helpers.js';

/** The sample table with some applications withheld and some not processed (each row's 自然人 column and its total). */
function withOutcomes(text: string): string {
  return text
    .replace(/(1\. 属于国家秘密)\t0\t0\t0\t0\t0\t0\t0/, '$1\t2\t0\t0\t0\t0\t0\t2')
    .replace(/(5\. 属于三类内部事务信息)\t0\t0\t0\t0\t0\t0\t0/, '$1\t3\t0\t0\t0\t0\t0\t3')
    .replace(/(1\. 信访举报投诉类申请)\t0\t0\t0\t0\t0\t0\t0/, '$1\t4\t0\t0\t0\t0\t0\t4')
    .replace(/(2\. 重复申请)\t0\t0\t0\t0\t0\t0\t0/, '$1\t1\t0\t0\t0\t0\t0\t1')
    .replace(/(1\. 本机关不掌握相关政府信息)\t0\t0\t0\t0\t0\t0\t0/, '$1\t5\t0\t0\t0\t0\t0\t5')
    .replace(/(2\. 没有现成信息需要另行制作)\t0\t0\t0\t0\t0\t0\t0/, '$1\t2\t0\t0\t0\t0\t0\t2')
    .replace(/(3\. 补正后申请内容仍不明确)\t0\t0\t0\t0\t0\t0\t0/, '$1\t1\t0\t0\t0\t0\t0\t1');
}

describe('the kinds of an outcome group, asked after a figure', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    const text = withOutcomes(
      xigongAs('宜宾市叙州区民政局', '宜宾市叙州区', '2024年,我局主动公开政府信息30条。', '全年收到政府信息公开申请14件。'),
    );
    expect(text).toContain('属于国家秘密\t2');
    expect(text).toContain('重复申请\t1');
    expect(text).toContain('补正后申请内容仍不明确\t1');
    await importTexts(app, [['xuzhou.txt', text]]);
  });
  afterAll(() => app.dispose());

  it('reads 不予公开的都有哪些 as the rows of the group, not a list of agencies', () => {
    for (const question of ['不予公开的都有哪些', '不予公开的理由有哪些', '无法提供的都有哪些']) {
      const read = understand(question, 2026);
      expect(read.acrossAgencies, question).toBe(false);
      expect(read.operation, question).not.toBe('list');
    }
    // Which agencies is still asked in so many words.
    expect(understand('哪些单位有不予公开的', 2026).operation).toBe('list');
  });

  it('answers the rows of the report talked of', async () => {
    const user = 'group-kinds';
    await app.ask('宜宾市叙州区民政局2024年收到多少申请', user);
    const withheld = await app.ask('不予公开的都有哪些', user);
    expect(withheld.kind).toBe('figure');
    expect(withheld.answer).not.toContain('不为0的有');
    expect(withheld.answer).toContain('宜宾市叙州区民政局');
    expect(withheld.answer).toMatch(/国家秘密2件/);
    expect(withheld.answer).toMatch(/三类内部事务信息3件/);
    const reasons = await app.ask('不予处理的都是哪些', user);
    expect(reasons.kind).toBe('figure');
    expect(reasons.answer).toMatch(/信访举报投诉类申请4件/);
    expect(reasons.answer).toMatch(/重复申请1件/);
  });

  it('does not refuse the rows as a count that names nothing', async () => {
    // (Every row of 无法提供 holds a case: no 0 among the facts.)
    const answer = await app.ask('宜宾市叙州区民政局2024年无法提供的都有哪些', 'group-kinds-named');
    expect(answer.kind).toBe('figure');
    expect(answer.answer).not.toContain('没有写明具体是哪些');
    expect(answer.answer).toMatch(/本机关不掌握相关政府信息5件/);
    expect(answer.answer).toMatch(/没有现成信息需要另行制作2件/);
  });
});

describe('an outcome asked in words alone after a count of reviews from a sentence', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    // A page cut before its tables: the reviews are counted in a sentence only, with no outcome.
    const cut = [
      '宜宾市南溪区司法局2024年政府信息公开工作年度报告',
      '一、总体情况',
      '2024年,我局共收到政府信息公开申请12件,因政府信息公开引发行政复议4件、行政诉讼1件,均已依法办理。',
    ].join('\n');
    await importTexts(app, [['nanxi-sfj.txt', cut]]);
  });
  afterAll(() => app.dispose());

  it('never answers 输了几次 with the count of the cases', async () => {
    const user = 'lost-count';
    const count = await app.ask('宜宾市南溪区司法局2024年复议了几次', user);
    expect(count.facts.map((fact) => fact.value)).toEqual([4]);
    for (const question of ['输了几次', '赢了几次']) {
      const answer = await app.ask(question, user);
      expect(answer.kind, question).toBe('refusal');
      expect(answer.facts, question).toEqual([]);
    }
  });
});

describe('how recent the store is', () => {
  let app: TestApp;
  beforeAll(() => {
    // The sample reports: 2023, 2024 and 2025 (the clock of makeTestApp is 24 November 2026).
    app = makeTestApp();
  });
  afterAll(() => app.dispose());

  it('names the latest year held and the count of each year', async () => {
    for (const [index, question] of [
      '哪个单位的年报最新',
      '最新的数据是哪年的',
      '数据多久更新一次',
      '你们的资料是什么时候更新的',
    ].entries()) {
      const answer = await app.ask(question, `recency-${index}`);
      expect(answer.kind, question).toBe('text');
      expect(answer.answer, question).toMatch(/库中最新的是2025年度的年度报告，共\d+份/);
      expect(answer.answer, question).toMatch(/2024年度\d+份/);
      expect(answer.answer, question).toContain('最近一次导入是');
      expect(answer.answer, question).not.toContain('20个工作日');
    }
    // How long a reply takes is still the rules'.
    expect((await app.ask('申请多久答复', 'recency-reply')).answer).toContain('20个工作日');
  });

  it('says by when the reports of a year were due and how many are held', async () => {
    const past = await app.ask('2024年的年报都出来了吗', 'recency-2024');
    expect(past.answer).toContain('2024年度的报告应已于2025年3月31日前公布');
    expect(past.answer).toMatch(/库中现有2024年度报告\d+份/);
    const running = await app.ask('2026年的年报出来了吗', 'recency-2026');
    expect(running.answer).toContain('2026年度还没有结束');
    expect(running.answer).toContain('库中还没有2026年度的报告');
  });
});

/** A page cut after its overview: the counts are in the sentences only. */
function cutPage(agency: string, year: number, sentences: string): string {
  return [`${agency}${year}年政府信息公开工作年度报告`, '一、总体情况', sentences].join('\n');
}

describe('the agency a ranking just named', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['a.txt', cutPage('宜宾市翠屏区水务局', 2022, '2022年,我局主动公开政府信息300条,全年收到政府信息公开申请40件。')],
      ['b.txt', cutPage('宜宾市南溪区教育局', 2022, '2022年,我局主动公开政府信息210条,全年收到政府信息公开申请25件。')],
      ['c.txt', cutPage('绵阳市涪城区审计局', 2022, '2022年,我局主动公开政府信息90条,全年收到政府信息公开申请12件。')],
    ]);
  });
  afterAll(() => app.dispose());

  it('asks 它 / 第二名 of the agency at that place', async () => {
    const user = 'ranked-referent';
    const ranking = await app.ask('2022年哪个单位收到的申请最多', user);
    expect(ranking.answer).toMatch(/最多的是宜宾市翠屏区水务局/);
    const first = await app.ask('它主动公开了多少', user);
    expect(first.answer).toContain('宜宾市翠屏区水务局');
    expect(first.facts.map((fact) => fact.value)).toEqual([300]);
    const second = await app.ask('第二名呢', user);
    expect(second.answer).toMatch(/排第2的是宜宾市南溪区教育局/);
    const other = 'ranked-referent-2';
    await app.ask('2022年哪个单位收到的申请最多', other);
    const place = await app.ask('第二名主动公开了多少', other);
    expect(place.answer).toContain('宜宾市南溪区教育局');
    expect(place.facts.map((fact) => fact.value)).toEqual([210]);
    // 它 is now that agency, not the ranking again.
    const own = await app.ask('它收到多少申请', other);
    expect(own.answer).toContain('宜宾市南溪区教育局');
    expect(own.facts.map((fact) => fact.value)).toEqual([25]);
  });
});

describe('two years compared with 比 before the thing', () => {
  it('reads 比申请多了多少 as the received row', () => {
    for (const question of ['某局2019年和2025年比申请多了多少', '19年和25年比，申请多了多少', '那申请少了多少']) {
      const read = understand(question, 2026);
      expect(read.topic?.type, question).toBe('cell');
      expect(read.topic?.type === 'cell' ? read.topic.row.key : undefined, question).toBe('received');
    }
  });
});

describe('a kind of agency asked for its report, no place said', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['a.txt', cutPage('宜宾市翠屏区审计局', 2023, '2023年,我局主动公开政府信息31条。')],
      ['b.txt', cutPage('绵阳市涪城区审计局', 2024, '2024年,我局主动公开政府信息12条。')],
    ]);
  });
  afterAll(() => app.dispose());

  it('lists the stored agencies of the kind', async () => {
    for (const [index, question] of [
      '审计局的年报',
      '我们县审计局的年度报告',
      '我想查一下我们区审计局的年报',
      '本地审计局的年报呢',
    ].entries()) {
      const answer = await app.ask(question, `kind-report-${index}`);
      expect(answer.kind, question).toBe('text');
      expect(answer.answer, question).not.toContain('我想查');
      expect(answer.answer, question).toContain('宜宾市翠屏区审计局（2023年）');
      expect(answer.answer, question).toContain('绵阳市涪城区审计局（2024年）');
    }
  });

  it('reads 我想查一下 / 我想看看 as request words before a question', async () => {
    const answer = await app.ask('我想看看绵阳市涪城区审计局2024年主动公开了多少', 'kind-report-request');
    expect(answer.facts.map((fact) => fact.value)).toEqual([12]);
  });
});

describe('a brevity request typed again and again', () => {
  let app: TestApp;
  beforeAll(() => {
    app = makeTestApp();
  });
  afterAll(() => app.dispose());

  it('is answered, not peeled off once per repetition until the stack overflows', async () => {
    const answer = await app.ask(`${'太长了简单点 '.repeat(5000)}西工区科技局2024年主动公开了多少条`, 'brief-repeated');
    expect(typeof answer.answer).toBe('string');
    const short = await app.ask('太长了简单点 西工区科技局2024年主动公开了多少条', 'brief-once');
    expect(short.kind).toBe('figure');
  });
});
