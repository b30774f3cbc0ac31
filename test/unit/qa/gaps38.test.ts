/**
 * gaps38's classes (issue #11's gap lines), each on made-up pages cut before table 三: a sentence printing what came in from
 * the year before and then what was carried on (上年结转…5条,…,本年结转下年…申请17条) answers a question of what was carried on
 * with the second clause; applicants counted in 人 after the applications (收到申请共84条,总计68人) answer 申请人多少人; a part
 * asked by 里面…的是多少 is the breakdown's item; a relative year restated as a year (去年 24年啊) is that one year; 多多少
 * after one place's whole, its part, then another place's whole weighs the two wholes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findYears } from '../../../src/qa/understand.js';
import { converse, importTexts, makeTestApp, type TestApp, xigongAs } from '../../helpers.js';

const page = (agency: string, year: number, proactive: string, applications: string) =>
  `${agency}${year}年政府信息公开工作年度报告
本年度报告根据《中华人民共和国政府信息公开条例》要求编制。所列数据统计期限为${year}年1月1日起至${year}年12月31日。如对本报告有疑问,请与我局办公室联系(联系电话:0473-1234567)。
一、总体情况
(一)主动公开政府信息情况。${proactive}
(二)依申请公开。${applications}
`;

const REPORTS: Record<string, string> = {
  'bj-2023.txt': xigongAs('北郊区科学技术局', '北郊区', '主动公开信息20条。', '2023年共收到申请3件。', 2023),
  'bj-2024.txt': xigongAs('北郊区科学技术局', '北郊区', '主动公开信息20条。', '2024年共收到申请3件。', 2024),
  'tj.txt': page(
    '北原市统计局',
    2024,
    '门户网站及时发布政务动态120条,各类统计信息40条。',
    '2024年,我局政府信息公开栏目收到公民信息申请共73条,总计51人,其中,申请提供年鉴44条。上年结转政府信息公开申请6条,已撤销申请12项,本年结转2025年政府信息公开申请9条。',
  ),
  'mz-a.txt': page(
    '东原市民政局',
    2025,
    '2025年全年主动公开政府信息320条,其中:组织机构类信息4条,社会救助类信息150条,政务动态类信息160条,财政预决算类信息6条。',
    '2025年,我局未收到政府信息公开申请。编印《东原民政动态》14期。',
  ),
  'mz-b.txt': page(
    '南原市民政局',
    2025,
    '2025通过门户网站主动公开各类政府信息900条,南原民政微信公众号发布信息120条。',
    '2025年,我局未收到政府信息公开申请。',
  ),
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('gaps38 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('what was carried on is the clause after the one carried in from the year before', async () => {
    expect(values(await app.ask('北原市统计局结转到下一年的申请多少条'))).toEqual([9]);
    expect(values(await app.ask('北原市统计局本年结转2025年的申请多少条'))).toEqual([9]);
    const [, carried] = await converse(app, 'g38-carried', ['北原市统计局2024年收到多少信息公开申请', '结转到下一年的呢']);
    expect(values(carried)).toEqual([9]);
  });

  it('applicants asked in 人 are the count in 人 printed after the applications', async () => {
    const answer = await app.ask('北原市统计局申请人一共多少人');
    expect(answer.facts.map((fact) => fact.value)).toContain(51);
    expect(answer.answer).toContain('51人');
  });

  it('a part asked by 里面…的是多少 is the breakdown item the question names', async () => {
    expect(values(await app.ask('北原统计局24年收到的信息公开申请里面要年鉴的是多少条'))).toEqual([44]);
  });

  it('a relative year restated right after as a written year is that year alone', () => {
    expect(findYears('乌海统计局去年 24年啊 收到几条', 2026)).toEqual([2024]);
    expect(findYears('去年也就是2024年收到几条', 2026)).toEqual([2024]);
    expect(findYears('去年和2023年比呢', 2026)).toEqual([2023, 2025]);
  });

  it('多多少 weighs the other place whole, not the part of it asked after it', async () => {
    const [, part, other, gap] = await converse(app, 'g38-gap', [
      '东原市民政局25年主动公开多少条',
      '财政预决算的呢',
      '南原市民政局公开了多少条',
      '多多少',
    ]);
    expect(values(part)).toEqual([6]);
    expect(values(other)).toContain(900);
    expect(gap.answer).toContain('580');
  });

  it('a sum of one applicant column over two years is labelled with that column', async () => {
    const [, natural, other, sum] = await converse(app, 'g38-sum', [
      '北郊区科学技术局24年收到多少件申请',
      '其中自然人呢',
      '它23年呢',
      '两年一共多少件',
    ]);
    expect(natural.answer).toContain('自然人');
    expect(other.answer).toContain('自然人');
    expect(sum.answer).toContain('（自然人）合计');
  });

  it('a publication asked by its kind is the title printed with its issues', async () => {
    const [issues] = await converse(app, 'g38-pub', ['东原市民政局那个刊物出了几期']);
    expect(values(issues)).toEqual([14]);
  });
});
