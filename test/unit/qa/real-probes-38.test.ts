/**
 * Lead probes of the thirty-eighth session: citizens' own words over one store of every real fixture folder. The classes
 * found, each with a made-up example below (other agencies, other words):
 * - Kinds of information asked with 有哪些 after the noun (不公开的信息有哪些, 不能公开的内容有哪些, 保密的事项都有哪些): read as
 *   "which agencies", they listed every report's largest sentence count across the store ("各年度各机关报告写明的数字：兴安盟
 *   144273条 …"), numbers of another thing entirely. Now the rules on what is not disclosed (条例第十四至十六条).
 * - An agency's disclosure guide asked for as a whole (X的政府信息公开指南, X的指南说了什么, 指南发我看看): refused as "没有理解您想
 *   了解X的哪项内容", or "库中还没有X的年度报告". Now what the guide states for applying: office, address, phone, hours, ways,
 *   online address, time limit, fees, website, with its source.
 * - Whether one may apply anonymously (可以匿名申请吗, 不想留名能申请吗, 申请要实名吗): answered with the ways of applying, which
 *   say nothing of it. Now: no, an application names its applicant (条例第二十九条), for a named agency too.
 * - Foreigners and residents of 港澳台 (外国人可以申请吗, 我是台湾人能申请吗): the ways of applying. Now the rule on who may apply,
 *   saying the regulation has no provision of its own for them.
 * - How disclosure differs from 信访 (信息公开和信访有什么区别): off-topic. Now the rule that petitions are no application (Art. 39).
 * - The change of a figure read from a 繁体 sentence that prints its rate (接收申請14283件,較上年下降16.6%), both years' pages
 *   cut before the tables: 比上一年多吗 / 同比呢 refused both cut tables; the rate's words were looked for in simplified
 *   characters only (较). Now the rate the sentence prints, in its words.
 * - The first places of a ranking asked as a follow-up (前三名呢, 前5名是哪些 after 2024年哪个单位收到申请最多): off-topic or
 *   asked back. Now those places from the ranking's list, a tie with the next place said.
 * - A place whose every report is cut before its tables, ranked by applications received (甘肃省哪个单位收到申请最多): "都没有
 *   …的数据" while their sentences state the counts. Now the counts the texts state, as over the whole store.
 * - An agency applied to, in the passive (哪个部门被申请公开最多, 被申请信息公开多少件): off-topic. Now the applications received.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { understand } from '../../../src/qa/understand.js';
import { cutPage, importTexts, makeTestApp, type TestApp, xigongAs } from '../../helpers.js';

const guide = `南川县林业局政府信息公开指南
为便于公民、法人和其他组织获取政府信息,根据《中华人民共和国政府信息公开条例》,编制本指南。
一、依申请公开
(一)受理机构
名称:南川县林业局办公室
办公地址:南川县滨江路18号
办公时间:工作日上午9:00-12:00,下午13:30-17:00
咨询电话:0871-6543210
(二)申请方式
申请人可以通过当面提交、信函、传真、网上申请等方式提出申请。
(三)答复期限
本机关收到申请后,能够当场答复的,当场予以答复;不能当场答复的,自收到申请之日起20个工作日内予以答复。
`;

describe('kinds of information asked with 有哪些, no agency named', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['beiling.txt', xigongAs('北岭县民政局', '北岭县', '2024年,我局主动公开政府信息12345条。', '全年收到政府信息公开申请9件。')],
    ]);
  });
  afterAll(() => app.dispose());

  it('does not read the noun before 有哪些 as agencies asked', () => {
    for (const question of ['不公开的信息有哪些', '不能公开的内容都有哪些', '保密的事项有哪些']) {
      const read = understand(question, 2026);
      expect(read.acrossAgencies, question).toBe(false);
      expect(read.operation, question).not.toBe('list');
    }
    // Agencies asked in so many words still are.
    expect(understand('收到申请的单位有哪些', 2026).operation).toBe('list');
    expect(understand('哪些单位的信息公开得多', 2026).acrossAgencies).toBe(true);
  });

  it('answers what is not disclosed with the rules, never a count of any report', async () => {
    for (const question of ['不公开的信息有哪些', '不能公开的信息都有哪些']) {
      const answer = await app.ask(question, question);
      expect(answer.kind, question).toBe('guide');
      expect(answer.answer, question).toMatch(/国家秘密/);
      expect(answer.answer, question).not.toContain('12345');
    }
  });
});

describe("an agency's guide asked for as a whole", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [['nanchuan.txt', guide]]);
  });
  afterAll(() => app.dispose());

  it('gives what the guide states for applying, with its source', async () => {
    for (const question of ['南川县林业局的政府信息公开指南', '南川县林业局的指南说了什么', '南川县林业局信息公开指南发我看看']) {
      const answer = await app.ask(question, question);
      expect(answer.kind, question).toBe('guide');
      expect(answer.answer, question).toContain('南川县林业局办公室');
      expect(answer.answer, question).toContain('滨江路18号');
      expect(answer.answer, question).toContain('0871-6543210');
      expect(answer.answer, question).toContain('《南川县林业局政府信息公开指南》');
    }
  });

  it('still answers one thing of the guide asked in particular', async () => {
    const answer = await app.ask('南川县林业局指南里的电话', 'one-thing');
    expect(answer.answer).toContain('0871-6543210');
    expect(answer.answer).not.toContain('滨江路18号');
  });
});

describe('who may apply: anonymity, foreigners, petitions', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [['nanchuan.txt', guide]]);
  });
  afterAll(() => app.dispose());

  it('says an application cannot be anonymous, citing Art. 29', async () => {
    for (const question of ['能不能匿名申请信息公开', '我不想留名能申请吗', '申请信息公开需要实名吗', '向南川县林业局申请可以匿名吗']) {
      const answer = await app.ask(question, question);
      expect(answer.kind, question).toBe('guide');
      expect(answer.answer, question).toContain('不能匿名');
      expect(answer.answer, question).toContain('第二十九条');
    }
  });

  it('answers foreigners and residents of 港澳台 with the rule on who may apply', async () => {
    for (const question of ['外籍人士能申请政府信息公开吗', '我是澳门人可以申请吗']) {
      const answer = await app.ask(question, question);
      expect(answer.kind, question).toBe('guide');
      expect(answer.answer, question).toContain('公民、法人或者其他组织');
      expect(answer.answer, question).toContain('没有专门规定');
    }
  });

  it('answers how disclosure differs from a petition with Art. 39', async () => {
    const answer = await app.ask('申请信息公开和信访是一回事吗', 'petition');
    expect(answer.kind).toBe('guide');
    expect(answer.answer).toContain('不作为政府信息公开申请处理');
  });
});

describe('a change printed in a 繁体 sentence, both years cut before the tables', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['y2022.txt', cutPage('東河市', 2022, '全市堅持以公開為常態、不公開為例外,推進政務公開工作。')],
      ['y2023.txt', cutPage('東河市', 2023, '全市共收到政府信息公開申請520件,較上年增長8.5%;答覆申請500件。')],
    ]);
  });
  afterAll(() => app.dispose());

  it('answers 比上一年多吗 and 同比呢 with the rate the sentence prints', async () => {
    for (const follow of ['比上一年多吗', '同比呢']) {
      const user = `change-${follow}`;
      const first = await app.ask('東河市2023年收到多少申请', user);
      expect(first.answer).toContain('520件');
      const answer = await app.ask(follow, user);
      expect(answer.kind, follow).toBe('figure');
      expect(answer.answer, follow).toContain('8.5%');
      expect(answer.answer, follow).toMatch(/较上年增长8\.5%/);
    }
  });
});

describe('rankings: the first places asked after, a place of cut pages, the passive of applying', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    // Nine counties of one city, every page cut before its tables, each stating its applications in a sentence.
    const counts = [41, 17, 33, 8, 25, 33, 12, 5, 19];
    const counties = ['卓尼县', '迭部县', '舟曲县', '玛曲县', '碌曲县', '夏河县', '临潭县', '合作市', '积石山县'];
    await importTexts(
      app,
      counties.map((county, at) => [
        `c${at}.txt`,
        cutPage(`${county}人民政府办公室`, 2024, `全年共收到政府信息公开申请${counts[at]}件,均按时答复。`),
      ]),
    );
  });
  afterAll(() => app.dispose());

  it('ranks a place whose pages are all cut by the counts their sentences state', async () => {
    const answer = await app.ask('甘肃省2024年哪个单位收到申请最多', 'cut-place');
    expect(answer.kind).toBe('figure');
    expect(answer.answer).toMatch(/最多的是卓尼县人民政府办公室41件/);
  });

  it('gives the first places after a ranking, a tie with the next said', async () => {
    const user = 'top-places';
    await app.ask('2024年哪个单位收到申请最多', user);
    const three = await app.ask('前三名呢', user);
    expect(three.kind).toBe('figure');
    expect(three.answer).toContain('前3名');
    expect(three.facts.map((fact) => fact.value)).toEqual([41, 33, 33]);
    const two = await app.ask('前两名是哪些', user);
    expect(two.facts.map((fact) => fact.value)).toEqual([41, 33]);
    expect(two.answer).toContain('并列');
  });

  it('reads 被申请公开 as the applications received', async () => {
    const answer = await app.ask('2024年哪个单位被申请公开最多', 'passive');
    expect(answer.kind).toBe('figure');
    expect(answer.answer).toContain('卓尼县人民政府办公室41件');
    const one = await app.ask('迭部县人民政府办公室2024年被申请信息公开多少件', 'passive-one');
    expect(one.answer).toContain('17件');
  });
});
