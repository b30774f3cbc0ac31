/**
 * gaps89's classes (issue #11: conversations after a miss), each with a made-up example that fails without its fix.
 * 1. A kind said alone (公安局呢, 行政审批局那年…) after agencies of one place were talked about (compared, listed): the place's one
 *    agency of that kind (was: which 公安局 asked among every stored one).
 * 2. An agency named by its duty (管自然资源的那个局, 自然资源那个局) in a place said before it or the conversation's: the place's
 *    one agency whose kind holds the duty (自然资源与生态环境局) (was: refused, or which 自然资源局 asked).
 * 3. 那年 in a follow-up is the year the conversation is about (was: read as a thing asked, 报告没有单独写明“那年”).
 * 4. A year alone after 哪年最多 (a ranking of one agency's years) asks that year's figure (was: “哪年最多” asked of the year).
 * 5. 自然人申请占比多少 / 企业申请的占比 / 占比是多少: the share of one column of applicants in the applications received, worked
 *    out from table 三 (was: refused as not understood).
 * 6. A bound said in words (有没有上百件, 过百了吗, 超过两千件了吗) is weighed as its digits are (was: 有。 stated of a smaller count).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTexts, makeTestApp, type TestApp, xigongAs } from '../../helpers.js';

const received = (count: number) => `本年共收到政府信息公开申请${count}件。`;
/** The report with its applications counted in table 三 too (all from natural persons). */
const made = (agency: string, place: string, items: number, applications: number, year = 2024) =>
  xigongAs(agency, place, proactive(items), received(applications), year).replace(
    /(一、本年新收政府信息公开申请数量\t\t)0(\t0\t0\t0\t0\t0\t)0/,
    `$1${applications}$2${applications}`,
  );
const proactive = (count: number) => `本年主动公开政府信息${count}条。`;

describe('gaps89: known gaps closed (made-up store)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['bixi-ga.txt', made('碧溪综合实验区公安局', '碧溪综合实验区', 40, 5)],
      ['bixi-sp.txt', made('碧溪综合实验区行政审批局', '碧溪综合实验区', 61, 9)],
      ['bixi-zr.txt', made('碧溪综合实验区自然资源与生态环境局', '碧溪综合实验区', 88, 17)],
      ['bixi-zr23.txt', made('碧溪综合实验区自然资源与生态环境局', '碧溪综合实验区', 70, 11, 2023)],
      ['langao-ga.txt', made('岚皋县公安局', '岚皋县', 12, 3)],
      ['langao-sp.txt', made('岚皋县行政审批局', '岚皋县', 14, 2)],
      ['langao-zr.txt', made('岚皋县自然资源局', '岚皋县', 15, 4)],
      [
        'langao-mz.txt',
        xigongAs('岚皋县民政局', '岚皋县', proactive(30), received(8)).replace(
          /(一、本年新收政府信息公开申请数量\t\t)0\t0(\t0\t0\t0\t0\t)0/,
          '$16\t2$28',
        ),
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('reads a kind said alone after a comparison as the compared place’s agency of that kind', async () => {
    const user = 'g89-kind';
    await app.ask('碧溪综合实验区自然资源与生态环境局和碧溪综合实验区公安局2024年谁收到的申请多', user);
    const approval = await app.ask('行政审批局那年收到几件申请', user);
    expect(approval.kind).toBe('figure');
    expect(approval.answer).toContain('碧溪综合实验区行政审批局');
    expect(approval.facts.map((fact) => fact.value)).toContain(9);
    expect(approval.answer).not.toContain('那年');
    const police = await app.ask('公安局呢', user);
    expect(police.answer).toContain('碧溪综合实验区公安局');
    expect(police.facts.map((fact) => fact.value)).toContain(5);
  });

  it('reads an agency named by its duty inside the place said before it, or the conversation’s', async () => {
    const named = await app.ask('碧溪管自然资源的那个局2024年收到几件申请', 'g89-duty1');
    expect(named.answer).toContain('碧溪综合实验区自然资源与生态环境局');
    expect(named.facts.map((fact) => fact.value)).toContain(17);
    const user = 'g89-duty2';
    await app.ask('岚皋县公安局2024年收到几件申请', user);
    const after = await app.ask('自然资源那个局呢', user);
    expect(after.answer).toContain('岚皋县自然资源局');
    expect(after.facts.map((fact) => fact.value)).toContain(4);
    const other = 'g89-duty3';
    await app.ask('碧溪综合实验区公安局2024年收到几件申请', other);
    const theirs = await app.ask('自然资源那个局呢', other);
    expect(theirs.facts.map((fact) => fact.value)).toContain(17);
  });

  it('asks a year alone after 哪年最多 of that year’s figure', async () => {
    const user = 'g89-years';
    await app.ask('碧溪综合实验区自然资源与生态环境局这几年收到的申请是多了还是少了', user);
    await app.ask('哪年最多', user);
    const year = await app.ask('2023年呢', user);
    expect(year.kind).toBe('figure');
    expect(year.facts.map((fact) => fact.value)).toContain(11);
  });

  it('works out the share of one column of applicants in the applications received', async () => {
    const natural = await app.ask('岚皋县民政局2024年自然人申请占比多少', 'g89-share1');
    expect(natural.kind).toBe('figure');
    expect(natural.answer).toContain('75%');
    const business = await app.ask('岚皋县民政局2024年企业申请占比是多少', 'g89-share2');
    expect(business.answer).toContain('25%');
    const bare = await app.ask('岚皋县民政局2024年自然人申请的占比', 'g89-share3');
    expect(bare.answer).toContain('75%');
  });

  it('weighs a bound said in words against the stored count', async () => {
    const hundreds = await app.ask('碧溪综合实验区自然资源与生态环境局2024年收到的申请有没有上百件', 'g89-bound1');
    expect(hundreds.answer.startsWith('没有')).toBe(true);
    expect(hundreds.facts.map((fact) => fact.value)).toContain(17);
    const words = await app.ask('碧溪综合实验区自然资源与生态环境局2024年收到的申请超过二十件了吗', 'g89-bound3');
    expect(words.answer.startsWith('没有')).toBe(true);
  });
});
