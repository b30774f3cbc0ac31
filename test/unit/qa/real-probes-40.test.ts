/**
 * Lead probes of the fortieth session: citizens' own words over one store of every real fixture folder. The classes found,
 * each with a made-up example below (other agencies, other words):
 * - 有没有被告 (or any question of two rows) of a cut page: the same "页面不完整，没有…这部分内容" sentence twice, once per row.
 *   Now one sentence naming both parts.
 * - A count whose label holds a bracketed aside (门户网站(法定主动公开内容)发布7篇): its label was cut at the bracket and left it
 *   open (法定主动公开内容)发布), which the answer then printed. Now the label starts before the bracket (门户网站(…)发布); a
 *   numbering bracket ((二)政务新媒体…) is no part of it.
 * - The report asked for as a whole in other words (X24年信息公开年报里有啥, X年报写了些什么, X年报的主要内容): "没有理解您想了解X
 *   的哪项内容". Now the report's main points, as X年报 gave.
 * - Which kind of applicant was most (哪类申请人最多, 最多的是啥类型的申请人) of a report whose table 三 is cut: "这个问题我回答
 *   不了" (the breakdown it asked came back a refusal, which was dropped). Now what the breakdown question got: the page lacks it.
 * - Whether anyone appealed or sued, after one agency's figure (有没有人不满意去复议, 有人不服告他们吗): the rules on remedies,
 *   and asked with the agency named, "报告没有单独写明“满意”的件数". Now the agency's review or lawsuit count: being dissatisfied
 *   is why anyone appeals, no kind of appeal (不服可以去复议吗 stays the rules).
 * - 公开的东西在哪看: 东西在 read as 东西湖(区) mistyped, one character apart. A particle of the sentence (在, 的, 是) put for a
 *   character of a place's name, not sounding like it, is no typo.
 * - 在哪可以看 / 他们公开的信息在哪看 after one agency's figure: "回答不了" or the general rules. Now that agency's website or
 *   where it publishes, from its guide or reports (saying when neither names one), then the rules.
 * - 盐城市公安局2024年收到几件申请 where the city's only stored 公安局 is a branch (盐城市公安局盐都分局): the branch's figure,
 *   the kind read as shortened (公安 of 公安局盐都分局). The parent's kind written whole and not followed by the branch names the
 *   parent, which is not stored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractProseFigures } from '../../../src/report/prose.js';
import { converse, cutPage, importTexts, makeTestApp, type TestApp, xigongAs } from '../../helpers.js';

describe('lead probes of session 40', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['branch.txt', cutPage('南岭市公安局东湖分局', 2024, '2024年,分局共收到政府信息公开申请12件,均按时答复。')],
      ['jinhu.txt', cutPage('东西湖区档案局', 2024, '2024年,我局主动公开政府信息66条。')],
      ['beishan.txt', xigongAs('北山县水利局', '北山县', '2024年,我局主动公开政府信息140条。', '全年收到政府信息公开申请9件。')],
      [
        'hexi.txt',
        cutPage(
          '河西县林业局',
          2023,
          '按照上级要求,主动公开权责清单,2023年,门户网站(政务公开专栏)发布45篇。',
          '通过“河西林业”微信公众号发布信息推送30条,年度阅读总量2100人次。',
          '(二)依申请公开情况。全年共收到政府信息公开申请4件,均按期答复。',
        ),
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('says once that the page lacks both parts a question of two rows needs', async () => {
    const answer = await app.ask('河西县林业局2023年有没有被告', 'sued');
    expect(answer.kind).toBe('refusal');
    expect(answer.answer.match(/页面）不完整/g)).toHaveLength(1);
    expect(answer.answer).toContain('“未经复议直接起诉”“复议后起诉”这两部分内容');
  });

  it('labels a count by the words before a bracketed aside, never a bracket left open', () => {
    const labels = (text: string) => extractProseFigures(text, 'overview').map((figure) => figure.label);
    expect(labels('2022年,门户网站(信息公开目录)更新31条。')).toEqual(['门户网站(信息公开目录)更新']);
    expect(labels('全年发布信息(含转载)208条。')).toEqual(['全年发布信息(含转载)']);
    expect(labels('在区政府网站（部门专栏）公开文件19件')).toEqual(['在区政府网站（部门专栏）公开文件']);
    expect(labels('(三)政务新媒体推送信息57条。')).toEqual(['政务新媒体推送信息']);
  });

  it('prints the label whole in the answer', async () => {
    const [, site, before] = await converse(app, 'site', ['河西县林业局23年收到几个申请', '网站发了多少条信息', '比前一年呢']);
    expect(site.answer).toContain('45篇');
    // No 2022 report: the answer lists what 2023 states, each count by its label.
    expect(before.answer).toContain('门户网站(政务公开专栏)发布45篇');
    expect(before.answer).not.toContain('写明：政务公开专栏)');
  });

  it("gives the report's main points when what is in it is asked", async () => {
    for (const question of ['河西县林业局23年信息公开年报里有啥', '河西林业局2023年年报写了些什么', '河西县林业局年报的主要内容']) {
      const answer = await app.ask(question, question);
      expect(answer.kind, question).toBe('text');
      expect(answer.answer, question).toContain('报告要点');
      expect(answer.answer, question).toContain('河西县林业局2023年');
    }
  });

  it('says the page lacks the applicants when which kind applied most is asked of a cut report', async () => {
    for (const [user, questions] of [
      ['most1', ['河西县林业局2023年哪类申请人最多']],
      ['most2', ['河西县林业局23年收到几个申请', '最多的是啥类型的申请人']],
    ] as const) {
      const answer = (await converse(app, user, [...questions])).at(-1);
      expect(answer?.kind, user).toBe('refusal');
      expect(answer?.answer, user).toContain('（页面）不完整');
      expect(answer?.answer, user).not.toContain('回答不了');
    }
  });

  it("answers whether anyone appealed or sued from the agency's report, after its figure", async () => {
    for (const [user, question, row] of [
      ['appeal1', '有没有人不满意去复议', '行政复议'],
      ['appeal2', '有人不服告他们吗', '行政诉讼'],
      ['appeal3', '有没有人去告过他们', '行政诉讼'],
    ] as const) {
      const [, answer] = await converse(app, user, ['北山县水利局2024年收到几件申请', question]);
      expect(answer.kind, question).toBe('figure');
      expect(answer.answer, question).toContain(row);
      expect(answer.answer, question).not.toContain('没有单独写明');
    }
    // Whether one may appeal stays the rules.
    const [, may] = await converse(app, 'appeal4', ['北山县水利局2024年收到几件申请', '不服可以去复议吗']);
    expect(may.kind).toBe('guide');
  });

  it('reads no place in a particle put for one of its characters (东西在 is no 东西湖)', async () => {
    const [, where] = await converse(app, 'things', ['北山县水利局2024年主动公开了多少', '公开的东西在哪看']);
    expect(where.answer).not.toContain('东西湖区档案局');
    expect(where.answer).toContain('北山县水利局');
  });

  it('answers where an agency publishes, after its figure, for that agency', async () => {
    for (const question of ['在哪可以看', '他们公开的信息在哪看', '在哪能查到']) {
      const [, where] = await converse(app, question, ['北山县水利局2024年主动公开了多少', question]);
      expect(where.kind, question).not.toBe('clarify');
      expect(where.answer, question).toContain('北山县水利局');
    }
  });

  it("never answers a city's bureau with its branch's figure", async () => {
    for (const question of ['南岭市公安局2024年收到几件申请', '南岭公安局24年收到多少申请']) {
      const answer = await app.ask(question, question);
      expect(answer.kind, question).not.toBe('figure');
      expect(answer.answer, question).not.toContain('12件');
    }
    const branch = await app.ask('南岭市公安局东湖分局2024年收到几件申请', 'branch');
    expect(branch.answer).toContain('12件');
  });
});
