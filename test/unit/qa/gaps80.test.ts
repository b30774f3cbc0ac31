/**
 * gaps80's classes (citizen-questions-80's, -65's, … gap lines), on made-up pages: a development zone named after its city
 * (合肥高新技术产业开发区管委会, its region not read) is one of that city's agencies, so 合肥那个区 offers it beside the city's
 * others and 高新区 (the short form of its long words) picks it from the offer, and 那档案局的呢 the other one offered.
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
});
