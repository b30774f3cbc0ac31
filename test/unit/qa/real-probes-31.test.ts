/**
 * Lead probes of the thirty-first session: open questions over one store of every real fixture folder (rankings and
 * comparisons in citizens' words, the problems a report states) and a sweep of table 三 and 四 cells asked in twenty-one
 * wordings over the 122 hand-read tables (recv/grant/carry/复议/诉讼…: 0 wrong figures beyond the printed-total notes, so no
 * class there). The classes found, each a made-up example below (other agencies, other words):
 * - 有啥问题没 on a page cut before 五、存在的主要问题: the sentence reader answered 有。 with an overview sentence that says 问题
 *   (镇政府对重大决策问题一律实行公开); now the page is said to be incomplete, as 存在什么问题 already was.
 * - one agency's place among its kind (中卫市科技局2025年收到申请排第几, …在街道里是第几名): only the figure was given; now its
 *   place in the ranking of the stored agencies of its kind that year, ties said.
 * - an average across agencies (2024年科技局主动公开平均多少条, 各街道平均每个收到几件申请): asked back which 科技局; now the
 *   total divided by their number, shown with both.
 * - who among a kind (科技局里谁被复议了, 街道当中有谁收到申请, 科技局里有几个收到过申请): asked back which 科技局; now the list
 *   of those not at 0.
 * - 那2023年呢 after a total, an average or a list across agencies (only a ranking's was remembered): asked back which agency;
 *   now the same question of that year.
 * - 沙坡头区科技局主动公开是海原县科技局的几倍: only the difference was given; now the ratio (the first over the second as said,
 *   差几倍 the larger over the smaller), computed and said so.
 * - 2024年科技局一共收到多少申请 / 有没有科技局被复议 / 科技局都收到申请了吗 (a kind with no place, then a sum or an any):
 *   asked back which 科技局; now the kind's agencies together. 中卫市科技局是哪年的报告 was not understood; now its reports' years.
 * - 2024年科技局里主动公开最多的比最少的多多少 in one message: the ranking without the gap (only a follow-up got it); now the gap
 *   too, where the ranking lists all.
 * - 有几个科技局交了年报 (asked back which 科技局) and 有几个科技局的年报 (every stored report listed): the reports of that kind.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp, xigongAs } from '../../helpers.js';

describe('open questions across agencies and a cut page’s problems', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    const audit = (agency: string, place: string, items: number) =>
      xigongAs(
        agency,
        place,
        `2023年,我局主动公开政府信息${items}条,其中通过门户网站公开${items - 2}条。`,
        '全年收到政府信息公开申请0件。',
        2023,
      );
    await importTexts(app, [
      ['a.txt', audit('甲山县审计局', '甲山县', 120)],
      ['b.txt', audit('乙水县审计局', '乙水县', 45)],
      ['c.txt', audit('丙川县审计局', '丙川县', 30)],
      ['d.txt', xigongAs('丁原县统计局', '丁原县', '2023年,我局主动公开政府信息999条。', '全年收到政府信息公开申请0件。', 2023)],
      [
        'cut.txt',
        xigongAs(
          '戊溪县林业局',
          '戊溪县',
          '2023年,我局坚持把群众反映强烈的问题作为公开重点,主动公开政府信息16条。',
          '全年收到政府信息公开申请0件。',
          2023,
        ).split('五、存在的主要问题')[0],
      ],
    ]);
  });
  afterAll(() => app.dispose());

  const values = (answer: { facts: ReadonlyArray<{ value: number }> }) => answer.facts.map((fact) => fact.value);

  it('says a cut page has no problems part, never 有 from a sentence that says 问题', async () => {
    for (const [index, question] of ['戊溪县林业局2023年信息公开有啥问题没', '戊溪县林业局2023年工作存在问题吗'].entries()) {
      const [answer] = await converse(app, `cut-${index}`, [question]);
      expect(answer.kind, question).toBe('refusal');
      expect(answer.answer, question).toContain('不完整');
      expect(answer.answer, question).not.toMatch(/^有/);
    }
  });

  it('gives one agency’s place among the stored agencies of its kind', async () => {
    const [second] = await converse(app, 'place-1', ['乙水县审计局2023年主动公开信息在审计局里排第几']);
    expect(second.kind).toBe('figure');
    expect(second.answer).toContain('乙水县审计局2023年45条');
    expect(second.answer).toContain('排第2');
    // The statistics bureau is of another kind: no place among the audit offices.
    expect(values(second)).not.toContain(999);
    const [last] = await converse(app, 'place-2', ['丙川县审计局2023年主动公开是第几名']);
    expect(last.answer).toContain('排第3');
    // Among every stored agency when the question says so: the statistics bureau's 999 and the sample store's 红寺堡区
    // 科学技术局 2023 (225) come first.
    const [among] = await converse(app, 'place-3', ['甲山县审计局2023年在所有机关里主动公开排第几']);
    expect(among.answer).toContain('在库中有这项数字的机关里排第3');
    expect(values(among)).toContain(999);
  });

  it('answers an average across the agencies of a kind with the total and their number', async () => {
    for (const [index, question] of ['2023年审计局主动公开平均多少条', '2023年各审计局平均每个公开几条信息'].entries()) {
      const [answer] = await converse(app, `average-${index}`, [question]);
      expect(answer.kind, question).toBe('figure');
      // (120 + 45 + 30) ÷ 3 = 65, over the three audit offices only.
      expect(answer.answer, question).toContain('平均每个机关65条');
      expect(answer.answer, question).toContain('195÷3');
      expect(values(answer), question).not.toContain(999);
    }
    // An average over time is one agency's, never across agencies.
    const [monthly] = await converse(app, 'average-month', ['甲山县审计局2023年平均每月公开多少条']);
    expect(monthly.answer).not.toContain('平均每个机关');
  });

  it('asks a total or an average across agencies again for the year said after it', async () => {
    const [, again] = await converse(app, 'across-year', ['2023年审计局主动公开平均多少条', '那2024年呢']);
    // No audit office has a 2024 report: said so, never a clarify of which agency nor the 2023 average again.
    expect(again.kind).not.toBe('clarify');
    expect(again.answer).not.toContain('65条');
    expect(again.answer).toContain('2024');
  });

  it('answers 是…的几倍 of two agencies with the ratio, computed and said so', async () => {
    const [times] = await converse(app, 'times-1', ['甲山县审计局2023年主动公开是乙水县审计局的几倍']);
    expect(times.answer).toContain('甲山县审计局是乙水县审计局的约2.67倍（120条 ÷ 45条');
    // 差几倍 with no 是…的: the larger over the smaller, whichever is named first.
    const [apart] = await converse(app, 'times-2', ['丙川县审计局和甲山县审计局2023年主动公开差几倍']);
    expect(apart.answer).toContain('甲山县审计局是丙川县审计局的4倍（120条 ÷ 30条');
  });

  it('reads a sum or an any of a kind named with no place as the kind together, not asking which one', async () => {
    const [total] = await converse(app, 'kind-total', ['2023年审计局主动公开一共多少条']);
    expect(total.kind).toBe('figure');
    expect(total.answer).toContain('合计195条');
    const [any] = await converse(app, 'kind-any', ['2023年有没有审计局被复议']);
    expect(any.kind).toBe('figure');
    expect(any.answer).toContain('甲山县审计局');
    expect(any.answer).not.toContain('丁原县统计局');
    // A place before the kind is one agency's question still.
    const [one] = await converse(app, 'kind-one', ['甲山县审计局2023年主动公开一共多少条']);
    expect(one.answer).not.toContain('合计');
  });

  it('says which years a named agency’s reports are of', async () => {
    const [answer] = await converse(app, 'which-year', ['乙水县审计局是哪年的报告']);
    expect(answer.answer).toContain('乙水县审计局2023年');
  });

  it('gives the gap between the first and the last when asked with the ranking in one message', async () => {
    const [answer] = await converse(app, 'ends-gap', ['2023年审计局里主动公开最多的比最少的多多少']);
    expect(answer.answer).toContain('最多的甲山县审计局比最少的丙川县审计局多90条（120 − 30');
  });

  it('counts the reports of a kind asked with 交了年报', async () => {
    const [answer] = await converse(app, 'reports-of-kind', ['2023年有几个审计局交了年报']);
    expect(answer.answer).toContain('库中有3个审计局');
    expect(answer.answer).not.toContain('丁原县统计局');
  });

  it('lists who among a kind, not asking which one back', async () => {
    const [answer] = await converse(app, 'who-among', ['2023年审计局里谁做了行政许可']);
    expect(answer.kind).toBe('figure');
    expect(answer.answer).toContain('甲山县审计局');
    expect(answer.answer).toContain('丙川县审计局');
    expect(answer.answer).not.toContain('丁原县统计局');
  });
});
