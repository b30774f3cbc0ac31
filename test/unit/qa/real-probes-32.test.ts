/**
 * Lead probes of the thirty-second session: one agency's years and the reports it has, asked in citizens' words over one
 * store of every real fixture folder (平潭综合实验区's bureaus, with seven years each; 中山市农业农村局2021, a page cut after
 * its overview). The classes found, each a made-up example below (other agencies, other words):
 * - 2025年收到申请比2024年增长百分之几 / 增长率是多少 / 下降了百分之多少 of a table's figure: the two years and the change in
 *   件 only; now the rate too, worked out from the two and said to be (as the sentence reader's two years already were).
 * - 有2018年的年报吗 / 一共有几年的年报: not understood (有没有2018年的报告 was); now the years held, the one asked said missing,
 *   and how many when asked.
 * - 哪年最多 after 主动公开了多少条 (a figure the prose states), and 哪一年主动公开最多: refused (the sentence reader took 哪年 and
 *   最多 for a qualifier of 主动公开); now each year's figure and the most, as for a table's figure; 这几年…增加还是减少 and
 *   2022到2024年…一共 of such a figure got each year's answer alone, now the trend line and the sum too.
 * - 2023年跟2024年比收到申请变化大吗: 有。 in front of the two figures (a yes/no of whether they are above zero); now the figures
 *   and the change alone.
 * - 同意公开几件 of a page cut before table 三 whose overview states it (已办结件中予以公开的9件): refused as the page is cut
 *   (the question's words are not the sentence's); now the sentence, found by the row's printed and everyday names of four
 *   characters or more, the clause holding the name (short ones, 受理, 新收, 依申请, found clauses of other counts: 专栏4个, a
 *   whole city's 受理…452件). A column (法人申请了几件) is still refused: the row's whole is no column's figure.
 * - 2025年哪个卫健委收到的申请最多 where the kind's pages are cut (each read from its sentences): agencies with no 2025 report
 *   were compared with their latest (2020, 2022) figures; now only the year's reports, the others named as not counted, and
 *   2025年卫健委一共收到多少申请 (answered with a comparison, then refused) is their sum.
 * - …公开栏公开了多少条，占比多少 in one message: the second part was asked of the agency (not understood); now the share of the
 *   count just answered, as 占比多少 sent after it is.
 * - 张湾区图书馆公众号发了多少条 (a library no agency stored is): the rules on where published information is read; now refused as
 *   not held, as 南川区体育馆… is.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp, xigongAs } from '../../helpers.js';

describe('one agency’s years, its reports, and a cut page’s table in the prose', () => {
  let app: TestApp;
  const licensed = (text: string, count: number) => text.replace(/行政许可\t6/, `行政许可\t${count}`);
  beforeAll(async () => {
    app = makeTestApp();
    const bureau = (year: number, items: number, licences: number) =>
      licensed(
        xigongAs(
          '庚山县水务局',
          '庚山县',
          `${year}年,我局主动公开政府信息${items}条,其中通过门户网站公开${items - 8}条。`,
          '全年收到政府信息公开申请0件。',
          year,
        ),
        licences,
      );
    const cut = xigongAs(
      '辛河县林业局',
      '辛河县',
      '2023年,我局主动公开政府信息40条。',
      '我局2023年度依申请公开申请数为14件,截至12月31日已全部办结。已办结件中予以公开的5件、不属于本机关公开的7件、其他处理的2件,开设信息公开专栏4个。',
      2023,
    ).split('二、主动公开政府信息情况')[0];
    // Three audit offices whose pages are cut after the overview: two of 2023, one of 2021 only.
    const audit = (agency: string, place: string, year: number, received: number) =>
      xigongAs(agency, place, `${year}年,我局主动公开政府信息20条。`, `${year}年,我局收到政府信息公开申请${received}件。`, year).split(
        '二、主动公开政府信息情况',
      )[0];
    await importTexts(app, [
      ['a23.txt', audit('壬山县审计局', '壬山县', 2023, 5)],
      ['b23.txt', audit('癸水县审计局', '癸水县', 2023, 9)],
      ['c21.txt', audit('子川县审计局', '子川县', 2021, 30)],
      ['g21.txt', bureau(2021, 88, 12)],
      ['g22.txt', bureau(2022, 140, 20)],
      ['g23.txt', bureau(2023, 95, 15)],
      ['cut.txt', cut],
    ]);
  });
  afterAll(() => app.dispose());

  const values = (answer: { facts: ReadonlyArray<{ value: number }> }) => answer.facts.map((fact) => fact.value);

  it('works out the rate of change between two years of a table’s figure', async () => {
    const [up] = await converse(app, 'rate-1', ['庚山县水务局2022年行政许可比2021年增长百分之几']);
    expect(up.kind).toBe('figure');
    expect(values(up)).toEqual(expect.arrayContaining([20, 12]));
    expect(up.answer).toContain('增加8件');
    expect(up.answer).toContain('增长约66.7%');
    expect(up.answer).toContain('计算结果');
    const [down] = await converse(app, 'rate-2', ['庚山县水务局2023年行政许可比2022年下降了百分之多少']);
    expect(down.answer).toContain('下降约25%');
    // An amount asked (增加了多少) gets no rate.
    const [amount] = await converse(app, 'rate-3', ['庚山县水务局2022年行政许可比2021年增加了多少']);
    expect(amount.answer).toContain('增加8件');
    expect(amount.answer).not.toContain('%');
  });

  it('says which years’ reports an agency has, and how many', async () => {
    const [missing] = await converse(app, 'reports-1', ['庚山县水务局有2019年的年报吗']);
    expect(missing.kind).toBe('text');
    expect(missing.answer).toContain('2021年、2022年、2023年');
    expect(missing.answer).toContain('没有2019年的');
    const [count] = await converse(app, 'reports-2', ['庚山县水务局一共有几年的年报']);
    expect(count.answer).toContain('共3份');
    const [which] = await converse(app, 'reports-3', ['庚山县水务局有几份报告']);
    expect(which.answer).toContain('共3份');
    const [after] = await converse(app, 'reports-4', ['庚山县水务局的年报有几年的']);
    expect(after.answer).toContain('共3份');
    // A question of the reports' contents over those years is no question of which reports are held.
    const [within] = await converse(app, 'reports-5', ['庚山县水务局这几年的报告里主动公开多少条']);
    expect(within.kind).toBe('figure');
    expect(within.answer).not.toContain('共3份');
  });

  it('ranks one agency’s years of a figure the prose states', async () => {
    const [, most] = await converse(app, 'years-1', ['庚山县水务局2023年主动公开了多少条', '哪年最多']);
    expect(most.kind).toBe('figure');
    expect(most.answer).toContain('2022年最多（140条）');
    expect(values(most)[0]).toBe(140);
    const [fewest] = await converse(app, 'years-2', ['庚山县水务局哪一年主动公开的信息最少']);
    expect(fewest.answer).toContain('2021年最少（88条）');
    // The trend and the sum over the years, as a table's figure gets them.
    const [trend] = await converse(app, 'years-3', ['庚山县水务局这几年主动公开的信息是增加还是减少']);
    expect(trend.answer).toContain('2021年88条，2022年140条，2023年95条；2023年比2021年增加7条');
    const [sum] = await converse(app, 'years-4', ['庚山县水务局2021到2023年主动公开一共多少条']);
    expect(sum.answer).toContain('合计323条（88 + 140 + 95）');
  });

  it('states the change of two years without a yes in front', async () => {
    const [answer] = await converse(app, 'trend-1', ['庚山县水务局2021年跟2022年比行政许可变化大吗']);
    expect(answer.kind).toBe('figure');
    expect(answer.answer).not.toMatch(/^有/);
    expect(answer.answer).toContain('2022年比2021年增加8件');
  });

  it('answers a cut table’s row from the overview sentence in the table’s own words', async () => {
    const [granted] = await converse(app, 'cut-1', ['辛河县林业局2023年同意公开几件']);
    expect(granted.kind).toBe('figure');
    expect(values(granted)).toEqual([5]);
    expect(granted.answer).toContain('予以公开的5件');
    // A short everyday name of a row (受理, 新收) is not searched: no clause of another count answers (专栏4个).
    const [received] = await converse(app, 'cut-2', ['辛河县林业局2023年受理了多少']);
    expect(values(received)).not.toContain(4);
    // A column is no row's whole: refused, never 14.
    const [column] = await converse(app, 'cut-3', ['辛河县林业局2023年法人申请了几件']);
    expect(values(column)).not.toContain(14);
    expect(column.kind).not.toBe('figure');
  });

  it('ranks and sums a kind’s cut pages of the year asked only, naming those without a report of it', async () => {
    const [most] = await converse(app, 'kind-1', ['2023年哪个审计局收到的申请最多']);
    expect(most.kind).toBe('figure');
    expect(most.answer).toContain('癸水县审计局最多（9件）');
    expect(values(most)).not.toContain(30);
    expect(most.answer).toContain('未计入：子川县审计局');
    const [sum] = await converse(app, 'kind-2', ['2023年审计局一共收到多少申请']);
    expect(sum.answer).toContain('合计14件');
    expect(values(sum)).not.toContain(44);
  });

  it('takes 占比多少 after a count in the same message as the share of that count', async () => {
    const [answer] = await converse(app, 'share-1', ['庚山县水务局2021年门户网站公开了多少条，占比多少']);
    expect(answer.kind).toBe('figure');
    expect(answer.answer).toContain('80条占88条的90.9%');
  });

  it('refuses a count of a library or museum no agency stored is, never with the rules on reading places', async () => {
    for (const [index, question] of ['隆德县图书馆公众号发了多少条', '泾源县博物馆2023年收到几件申请'].entries()) {
      const [answer] = await converse(app, `body-${index}`, [question]);
      expect(answer.kind, `${question} ${answer.answer}`).toBe('refusal');
      expect(answer.answer, question).toMatch(/没有找到“(?:隆德县图书馆|泾源县博物馆)”/);
    }
  });
});
