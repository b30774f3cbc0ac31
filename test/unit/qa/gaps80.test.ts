/**
 * gaps80's classes (citizen-questions-80's, -65's, … gap lines), on made-up pages: a development zone named after its city
 * (合肥高新技术产业开发区管委会, its region not read) is one of that city's agencies, so 合肥那个区 offers it beside the city's
 * others and 高新区 (the short form of its long words) picks it from the offer, and 那档案局的呢 the other one offered;
 * 清河县有几个乡镇街道 asks the county about its towns (有几个乡 right after the county is no town's own name); a reason and
 * another question put apart by a space (为什么有人来申请 都申请了哪些内容) are two questions, the second answered when the
 * first is refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const page = (title: string, body: string) => `${title}
本报告所列数据统计期限为2025年1月1日至12月31日。
一、总体情况
${body}
(三)政府信息管理
严格落实“三审三校”制度,对
`;

const REPORTS: Record<string, string> = {
  'zone.txt': page(
    '合肥高新技术产业开发区管委会2025年政府信息公开工作年度报告',
    '(一)主动公开。全年主动公开政府信息380条。\n(二)依申请公开。全年共受理依申请公开136件,均按时答复。',
  ),
  'archive.txt': page(
    '合肥市档案局2025年政府信息公开工作年度报告',
    '(一)主动公开。全年主动公开政府信息95条。\n(二)依申请公开。全年共受理依申请公开14件,均按时答复。',
  ),
  'county.txt': page(
    '清河县人民政府2025年政府信息公开工作年度报告',
    '(一)主动公开。全年主动公开政府信息512条。二是指导18个乡镇街道完成基层政务公开标准目录编制。\n(二)依申请公开。全年共受理依申请公开9件。',
  ),
  'applications.txt': page(
    '南江县交通运输局2025年政府信息公开工作年度报告',
    '(一)主动公开。全年主动公开政府信息77条。\n(二)依申请公开。2025年,收到政府信息公开申请6件,均已办结。申请内容主要涉及道路征地补偿、客运线路调整等方面。',
  ),
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('gaps80 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('合肥那个区 offers the zone named after 合肥, 高新区 picks it, 那档案局的呢 the other offered', async () => {
    const [offer, zone, other] = await converse(app, 'g80-zone', ['合肥那个区依申请公开受理了多少件', '高新区', '那档案局的呢']);
    expect(offer.kind).toBe('clarify');
    expect(offer.answer).toContain('合肥高新技术产业开发区管委会');
    expect(offer.answer).toContain('合肥市档案局');
    expect(values(zone)).toEqual([136]);
    expect(values(other)).toEqual([14]);
  });

  it('清河县有几个乡镇街道 asks the county of its towns (有几个乡 is no town named), its 18个乡镇街道 printed', async () => {
    const [towns] = await converse(app, 'g80-towns', ['清河县有几个乡镇街道']);
    expect(values(towns)).toEqual([18]);
    expect(towns.answer).toContain('清河县人民政府');
  });

  it('为什么有人来申请 都申请了哪些内容: the reason (not printed) is refused and what was applied for is still quoted', async () => {
    const [, both] = await converse(app, 'g80-two-asks', ['南江县交通局2025年收到几件申请', '为什么有人来申请 都申请了哪些内容']);
    expect(both.answer).toContain('没有写明原因');
    expect(both.answer).toContain('道路征地补偿');
  });
});
