/**
 * wrongfig47's classes (real-questions-wrongfig47 and probes around it), on made-up pages cut before their tables:
 * 公司单位这些申请的呢 in a conversation about one agency is its 法人或其他组织 count, never a sum of “these agencies” across
 * the store (这些 after applicants named by example points at them); 同比减少百分之几 / 同比下降了多少 after a count is the rate
 * printed beside that count, never another sentence's rate (协助上级…同比减少17%); 政府规章现行有效几份 names a kind of rule, and
 * 县级政府受理的几件 in a conversation about a 县人民政府 names it, so neither asks which 政府; 实际办了多少件 is 办了多少件;
 * 那兴安盟审计局呢 after 兴安盟 (a body named by its place alone) is that bureau, not 他们审计局 (which had asked which 审计局, and
 * 那2024年呢 then answered another place's 审计局).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const cut = (title: string, body: string) => `${title}
本报告所列数据统计期限为2025年1月1日至12月31日。
一、总体情况
${body}
(三)政府信息管理
严格落实“三审三校”制度,对
`;

const REPORTS: Record<string, string> = {
  'city.txt': cut(
    '东江市2025年政府信息公开工作年度报告',
    '(一)主动公开。全市通过政府网站公开各类政府信息8800条。\n(二)依申请公开。2025年全市新受理政府信息公开申请420件,其中自然人申请388件,法人或其他组织申请32件;答复政府信息公开申请415件。',
  ),
  'lab.txt': cut(
    '南河县商务局2025年政府信息公开工作年度报告',
    '(一)主动公开。全年主动公开政府信息90条。\n(二)依申请公开。2025年本局收到政府信息公开申请6件,其中商业企业申请0件。',
  ),
  'zone.txt': cut(
    '北岭新区管委会2025年政府信息公开工作年度报告',
    '(一)主动公开。全年主动公开政府信息2100条。\n(二)依申请公开。2025年共收到并处理政府信息公开申请48件,同比减少8%。协助上级调查处理政府信息公开申请9件,同比减少25%。',
  ),
  'office.txt': cut(
    '西平市人民政府办公室2025年政府信息公开工作年度报告',
    '(一)主动公开。全年制发(修改)政府规章2份,废止政府规章1份,现行有效政府规章11份;制发5份规范性文件,废止9份规范性文件,现行有效规范性文件64份。\n(二)依申请公开。全年受理依申请公开事项40件。',
  ),
  'county.txt': cut(
    '青川县人民政府2025年政府信息公开工作年度报告',
    '(一)主动公开。全县累计发布各类政府信息5200条。\n(二)依申请公开。全年累计受理政府信息公开申请33件;完成答复31件,转下一年度继续办理2件。其中,县级政府受理并完成申请答复4件。',
  ),
  'league.txt': cut('北岭盟2025年政府信息公开工作年度报告', '(一)主动公开。2025年,全盟各级行政机关主动公开各类政府信息5000条。'),
  'league-audit.txt': cut('北岭盟审计局2025年政府信息公开工作年度报告', '(一)主动公开。全年主动公开政府信息120条。'),
  'other-audit.txt': cut('南河市审计局2025年政府信息公开工作年度报告', '(一)主动公开。全年主动公开政府信息77条。'),
  'bureau.txt': cut(
    '天河市水务局2025年政府信息公开工作年度报告',
    '(一)主动公开。全年主动公开政府信息300条。\n(二)依申请公开。全年接收政府信息公开申请210件,2024年结转12件;全年办理196件,结转2026年26件。',
  ),
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('wrongfig47 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('公司单位这些申请的呢 after a count of one agency is its 法人或其他组织 count, not a sum across the store', async () => {
    const [, firms] = await converse(app, 'w47-firms', ['东江市2025年依申请公开收到多少件', '那公司单位这些申请的呢']);
    expect(firms.kind).toBe('figure');
    expect(values(firms)).toEqual([32]);
    expect(firms.answer).toContain('东江市');
    expect(firms.answer).not.toContain('库中各机关');
  });

  it('老百姓个人这些申请的几件 is the 自然人 column of the agency asked, never “these agencies”', async () => {
    const [, people] = await converse(app, 'w47-people', ['东江市2025年答复了多少申请', '老百姓个人这些申请的几件']);
    expect(values(people)).toEqual([388]);
    expect(people.answer).not.toContain('库中各机关');
  });

  it('同比减少百分之几 / 同比下降了多少 after a count is the rate printed beside it, never the next sentence’s', async () => {
    const [count, rate] = await converse(app, 'w47-rate', ['北岭新区管委会2025年收到多少信息公开申请', '同比减少百分之几']);
    expect(values(count)).toEqual([48]);
    expect(rate.answer).toContain('同比减少8%');
    expect(rate.answer).not.toContain('25%');
    expect(values(rate)).toContain(8);
    const [, fell] = await converse(app, 'w47-rate2', ['北岭新区2025年收到的信息公开申请多少件', '同比下降了多少']);
    expect(fell.answer).toContain('同比减少8%');
    expect(fell.answer).not.toContain('25%');
  });

  it('政府规章现行有效几份 in a conversation is the agency’s own count, no question of which 政府', async () => {
    const [, rules] = await converse(app, 'w47-rules', ['西平市政府办2025年规范性文件现行有效几份', '政府规章现行有效几份']);
    expect(rules.kind).toBe('figure');
    expect(values(rules)).toEqual([11]);
  });

  it('县级政府受理的几件 in a conversation about a 县人民政府 is that county’s own figure', async () => {
    const [, own, again] = await converse(app, 'w47-county', [
      '青川县2025年受理了多少信息公开申请',
      '县级政府受理答复的几件',
      '县政府本级受理答复的几件',
    ]);
    expect(values(own)).toEqual([4]);
    expect(values(again)).toEqual([4]);
  });

  it('那北岭盟审计局呢 after 北岭盟 (a body named by its place alone) is that bureau, never a question of which 审计局', async () => {
    const [league, audit] = await converse(app, 'w47-league', ['北岭盟2025年主动公开多少条', '那北岭盟审计局呢']);
    expect(values(league)).toEqual([5000]);
    expect(audit.kind).toBe('figure');
    expect(values(audit)).toEqual([120]);
    expect(audit.answer).not.toContain('南河市');
  });

  it('实际办了多少件 is 办了多少件: the count handled, not the count received', async () => {
    const [received, handled] = await converse(app, 'w47-handled', ['天河市水务局2025年收到多少信息公开申请', '实际办了多少件']);
    expect(values(received)).toEqual([210]);
    expect(values(handled)).toEqual([196]);
  });
});
