/**
 * gaps41's classes (gap lines of real-questions-wrongfig38), on made-up reports built from 西工区's layout with another agency
 * and figures: an overview headed by its results (一、年度工作主要成效) is the overview, so its sentences are stored; a count asked
 * by its noun at the end (微信公开政府信息数) is a number question; 共受理 asked where the prose prints the whole received that is
 * exactly table 三's new plus carried in answers that whole; an item counted in the breakdown sentence after the total's
 * (…225条。其中…征地信息类121条) answers a question that names it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp, xigongAs } from '../../helpers.js';

function madeUp(agency: string, proactive: string, received: string): string {
  return xigongAs(agency, '北岭县', proactive, received, 2024);
}

/** Table 三 with 本年新收 and 上年结转 (总计 the last column) set. */
function withReceived(text: string, received: number, carried: number): string {
  return text
    .replace(/(一、本年新收政府信息公开申请数量\t\t)0(\t0\t0\t0\t0\t0\t)0/, `$1${received}$2${received}`)
    .replace(/(二、上年结转政府信息公开申请数量\t\t)0(\t0\t0\t0\t0\t0\t)0/, `$1${carried}$2${carried}`);
}

const REPORTS: Record<string, string> = {
  'chengxiao.txt': madeUp(
    '北岭县青山片区管理局',
    '2024 年，全年累计主动公开政府信息 46 条，内容涵盖机关职能、行政许可等领域。',
    '2024 年，我局收到信息公开申请 1 件。',
  ).replace('## 一、总体情况', '## 一、年度工作主要成效'),
  'weixin.txt': madeUp(
    '北岭县南坪镇人民政府',
    '2024年,通过南坪镇人民政府信息网主动公开政府信息19条,微信公开政府信息数为143',
    '2024 年，我镇收到信息公开申请 1 件。',
  ),
  'shouli.txt': withReceived(
    madeUp('北岭县人民政府', '2024 年，我县主动公开政府信息 300 条。', '全县全年共受理政府信息公开申请 27 件，其中自然人申请 27 件。'),
    21,
    6,
  ),
  'shouli-other.txt': withReceived(
    madeUp('北岭县民政局', '2024 年，我局主动公开政府信息 40 条。', '全年共受理政府信息公开申请 30 件。'),
    21,
    6,
  ),
  'zhengdi.txt': madeUp(
    '北岭县自然资源局',
    '今年以来，主动公开政府信息 240 条，公开类别主要涉及规范性文件、征地信息、行政处罚。其中规范性文件类信息 8 条，征地信息类 133 条，行政处罚类 99 条。',
    '2024 年，我局收到信息公开申请 1 件。',
  ),
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('gaps41 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('an overview headed by its results (一、年度工作主要成效) is the overview: its sentences answer (made up)', async () => {
    const [asked] = await converse(app, 'g41-results', ['北岭县青山片区管理局2024年主动公开政府信息多少条']);
    expect(asked.kind).toBe('figure');
    expect(values(asked)).toEqual([46]);
  });

  it('a count asked by its noun at the end (…信息数) is asked as 多少 would ask it (made up)', async () => {
    const [asked] = await converse(app, 'g41-noun', ['北岭县南坪镇2024年微信公开政府信息数']);
    expect(values(asked)).toEqual([143]);
  });

  it('共受理 answers the prose whole only where it is exactly the table’s new plus carried in (made up)', async () => {
    const [sum] = await converse(app, 'g41-sum', ['北岭县人民政府2024年共受理政府信息公开申请多少件']);
    expect(values(sum)).toEqual([27]);
    expect(sum.answer).toContain('21');
    expect(sum.answer).toContain('6');
    // A prose whole that is not the two rows' sum is never preferred to the table.
    const [other] = await converse(app, 'g41-other', ['北岭县民政局2024年共受理政府信息公开申请多少件']);
    expect(values(other)).not.toContain(30);
    expect(values(other)).not.toContain(27);
    // 本年新收 asked stays the row.
    const [fresh] = await converse(app, 'g41-new', ['北岭县人民政府2024年本年新收申请多少件']);
    expect(values(fresh)).toEqual([21]);
  });

  it('an item counted in the breakdown sentence after the total’s answers a question naming it (made up)', async () => {
    const [item] = await converse(app, 'g41-item', ['北岭县自然资源局2024年主动公开征地信息类多少条']);
    expect(values(item)).toEqual([133]);
    // The total still answers the total.
    const [total] = await converse(app, 'g41-total', ['北岭县自然资源局2024年主动公开政府信息多少条']);
    expect(values(total)).toEqual([240]);
  });
});
