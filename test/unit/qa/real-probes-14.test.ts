/**
 * Real report pages of agencies not in the repository (2024 and 2025 reports of 卫健委/卫健局 and 镇, from the search
 * corpus), asked in citizens' words, and made-up second examples of each class:
 * - applications by channel asked 网上申请的有多少 (no measure word) are a count, not the guide's how-to, and an
 *   application made on the agency's site (通过委官方网站提交) is one made online;
 * - a count asked of a kind alone (卫健委…有几个) with several of that kind stored asks which one, not the rules;
 * - 卫生健康委 is the commission's official short form (国家卫生健康委, 甘南州卫生健康委);
 * - a kind no stored agency is of (公安局, 那税务局呢) is said to be missing, not answered for the agency remembered.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

// 国家卫生健康委2024年政府信息公开工作年度报告 (part of the page, as found).
const NHC = `国家卫生健康委2024年政府信息公开工作年度报告
一、总体情况
(二)依申请公开工作情况。
2024年,共收到政府信息公开申请1046件。其中,通过委官方网站提交申请表的862件,占比82.4%;通过信函提交申请的171件,占比16.3%;当面提交13件,占比1.3%。公民个人提出申请1030件,占比98.5%;法人或其他组织提出申请16件,占比1.5%。
`;
// 甘南州卫生健康委2025年政府信息公开工作年度报告 (part of the page, as found).
const GANNAN = `甘南州卫生健康委2025年政府信息公开工作年度报告
一、总体情况
(一)主动公开情况。
一是通过门户网站规范公开各类政府信息。2025年甘南州卫生健康委网站全年累计发布网站信息发布信息共971条,其中工作动态68条、通知公告20条。微信公众号订阅用户6731人。
`;
// Made up: a county commission whose site takes applications online (网站申请), and a 卫健局.
const MADE_UP = `青松县卫生健康委员会2024年政府信息公开工作年度报告
一、总体情况
2024年，我委共收到政府信息公开申请20件，其中通过门户网站在线提交15件，邮寄5件。
`;
const MADE_UP_BUREAU = `白杨县卫生健康局2024年政府信息公开工作年度报告
一、总体情况
2024年，我局未收到政府信息公开申请。
`;

describe('real pages of 卫健委 and made-up second examples', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['nhc-2024.txt', NHC],
      ['gannan-2025.txt', GANNAN],
      ['qingsong-wjw-2024.txt', MADE_UP],
      ['baiyang-wjj-2024.txt', MADE_UP_BUREAU],
    ]);
  });
  afterAll(() => app?.dispose());
  const ask = (q: string, user = `probe14:${Math.random()}`) => app.engine.ask(q, { user });

  it.each([
    ['国家卫健委网上申请的有多少', 862],
    ['国家卫健委在网上申请了多少件', 862],
    ['国家卫健委信函申请几件', 171],
    ['青松县卫健委网上申请的有多少', 15],
  ])('%s → %i, a count', (q, value) => {
    const answer = ask(q);
    expect(answer.kind).toBe('figure');
    expect(answer.facts.map((fact) => fact.value)).toEqual([value]);
  });

  it('a count of a kind alone, several stored: which one', () => {
    const answer = ask('卫健委当面申请的有几个');
    expect(answer.kind).toBe('clarify');
    expect(answer.answer).toContain('甘南州卫生健康委');
    expect(answer.answer).toContain('青松县卫生健康委员会');
  });

  it('卫生健康委 is found by 卫健委 and by its long form', () => {
    expect(ask('甘南州卫健委公众号有多少订阅').facts.map((fact) => fact.value)).toEqual([6731]);
    expect(ask('甘南州卫生健康委员会订阅用户多少').facts.map((fact) => fact.value)).toEqual([6731]);
  });

  it('a kind no stored agency is of is said to be missing, also after another agency’s answer', () => {
    const user = `probe14:${Math.random()}`;
    expect(ask('白杨县卫健局有人申请公开吗', user).answer).toMatch(/^没有/);
    const other = ask('公安局收到几件申请', user);
    expect(other.kind).toBe('refusal');
    expect(other.answer).toMatch(/^库中没有公安局的年度报告/);
    const followUp = ask('那税务局呢', user);
    expect(followUp.answer).toMatch(/^库中没有税务局的年度报告/);
    expect(followUp.answer).not.toContain('白杨县卫生健康局2024年报告');
  });

  it('how to apply to a kind not stored is still the rules', () => {
    expect(ask('向公安局申请要带什么材料').kind).toBe('guide');
  });
});

// 路桥区人力资源和社会保障局 and 襄城区人社局, 2024 (parts of the real pages, as found).
const LUQIAO = `路桥区人力资源和社会保障局2024年政府信息公开工作年度报告
一、总体情况
2024年,路桥区人力资源和社会保障局以习近平新时代中国特色社会主义思想为指导,积极推进人社领域信息的全面、及时、准确公开。
(二)依规进行依申请公开
2024年,我局共收到依申请公开政府信息案件7件,提起行政复议1件(已撤销申请),提起行政诉讼0件。
`;
const XIANGCHENG = `襄城区人社局2024年政府信息公开工作
年度报告
一、总体情况
(一)主动公开。2024年,我局共主动公示84条信息,其中通过区政府门户网站20条、襄城就业微信公众号24条、市人社局门户网站14条、区人社局门户网站20条、汉水襄阳号26条。
(二)依申请公开。2024年,未发生任何针对本部门有关政府信息公开事务的行政复议和行政诉讼案件,未收到政府信息公开申请。
`;

describe('a conversation over two real 人社局 pages', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['luqiao-2024.txt', LUQIAO],
      ['xiangcheng-2024.txt', XIANGCHENG],
    ]);
  });
  afterAll(() => app?.dispose());

  it('哪个多 weighs figures of one thing, and says so when the last two count different things', () => {
    const user = `probe14b:${Math.random()}`;
    const ask = (q: string) => app.engine.ask(q, { user });
    expect(ask('路桥区人社局收到几个申请').facts.map((fact) => fact.value)).toEqual([7]);
    expect(ask('复议呢').facts.map((fact) => fact.value)).toEqual([1]);
    expect(ask('那襄城区呢').facts.map((fact) => fact.value)).toEqual([0]);
    const compared = ask('哪个多');
    expect(compared.answer).toMatch(/^路桥区人力资源和社会保障局2024年1件最多/);
    expect(ask('公众号发了多少').facts.map((fact) => fact.value)).toEqual([24]);
    const mixed = ask('哪个多');
    expect(mixed.kind).toBe('clarify');
    expect(mixed.answer).toMatch(/说的不是同一件事/);
    expect(mixed.answer).not.toMatch(/24条最多/);
  });

  it('an agency’s year asked about as a whole (去年的情况) is its overview', () => {
    const answer = app.engine.ask('我想问下路桥区人社局去年的情况', { user: `probe14c:${Math.random()}` });
    expect(answer.kind).toBe('text');
    expect(answer.answer).toContain('一、总体情况');
  });
});
