/**
 * gaps82's classes (citizen-questions-85: statistics over the agencies of one kind in one year), on made-up 审计局 pages cut
 * before their tables: the median (中位数, 双数 taking the middle two), one agency's share of the kind's total (东川的占所有
 * 审计局的百分之多少), counts and lists over a threshold (超过3件的有几个, 哪些没有收到申请, 不为零的有几个), a place after a
 * ranking (倒数第一呢, 前两名 with a tie at the edge), the gap between the first and the last, two of the kind weighed after a
 * ranking (是北河的几倍), the kind's agencies against their own year before (比去年多的有哪几个), and a year with no report of
 * the kind refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const page = (agency: string, year: number, body: string) => `${agency}${year}年政府信息公开工作年度报告
本报告所列数据统计期限为${year}年1月1日至12月31日。
一、总体情况
(一)主动公开。${body}
(三)政府信息管理
严格落实“三审三校”制度,对
`;

const REPORTS: Record<string, string> = {
  'dongchuan-2025.txt': page('东川县审计局', 2025, '全年主动公开政府信息90条。\n(二)依申请公开。2025年共收到政府信息公开申请12件。'),
  'dongchuan-2024.txt': page('东川县审计局', 2024, '全年主动公开政府信息70条。\n(二)依申请公开。2024年共收到政府信息公开申请8件。'),
  'nanling-2025.txt': page('南岭市审计局', 2025, '全年主动公开政府信息40条。\n(二)依申请公开。2025年未收到政府信息公开申请。'),
  'beihe-2025.txt': page('北河区审计局', 2025, '全年主动公开政府信息60条。\n(二)依申请公开。2025年共收到政府信息公开申请5件。'),
  'beihe-2024.txt': page('北河区审计局', 2024, '全年主动公开政府信息50条。\n(二)依申请公开。2024年共收到政府信息公开申请9件。'),
  'xipo-2025.txt': page('西坡县审计局', 2025, '全年主动公开政府信息30条。\n(二)依申请公开。2025年共收到政府信息公开申请5件。'),
  'zhongping-2025.txt': page('中平市审计局', 2025, '全年主动公开政府信息20条。\n(二)依申请公开。2025年共收到政府信息公开申请2件。'),
};

describe('gaps82 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('中位数 over a kind: the middle of the five figures, the agencies counted named; 东川的占百分之多少 after it', async () => {
    const [median, share, average] = await converse(app, 'g82-median', [
      '2025年审计局收到申请的中位数是多少',
      '东川的占所有审计局的百分之多少',
      '平均每个局多少件',
    ]);
    expect(median.kind).toBe('figure');
    expect(median.answer).toContain('中位数是5件');
    expect(median.answer).toContain('南岭市审计局0件');
    expect(share.answer).toContain('50%');
    expect(share.facts.map((fact) => fact.value)).toContain(12);
    expect(average.answer).toContain('4.8件');
  });

  it('超过3件的有几个 / 哪些审计局没有收到申请 / 不为零的有几个: counts and lists over a threshold', async () => {
    const [above, none, some] = await converse(app, 'g82-threshold', [
      '2025年审计局收到申请超过3件的有几个',
      '哪些审计局没有收到申请',
      '不为零的有几个',
    ]);
    expect(above.answer).toContain('有3个');
    expect(above.answer).toContain('东川县审计局12件');
    expect(none.answer).toContain('是0件的有1个：南岭市审计局0件');
    expect(some.answer).toContain('不是0件的有4个');
  });

  it('倒数第一呢 / 前两名 / 最多的比最少的多多少 after a ranking of the kind', async () => {
    const [, last, two, gap] = await converse(app, 'g82-places', [
      '2025年哪个审计局收到的申请最多',
      '倒数第一呢',
      '前两名',
      '最多的比最少的多多少',
    ]);
    expect(last.answer).toContain('倒数第1的是南岭市审计局0件');
    expect(two.answer).toContain('并列');
    expect(two.answer).toContain('北河区审计局5件');
    expect(two.answer).toContain('西坡县审计局5件');
    expect(gap.answer).toContain('多12件');
  });

  it('是北河的几倍 after a ranking: the first of it over the one named', async () => {
    const [, times] = await converse(app, 'g82-times', ['2025年哪个审计局收到的申请最多', '是北河的几倍']);
    expect(times.answer).toContain('东川县审计局是北河区审计局的2.4倍');
  });

  it('比去年多的有哪几个: the agencies with both years, each against its own; a year with no report of the kind is refused', async () => {
    const [more] = await converse(app, 'g82-change', ['2025年审计局收到的申请比去年多的有哪几个']);
    expect(more.answer).toContain('有1个：东川县审计局2024年8件、2025年12件。');
    const [none] = await converse(app, 'g82-none', ['2023年审计局收到申请的中位数']);
    expect(none.kind).toBe('refusal');
    expect(none.facts).toEqual([]);
  });

  it('a prose figure over the kind is each report’s main figure: 主动公开 above 50 条', async () => {
    const [above] = await converse(app, 'g82-prose', ['2025年审计局主动公开信息超过50条的有哪些']);
    expect(above.answer).toContain('超过50条的有2个：东川县审计局90条、北河区审计局60条。');
  });
});
