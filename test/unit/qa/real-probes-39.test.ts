/**
 * Lead probes of the thirty-ninth session: citizens' own words over one store of every real fixture folder. The classes
 * found, each with a made-up example below (other agencies, other words):
 * - The report asked for by the words of its own title (辽宁审计厅22年信息公开年报, X2022年政府信息公开年度报告, X的政务公开
 *   工作): "没有理解您想了解X的哪项内容" while X年报 alone gave the report's main points. Now its main points too.
 * - A bare count after a yes/no (有人申请吗 → 有 …; then 多少人 / 有几个 / 多少件): "没有理解…" — the yes/no's thing was
 *   remembered but a count of three characters was no follow-up. Now the count of that thing.
 * - Whether replies came late, asked after a figure of one agency (有没有超期的 / 超期了吗): the rules on what to do about a
 *   late reply (投诉、复议、诉讼). Now what that agency's report states of it, or that it does not say (超期了怎么办 still asks
 *   the rules).
 * - A thing reports tell of in prose (新闻发布会, 政策解读, 微博) asked of an agency whose report never writes of it: "没有理解您
 *   想了解X的哪项内容". Now that its report does not mention the thing (which is not to say it was not done); a report that
 *   mentions it without the count asked keeps the general reply.
 * - Who is in charge of the work (镇里谁负责信息公开, X信息公开是谁管的): a sentence's slogan quoted (按照"谁公开谁负责"的原则…)
 *   or "没有理解". Now as 哪个部门负责信息公开: the office its guide names, or the rules on guides.
 * - Another year set against a report's main points (X2024年的信息公开情况, then 跟去年比呢 / 比2023年多了还是少了): the same
 *   main points again, or the other year's alone. Now the applications received of both years (the count every report's table
 *   三 holds), with the change.
 * - 它 after 第二名呢 (a place of a ranking): the ranking's first. Now the agency of that place (它2023年呢, 它的电话).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, cutPage, importTexts, makeTestApp, type TestApp, xigongAs } from '../../helpers.js';
import { madeUpReport } from './made-up-pages.js';

describe('lead probes of session 39', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'dongling.txt',
        xigongAs('东岭县审计局', '东岭县', '2024年,我局主动公开政府信息321条。', '全年收到政府信息公开申请6件,均在法定期限内答复。'),
      ],
      [
        'nanpo.txt',
        cutPage(
          '南坡市农业农村局',
          2023,
          '2023年,我局坚持以公开为常态。',
          '(二)依申请公开情况。全年共收到并答复政府信息公开申请17件,无行政复议和行政诉讼。',
        ),
      ],
      ['beitang.txt', cutPage('北塘区城市管理局', 2022, '一年来,我局依法受理政府信息公开申请6件,全部按时办结。')],
    ]);
  });
  afterAll(() => app.dispose());

  it("gives the report's main points when it is asked for by its title's words", async () => {
    for (const question of [
      '东岭审计局24年信息公开年报',
      '东岭县审计局2024年政府信息公开年度报告',
      '东岭县审计局2024年度政府信息公开工作年度报告',
      '东岭县审计局的政务公开工作',
    ]) {
      const answer = await app.ask(question, question);
      expect(answer.kind, question).toBe('text');
      expect(answer.answer, question).toContain('报告要点');
      expect(answer.answer, question).toContain('东岭县审计局2024年');
    }
  });

  it('answers a bare count after a yes/no with the count of its thing', async () => {
    for (const [user, first, count] of [
      ['c1', '北塘区城管局2022年有人申请吗', '多少人'],
      ['c2', '北塘区城管局22年有没有人申请公开', '有几个'],
      ['c3', '南坡市农业农村局23年有人申请信息公开吗', '多少人'],
      ['c4', '南坡市农业农村局23年有没有人申请公开', '多少件'],
    ] as const) {
      const [yes, counted] = await converse(app, user, [first, count]);
      expect(yes.answer, first).toMatch(/^有/);
      expect(counted.kind, count).toBe('figure');
      expect(counted.answer, count).toMatch(user === 'c1' || user === 'c2' ? /6件/ : /17件/);
    }
  });

  it("answers whether replies came late from the agency's report, after its figure", async () => {
    const [, late, lateToo] = await converse(app, 't1', ['东岭县审计局2024年收到几件申请', '有没有超期的', '超期了吗']);
    for (const answer of [late, lateToo]) {
      expect(answer.kind).not.toBe('guide');
      expect(answer.answer).toContain('东岭县审计局');
      expect(answer.answer).not.toMatch(/行政复议；|提起行政诉讼/);
    }
    // What to do about a late reply is still the rules.
    const [, what] = await converse(app, 't2', ['东岭县审计局2024年收到几件申请', '超期了怎么办']);
    expect(what.kind).toBe('guide');
    expect(what.answer).toMatch(/行政复议/);
  });
});

describe('a thing of the prose its report never writes of', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['xiaohe.txt', cutPage('小河街道办事处', 2024, '本年度主动公开政府信息共318条,其中工作动态96条。')],
      ['dahe.txt', cutPage('大河街道办事处', 2024, '本年度主动公开政府信息共205条。积极组织新闻发布会,回应群众关切。')],
    ]);
  });
  afterAll(() => app.dispose());

  it('says the report does not mention it, naming the thing', async () => {
    for (const [question, thing] of [
      ['小河街道2024年有没有开新闻发布会', '新闻发布会'],
      ['小河街道24年做了政策解读吗', '政策解读'],
      ['小河街道有没有微博', '政务微博'],
    ] as const) {
      const answer = await app.ask(question, question);
      expect(answer.kind, question).toBe('refusal');
      expect(answer.answer, question).toContain(`没有写到${thing}`);
      expect(answer.answer, question).toContain('小河街道办事处2024年');
    }
  });

  it('never says so of a report that writes of it', async () => {
    const answer = await app.ask('大河街道2024年开了几场发布会', 'd1');
    expect(answer.answer).not.toContain('没有写到');
  });
});

describe('who is in charge of the work', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'guide.txt',
        `西岭县水务局政府信息公开指南
一、依申请公开
(一)受理机构
名称:西岭县水务局办公室
办公地址:西岭县河滨路6号
咨询电话:0813-7654321
`,
      ],
      ['xiling.txt', cutPage('西岭县水务局', 2024, '我局按照“谁公开谁负责”的原则,对拟公开信息进行保密审查,全年主动公开信息88条。')],
    ]);
  });
  afterAll(() => app.dispose());

  it("names the office of the agency's guide, never the slogan", async () => {
    for (const question of ['西岭县水务局谁负责信息公开', '西岭县水务局信息公开是谁管的']) {
      const answer = await app.ask(question, question);
      expect(answer.kind, question).toBe('guide');
      expect(answer.answer, question).toContain('西岭县水务局办公室');
      expect(answer.answer, question).not.toContain('谁公开谁负责');
    }
  });
});

describe("another year set against a report's main points", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['q2023.txt', xigongAs('青石县档案局', '青石县', '2023年,我局主动公开政府信息40条。', '全年收到申请0件。', 2023)],
      ['q2024.txt', xigongAs('青石县档案局', '青石县', '2024年,我局主动公开政府信息52条。', '全年收到申请0件。', 2024)],
    ]);
  });
  afterAll(() => app.dispose());

  it('compares the applications received of both years', async () => {
    for (const [user, again] of [
      ['y1', '跟去年比呢'],
      ['y2', '比2023年多了还是少了'],
      ['y3', '比上一年呢'],
    ] as const) {
      const [summary, compared] = await converse(app, user, ['青石县档案局2024年的信息公开情况', again]);
      expect(summary.answer, again).toContain('报告要点');
      expect(compared.kind, again).toBe('figure');
      expect(compared.answer, again).toContain('本年新收申请');
      expect(compared.answer, again).toContain('2023年');
      expect(compared.answer, again).toContain('2024年');
      expect(compared.answer, again).not.toContain('报告要点');
    }
  });
});

describe('它 after a place of a ranking', () => {
  let app: TestApp;
  /** A made-up report with table 三's 本年新收 set (自然人 and 总计). */
  const received = (agency: string, count: number, year = 2024) =>
    madeUpReport({ agency, year, overview: [`全年收到申请${count}件。`], received: [count, 0, 0, 0, 0, 0, count] });
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['a.txt', received('白沙县民政局', 31)],
      ['b.txt', received('白沙县交通运输局', 12)],
      ['b23.txt', received('白沙县交通运输局', 5, 2023)],
      ['c.txt', received('白沙县水务局', 3)],
    ]);
  });
  afterAll(() => app.dispose());

  it('points at the agency of that place', async () => {
    const [ranking, second, itsYear] = await converse(app, 'r1', ['白沙县哪个局2024年收到的申请最多', '第二名呢', '它2023年呢']);
    expect(ranking.answer).toContain('白沙县民政局');
    expect(second.answer).toContain('白沙县交通运输局');
    expect(itsYear.answer).toContain('白沙县交通运输局');
    expect(itsYear.answer).toContain('5件');
    expect(itsYear.answer).not.toContain('民政局');
  });
});
