/**
 * Lead probes of the thirty-fifth session: citizens' own words over one store of every real fixture folder. The classes
 * found, each with a made-up example below (other agencies, other words):
 * - A statement typed after a question with a space (需要本人去吗 我在外地, …怎么申请 我是外省的): the space read as a question
 *   mark split the message, and each part was answered alone ("抱歉，这个问题我回答不了" twice). A part that asks nothing and
 *   names no agency, year or number now tells the question beside it more.
 * - 需要本人去吗 / 要亲自跑一趟吗 (whether an applicant must come in person): refused. Now a guide topic (Art. 29, 31): no,
 *   in writing by post, fax or online as well.
 * - 年报里收到多少申请 (the report named as where it is written) read 年报 as a thing the table does not count.
 * - Written Cantonese (你哋局旧年收咗几多申请, 点样申请, 使唔使钱, 有冇): refused or misread. Its words are read as Mandarin.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGuide } from '../../../src/guide/topics.js';
import { normalizeQuestion } from '../../../src/qa/understand.js';
import { converse, importTexts, makeTestApp, type TestApp, xigongAs } from '../../helpers.js';

/** 西工区's sample report made a county's 水务局 (its 2024 table, 30 items published, 4 applications said in its prose). */
const waterBureau = (name: string, place: string) =>
  xigongAs(name, place, '2024年,我局主动公开政府信息30条。', '全年收到政府信息公开申请4件。');

describe('a statement beside a question', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [['gengshan.txt', waterBureau('庚山县水务局', '庚山县')]]);
  });
  afterAll(() => app.dispose());

  it('is read with the question, never answered alone', async () => {
    const answer = await app.ask('想问下 申请信息公开 必须本人去吗 我人在外省', 'stmt-1');
    expect(answer.kind).toBe('guide');
    expect(answer.answer).toMatch(/^不需要本人到场/);
    expect(answer.answer).not.toContain('回答不了');
  });

  it('leaves a figure question as it is', async () => {
    const alone = await app.ask('庚山县水务局2024年收到多少申请', 'stmt-2');
    const told = await app.ask('庚山县水务局2024年收到多少申请吗 我是本地村民', 'stmt-3');
    expect(alone.kind).toBe('figure');
    expect(told.kind).toBe('figure');
    expect(told.facts.map((fact) => fact.value)).toEqual(alone.facts.map((fact) => fact.value));
    expect(told.answer).not.toMatch(/^1\. /);
  });

  it('still answers two questions typed with a space, and thanks apart', async () => {
    const two = await app.ask('庚山县水务局2024年收到多少申请吗 怎么申请', 'stmt-4');
    expect(two.answer).toMatch(/^1\. /);
    expect(two.answer).toContain('\n\n2. ');
  });
});

describe('whether an applicant must come in person', () => {
  const guide = loadGuide();
  it.each(['申请公开需要本人去吗', '要亲自跑一趟吗', '我在外地能申请吗', '必须到现场交吗'])('%s', (question) => {
    expect(guide.match(question)?.topic.id).toBe('in-person-not-required');
  });
  it('leaves how to apply, its time limit and its fees their own topics', () => {
    expect(guide.match('怎么申请政府信息公开')?.topic.id).toBe('how-to-apply');
    expect(guide.match('申请了多久答复')?.topic.id).toBe('reply-time-limit');
    expect(guide.match('外地人申请要收费吗')?.topic.id).toBe('fees');
  });
});

describe('written Cantonese', () => {
  it.each([
    ['你哋局舊年收咗幾多申請', '你们局去年收了多少申请'],
    ['點樣申請政府信息公開', '怎么申请政府信息公开'],
    ['使唔使錢', '要不要钱'],
    ['有冇人申請過', '有没有人申请过'],
    ['喺邊度交申請', '在哪里交申请'],
    ['佢哋係唔係要本人去', '他们是不是要本人去'],
  ])('%s is read as %s', (cantonese, mandarin) => {
    expect(normalizeQuestion(cantonese)).toBe(mandarin);
  });
  it('leaves Mandarin’s 唔 (a hum before a correction) and words with 系', () => {
    expect(normalizeQuestion('唔，那去年呢')).toBe('唔,那去年呢');
    expect(normalizeQuestion('联系电话是多少')).toBe('联系电话是多少');
  });

  it('answers a figure asked in Cantonese as in Mandarin', async () => {
    const app = makeTestApp();
    try {
      await importTexts(app, [['gengshan.txt', waterBureau('庚山县水务局', '庚山县')]]);
      const mandarin = await app.ask('庚山县水务局2024年收到多少申请', 'yue-1');
      const cantonese = await app.ask('庚山縣水務局2024年收咗幾多申請', 'yue-2');
      expect(cantonese.kind).toBe('figure');
      expect(cantonese.facts.map((fact) => fact.value)).toEqual(mandarin.facts.map((fact) => fact.value));
    } finally {
      app.dispose();
    }
  });
});

describe('a year compared after a count, and what the applications ended in', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['gengshan.txt', waterBureau('庚山县水务局', '庚山县')],
      [
        'linye.txt',
        '庚山县林业局2024年政府信息公开工作年度报告\n\n一、总体情况\n\n2024年，庚山县林业局共收到依申请公开件6件，均已按期办结，未发生行政复议和行政诉讼。全年在县政府门户网站主动公开信息52条。\n\n（一）主动公开\n\n本局持续做好',
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('比23年多还是少 with no report of that year: says so, never a ranking of every agency', async () => {
    const [, compared] = await converse(app, 'year-1', ['庚山县水务局2024年收到多少申请', '比23年多还是少']);
    expect(compared.kind).toBe('refusal');
    expect(compared.answer).toContain('没有庚山县水务局2023年的年度报告');
    expect(compared.answer).not.toContain('最多的是');
  });

  it('the same after a count a sentence of a cut page states', async () => {
    const [count, compared] = await converse(app, 'year-2', ['庚山县林业局24年收到几个申请', '比23年多还是少']);
    expect(count.facts.map((fact) => fact.value)).toEqual([6]);
    expect(compared.answer).toContain('没有庚山县林业局2023年的年度报告');
  });

  it('最后给了多少 / 最终同意了几个 after the applications received: those granted', async () => {
    const [, given, agreed] = await converse(app, 'given-1', ['庚山县水务局2024年收到多少申请', '最后给了多少', '最终同意了几个']);
    for (const answer of [given, agreed]) {
      expect(answer.kind).toBe('figure');
      expect(answer.answer).toContain('予以公开');
    }
  });
});

describe('the options of a clarification', () => {
  it('keep an agency listed with two years as one option (第三个 is the third agency)', async () => {
    const app = makeTestApp();
    try {
      await importTexts(app, [
        ['a.txt', waterBureau('庚山县水务局', '庚山县')],
        ['b.txt', waterBureau('丁水县水务局', '丁水县').replaceAll('2024', '2023')],
        ['c.txt', waterBureau('丁水县水务局', '丁水县')],
        ['d.txt', waterBureau('壬川县水务局', '壬川县')],
      ]);
      const [clarify, third] = await converse(app, 'opt-1', ['收到几件申请', '第三个']);
      expect(clarify.kind).toBe('clarify');
      const listed = /：(.*)/.exec(clarify.answer)?.[1] ?? '';
      expect(listed).toMatch(/（2023、2024年）/);
      const thirdName = listed
        .replace(/（[^）]*）/g, '')
        .split('、')[2]
        .replace(/[。？].*$/, '');
      expect(third.answer).toContain(thirdName);
    } finally {
      app.dispose();
    }
  });
});

describe('the two agencies just asked, said as a pair', () => {
  it.each(['它们俩谁多', '这两个谁多', '他俩哪个多', '这两家谁收到的多', '它们两个哪个收到的申请多'])(
    '%s weighs those two, never every stored agency',
    async (question) => {
      const app = makeTestApp();
      try {
        await importTexts(app, [
          ['a.txt', waterBureau('庚山县水务局', '庚山县')],
          ['b.txt', waterBureau('壬川县水务局', '壬川县')],
        ]);
        const [, , weighed] = await converse(app, 'pair-1', ['庚山县水务局2024年收到多少申请', '壬川县水务局呢', question]);
        expect(weighed.kind).toBe('figure');
        expect(weighed.answer).toContain('庚山县水务局');
        expect(weighed.answer).toContain('壬川县水务局');
        // The sample reports' 科学技术局 are stored too: a ranking of every agency would name them.
        expect(weighed.answer).not.toContain('科学技术局');
      } finally {
        app.dispose();
      }
    },
  );
});

describe('the report named in a figure question', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [['gengshan.txt', waterBureau('庚山县水务局', '庚山县')]]);
  });
  afterAll(() => app.dispose());

  it('年报里收到多少申请: the report named as where it is written is no part of the figure', async () => {
    const answer = await app.ask('庚山县水务局2024年年报里收到多少申请', 'held-2');
    expect(answer.kind).toBe('figure');
    expect(answer.answer).not.toContain('没有单独写明');
  });

  it('报告里写了…吗 still asks what the report says', async () => {
    const answer = await app.ask('庚山县水务局2024年报告里写了收到多少申请吗', 'held-3');
    expect(answer.kind).toBe('figure');
  });
});
