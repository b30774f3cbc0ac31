/**
 * qachat59's classes (citizens' own phrasing in conversations after a miss, citizen-questions-100), each with a made-up
 * example that fails without its fix.
 * 1. A place and a year in one reply to 您问的是哪个卫健局？ (青禾市的 2023年): the place's agency of the kind, that year (was:
 *    the place alone read as the agency, or the words 那个 / 我们这边的 left between the place and the kind, not found).
 * 2. 收了好多申请 (好多 for 多少 before 申请): the count received (was: not understood); 为什么收了好多申请 stays a why.
 * 3. A year with a dialect's particle (21年嘞), a yes before a year (对 24年), 那24年的再说一遍: the year asked after the last
 *    answer (was: not understood, or refused).
 * 4. 只要自然人的 / 只看企业: that applicant's count of the figure just answered (was: not understood).
 * 5. 刚才那个审计局主动公开了多少: the agency talked about before (was: refused, 刚才那个 read as part of the name).
 * 6. 我咋个申请嘛 (咋个 for 怎么): how to apply (was: 个 read into 个人申请, the individuals' count stated).
 * 7. 全市的呢 after an agency of a lower place (青禾市青山区人民政府办公室): the city's own report (was: a figure named 全市 looked
 *    for in the district office's report, refused); a department of the city itself is not widened so.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, cutPage, importTexts, makeTestApp, type TestApp } from '../../helpers.js';
import { madeUpReport } from './made-up-pages.js';

describe('qachat59: conversations after a miss, in citizens’ own words (made-up store)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'wj1-2023.txt',
        cutPage('青禾市卫生健康局', 2023, '2023年青禾市卫生健康局全年新收到政府信息公开申请7件，不予公开2件。全年主动公开政府信息88条。'),
      ],
      ['wj2-2023.txt', cutPage('赤松县卫生健康局', 2023, '2023年共收到政府信息公开申请3件。')],
      ['wj3-2023.txt', cutPage('黄石县卫生健康局', 2023, '2023年共收到政府信息公开申请11件。')],
      [
        'fg1-2025.txt',
        cutPage('玉泉市青山区发展和改革局', 2025, '2025年，区发改局共受理政府信息公开申请6件。累计主动公开各类政府信息152条。'),
      ],
      ['fg2-2025.txt', cutPage('赤松县发展和改革局', 2025, '2025年共收到政府信息公开申请13件。')],
      ['yj-2025.txt', cutPage('金沙市应急管理局', 2025, '2025年，全局接收政府信息公开申请27件。')],
      ['yj-2021.txt', cutPage('金沙市应急管理局', 2021, '2021年，我局共收到政府信息依申请公开9件。全年主动公开政府信息4312条。')],
      ['sj-2023.txt', cutPage('玉泉市审计局', 2023, '全年收到依申请公开事项共4件。全年主动公开政府信息41条。')],
      ['mz-2025.txt', cutPage('玉泉市民政局', 2025, '2025年，市民政局新收政府依申请公开申请38件。')],
      ['wb-2024.txt', cutPage('金沙市卫生健康委员会', 2024, '2024年，共收到政府信息公开申请504件。其中，公民个人提出申请490件。')],
      ['city-2024.txt', cutPage('青禾市', 2024, '2024年全市新受理政府信息公开申请930件。')],
      ['qs-2024.txt', cutPage('青禾市青山区人民政府办公室', 2024, '2024年，我办收到政府信息公开申请19件。')],
      ['jy-2024.txt', cutPage('青禾市教育局', 2024, '2024年共收到政府信息公开申请5件。')],
      [
        'bgt-2024.txt',
        madeUpReport({
          agency: '青禾市人民政府办公室',
          year: 2024,
          overview: ['2024年共收到政府信息公开申请412件。'],
          received: [380, 25, 0, 0, 0, 7, 412],
        }),
      ],
    ]);
  });
  afterAll(() => app.dispose());

  const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

  it('joins a place and a year said in reply to which agency of a kind', async () => {
    const [asked, replied] = await converse(app, 'place-year', ['那个卫健局收到好多申请', '青禾市的 2023年']);
    expect(asked.kind).toBe('clarify');
    expect(replied.answer).toContain('青禾市卫生健康局');
    expect(values(replied)).toEqual([7]);
    const [, ours] = await converse(app, 'ours', ['我们这边的发改局去年收了几件申请', '玉泉青山区的']);
    expect(ours.answer).toContain('玉泉市青山区发展和改革局');
    expect(values(ours)).toEqual([6]);
  });

  it('reads 收了好多申请 as the count received, and 为什么 before it as a why', async () => {
    const [count] = await converse(app, 'many', ['金沙市应急管理局25年收了好多申请']);
    expect(values(count)).toEqual([27]);
    const [, why] = await converse(app, 'many-why', ['金沙市应急管理局25年收到几件申请', '为什么收了好多申请']);
    expect(why.answer).not.toMatch(/^金沙市应急管理局2025年：/);
  });

  it('reads a year with a dialect’s particle, a yes before a year and a year asked again', async () => {
    const [, particle] = await converse(app, 'particle', ['金沙市应急管理局25年收到几件申请', '21年嘞']);
    expect(values(particle)).toEqual([9]);
    const [, yes] = await converse(app, 'yes', ['金沙市应急管理局2022年收到几件申请', '对 21年']);
    expect(values(yes)).toEqual([9]);
    const [, , again] = await converse(app, 'again', ['金沙市应急管理局2021年收到几件申请', '那23年的呢', '那21年的再说一遍']);
    expect(values(again)).toEqual([9]);
  });

  it('reads 只要自然人的 as that applicant’s count of the figure just answered', async () => {
    const [, people, firms] = await converse(app, 'only', ['青禾市人民政府办公室2024年收到多少申请', '只要自然人的', '只看企业']);
    expect(values(people)).toEqual([380]);
    expect(values(firms)).toEqual([25]);
  });

  it('reads 刚才那个审计局 as the agency talked about before', async () => {
    const [, , back] = await converse(app, 'back', [
      '玉泉市审计局2023年收到几件申请',
      '玉泉市民政局2025年收到几件申请',
      '刚才那个审计局主动公开了多少',
    ]);
    expect(values(back)).toEqual([41]);
  });

  it('reads 我咋个申请嘛 as how to apply', async () => {
    const [, how] = await converse(app, 'how', ['金沙市卫生健康委员会2024年收到几件申请', '算了 我咋个申请嘛']);
    expect(how.kind).toBe('guide');
    expect(values(how)).not.toContain(490);
  });

  it('reads 全市的呢 after an agency of a lower place as the city’s own report', async () => {
    const [district, city] = await converse(app, 'widen', ['青禾市青山区人民政府办公室2024年收到几件申请', '全市的呢']);
    expect(values(district)).toEqual([19]);
    expect(values(city)).toEqual([930]);
    const [, department] = await converse(app, 'widen-department', ['青禾市教育局2024年收到几件申请', '全市的呢']);
    expect(values(department)).not.toContain(930);
  });
});
