/**
 * Probes of session 43 (helper probes43): conversations of 5–11 turns of citizens' templates asked of random agencies and years
 * of one store of every real fixture folder (seeded prober, not committed). The classes found, each with a made-up example
 * below (another agency, other words):
 * - 能邮寄吗 / 能网上申请吗 / 可以寄过去吗 said alone after a figure of one agency: 没有理解 (邮寄 read as the applications
 *   by mail) or the rules alone, never that agency's own guide. Now the agency's guide, else its report's contacts.
 * - 能不能邮寄 (能不能 with no particle after): read as nothing asked. Now whether by post, as 能邮寄吗.
 * - 败诉了吗 / 输了没, naming no case: 没有理解, or after 收到几个申请 “有。” with the count of applications. Now the lawsuits'
 *   结果纠正 (a review's after 复议 was asked), as 官司输了没 was answered.
 * - 驳回了几个 / 被驳回多少件, naming nothing rejected: 没有理解. Now the applications rejected, as 申请被驳回了几个 asks them
 *   (a report's 驳回7件, else 没有单独写明).
 * - 跟前年比多了还是少了 / 和前年比呢 after a figure: 前年's figure alone with no comparison, or “跟比” refused. Now the two
 *   years weighed, as 比前年多了还是少了 was.
 * - 年报什么时候发的 after a question on one year's report: the latest report's date. Now the date of the year talked about.
 * - 25年收了几个 / 收了多少 with no noun after (收到几个 was read as the applications received): 没有理解. Now as 收到几个.
 * - 谁负责 (not understood) then 一共主动公开了多少, which the agency's page answers with no total: the two read joined as a
 *   message cut in half, 谁 making it a total over every stored agency and year (各年度各机关报告写明的数字合计). A message with
 *   谁 in it asks whole, as one with 多少 does: no fragment.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, cutPage, importTexts, makeTestApp, type TestApp, xigongAs } from '../../helpers.js';

const RECEIVED_ROW = '一、本年新收政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0\t';
const APPEALS_ROW = '0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0';

/** 西工区's sample as another agency's report of `year`, its received row and its table 四 row filled. */
function tabled(agency: string, place: string, year: number, received: number[], appeals: number[], published: string): string {
  const text = xigongAs(agency, place, '本年主动公开政府信息30条。', '本年共收到政府信息公开申请若干件，均已按时答复。', year)
    .replace(RECEIVED_ROW, `一、本年新收政府信息公开申请数量\t\t${received.join('\t')}\t`)
    .replace(APPEALS_ROW, appeals.join('\t'));
  return text.replace(/^(\s*# [^\n]*\n)/, `$1发布时间：${published}\n`);
}

const GUIDE = `为更好地提供政府信息公开服务,南岭县林业局编制了《南岭县林业局政府信息公开指南》。
一、政府信息公开工作机构
工作机构名称:县林业局办公室
办公地址:南岭县建设路18号
咨询电话:0771-2345678
二、依申请公开
(一)申请方式
申请人可以通过当面提交、信函邮寄、网上申请等方式提出申请。
(二)收费
行政机关依申请提供政府信息,不收取费用。
`;

// 南岭县林业局: 2025 received 12 (自然人10, 商业企业2), lawsuits direct 3 (维持2, 纠正1), review 2 (维持2); 2024 received 20.
const LINYE_2025 = tabled(
  '南岭县林业局',
  '南岭县',
  2025,
  [10, 2, 0, 0, 0, 0, 12],
  [2, 0, 0, 0, 2, 2, 1, 0, 0, 3, 0, 0, 0, 0, 0],
  '2026-01-28',
);
const LINYE_2024 = tabled('南岭县林业局', '南岭县', 2024, [20, 0, 0, 0, 0, 0, 20], Array(15).fill(0), '2025-01-21');
// 北川乡: a page stating its applications rejected in prose (驳回4件), no table.
const BEICHUAN = `北川乡人民政府2025年政府信息公开工作年度报告
本报告中所列数据的统计期限自2025年1月1日起至2025年12月31日止。
一、总体情况
全年共收到政府信息公开申请9件,其中线上6件、线下3件,驳回4件,均已按时办结。
`;

describe('probes43 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['linye-2025.txt', LINYE_2025],
      ['linye-2024.txt', LINYE_2024],
      ['guide.txt', GUIDE],
      ['beichuan-2025.txt', BEICHUAN],
      [
        'dongling-2025.txt',
        cutPage('东岭镇人民政府', 2025, '2025年,我镇主动通过县人民政府网站发布政务信息6条。', '2025年,我镇无依申请公开事项。'),
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('answers a way of applying asked alone after a figure from the agency’s own guide (能邮寄吗, 能不能邮寄)', async () => {
    const [figure, post, twoWays] = await converse(app, 'post', ['南岭县林业局2025年收到几个申请', '能邮寄吗', '能不能邮寄']);
    expect(figure.facts.map((fact) => fact.value)).toContain(12);
    for (const answer of [post, twoWays]) {
      expect(answer.answer).not.toContain('没有理解');
      expect(answer.answer).toContain('信函（邮寄）');
    }
    const [, online] = await converse(app, 'online', ['南岭县林业局2025年收到几个申请', '能网上申请吗']);
    expect(online.answer).toContain('网上申请');
    expect(online.answer).toContain('南岭县林业局');
  });

  it('reads a case lost naming no case as the lawsuits’ 结果纠正, or the review’s after 复议 (败诉了吗, 输了没)', async () => {
    const [, lost] = await converse(app, 'lost', ['南岭县林业局2025年收到几个申请', '输了没']);
    expect(lost.answer).not.toContain('没有理解');
    expect(lost.answer).toContain('结果纠正1件');
    expect(lost.facts.some((fact) => fact.key === 'received.total')).toBe(false);
    // After 复议 asked: the review's own results (结果维持2件, none corrected).
    const [review, reviewLost] = await converse(app, 'lost3', ['南岭县林业局2025年复议几个', '输了没']);
    expect(review.facts.map((fact) => fact.value)).toContain(2);
    expect(reviewLost.answer).toMatch(/^没有/);
    expect(reviewLost.facts.every((fact) => fact.key.startsWith('review'))).toBe(true);
  });

  it('reads 驳回 naming nothing rejected as the applications rejected (驳回了几个, 被驳回多少件)', async () => {
    const [stated] = await converse(app, 'rejected', ['北川乡2025年驳回了几个']);
    expect(stated.facts.map((fact) => fact.value)).toEqual([4]);
    const [, followUp] = await converse(app, 'rejected2', ['北川乡2025年收到几个申请', '被驳回多少件']);
    expect(followUp.facts.map((fact) => fact.value)).toEqual([4]);
    // A table with no such row: said not to be stated, never 没有理解, with the nearest results table 三 counts (merge of
    // session 43: lead43's rejectedApplications gives 不予公开 and 不予处理 rather than the applications received).
    const [, unstated] = await converse(app, 'rejected3', ['南岭县林业局2025年收到几个申请', '驳回了几个']);
    expect(unstated.answer).toContain('没有单独写明“驳回”的件数');
    expect(unstated.answer).toContain('“不予公开”');
  });

  it('weighs the two years when 前年 is said before 比 (跟前年比多了还是少了, 和前年比呢)', async () => {
    for (const [user, words] of [
      ['before1', '跟前年比多了还是少了'],
      ['before2', '和前年比呢'],
    ]) {
      const [, compared] = await converse(app, user, ['南岭县林业局2025年收到几个申请', words]);
      const values = compared.facts.map((fact) => fact.value);
      expect(values).toContain(12);
      expect(values).toContain(20);
      expect(compared.answer).toContain('少8件');
    }
  });

  it('gives the publication date of the year talked about, not the latest report’s (年报什么时候发的)', async () => {
    const [, dated] = await converse(app, 'dated', ['南岭县林业局2024年收到几个申请', '年报什么时候发的']);
    expect(dated.answer).toContain('2025-01-21');
    expect(dated.answer).not.toContain('2026-01-28');
  });

  it('reads 收了几个 with no noun as the applications received, as 收到几个 is', async () => {
    const [counted] = await converse(app, 'took', ['南岭县林业局2025年收了几个']);
    expect(counted.facts.map((fact) => fact.value)).toContain(12);
    const [, before] = await converse(app, 'took2', ['南岭县林业局2025年复议几个', '那2024年收了多少']);
    expect(before.facts.map((fact) => fact.value)).toContain(20);
  });

  it('reads a message with 谁 in it as asked whole, never the first half of the next (谁负责, then 一共主动公开了多少)', async () => {
    const [, , total] = await converse(app, 'who', ['东岭镇2025年有人申请公开信息吗', '谁负责', '一共主动公开了多少']);
    expect(total.answer).not.toContain('各机关');
    expect(total.facts.every((fact) => fact.agency === '东岭镇人民政府')).toBe(true);
  });
});
