/**
 * qachat50's classes (citizen-questions-83, conversations after a miss), on made-up pages cut before their tables: a bare reply
 * that names an offered agency by its kind written short (卫健那个 for 南川省卫生健康委员会, the 民政那个 of citizen-questions-82);
 * the other offered agency named so with a question of its own (医保那个收到几件, 交通厅主动公开了多少, 那个镇的呢 公众号发了几条);
 * 你确定是N条吗 / 是N条对吧 as a check of the last figure; 行政许可是不是300条 answered by a quote that prints no 300 never heads
 * it with a bare 有。; 那张掖市林业局的电话呢 after a stored 林业局's guide names an agency none stored, refused, never answered
 * with the remembered one's phone; 发了多少条微博 (the channel after the count) is the channel's count.
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

const guide = (agency: string, phone: string) => `为更好地提供政府信息公开服务,${agency}编制了《${agency}政府信息公开指南》。
一、政府信息公开工作机构
工作机构名称:${agency}办公室
咨询电话:${phone}
二、主动公开
(一)公开范围
主动公开类信息主要包括机构职能、人事任免。
`;

const REPORTS: Record<string, string> = {
  'stats.txt': cut(
    '北岭市统计局2025年政府信息公开工作年度报告',
    '(一)主动公开。二是利用新媒体及时发布信息,全年发布信息300条,其中微博120条,微信公众号150条,抖音号30条。\n(二)依申请公开。2025年共收到政府信息公开申请4件。',
  ),
  'guide.txt': guide('嘉峪关市林业局', '0937-6201234'),
  'health.txt': cut(
    '南川省卫生健康委员会2025年政府信息公开工作年度报告',
    '(一)主动公开。2025年,通过委门户网站主动公开政府信息4120条。\n(二)依申请公开。2025年共收到政府信息公开申请37件。',
  ),
  'insurance.txt': cut(
    '南川省医疗保障局2025年政府信息公开工作年度报告',
    '(一)主动公开。2025年,在局网站主动公开政府信息512条。\n(二)依申请公开。2025年共收到政府信息公开申请9件。',
  ),
  'transport.txt': cut(
    '南川省交通运输厅2025年政府信息公开工作年度报告',
    '(一)主动公开。2025年,主动公开各类信息1633条、更新行业动态2090条。\n(二)依申请公开。2025年共收到政府信息公开申请58件。',
  ),
  'audit.txt': cut(
    '东岭县审计局2025年政府信息公开工作年度报告',
    '(一)主动公开。2025年度共公开政务信息44条,其中文件类7条,行政执法类31条。\n(二)依申请公开。2025年未收到政府信息公开申请。',
  ),
  'town.txt': cut(
    '东岭县石桥镇人民政府2025年政府信息公开工作年度报告',
    '(一)主动公开。2025年,通过微信公众号发布各类信息88条,利用公示栏公示村务信息140条。\n(二)依申请公开。2025年共收到政府信息公开申请2件。',
  ),
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('qachat50 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('卫健那个 in reply to “南川省”有多个机关 is the 卫生健康委员会 offered; 医保那个收到几件 and 交通厅… then ask the others', async () => {
    const [which, health, insurance, transport] = await converse(app, 'qc50-kind', [
      '南川省主动公开了多少条信息',
      '卫健那个',
      '医保那个收到几件申请',
      '交通厅主动公开了多少',
    ]);
    expect(which.kind).toBe('clarify');
    expect(which.answer).toContain('南川省卫生健康委员会');
    expect(values(health)).toEqual([4120]);
    expect(health.answer).toContain('南川省卫生健康委员会');
    expect(values(insurance)).toEqual([9]);
    expect(insurance.answer).toContain('南川省医疗保障局');
    expect(values(transport)).toEqual([1633]);
    expect(transport.answer).toContain('南川省交通运输厅');
  });

  it('那个镇的呢 公众号发了几条 after the 审计局 offered beside it was answered is the 镇 offered', async () => {
    const [which, audit, town] = await converse(app, 'qc50-town', ['东岭县主动公开了多少条信息', '审计那个', '那个镇的呢 公众号发了几条']);
    expect(which.kind).toBe('clarify');
    expect(values(audit)).toContain(44);
    expect([...new Set(values(town))]).toEqual([88]);
    expect(town.answer).toContain('东岭县石桥镇人民政府');
  });

  it('你确定是N条吗 / 是N条对吧 check the last figure: 不是 for another number, 对 for the one answered', async () => {
    const [first, wrong, right] = await converse(app, 'qc50-check', [
      '南川省交通运输厅更新了多少行业动态',
      '你确定是2900条吗',
      '是2090条对吧',
    ]);
    expect(values(first)).toEqual([2090]);
    expect(wrong.answer).toMatch(/^不是2900条/);
    expect(values(wrong)).toEqual([2090]);
    expect(right.answer).toMatch(/^对，是2090条/);
  });

  it('那张掖市林业局的电话呢 after 嘉峪关市林业局电话多少 is refused: no guide of it, never the phone remembered', async () => {
    const [own, other] = await converse(app, 'qc50-guide', ['嘉峪关市林业局信息公开电话多少', '那张掖市林业局的电话呢']);
    expect(own.answer).toContain('0937-6201234');
    expect(other.kind).toBe('refusal');
    expect(other.answer).toContain('没有找到“张掖市林业局”');
    expect(other.answer).not.toContain('0937-6201234');
  });

  it('北岭统计局发了多少条微博 (the channel after the count) is the 微博120条 printed, as 微博发了多少条 is; 发了几条抖音 its 30条', async () => {
    const [weibo, douyin] = await converse(app, 'qc50-channel', ['北岭统计局发了多少条微博', '发了几条抖音']);
    expect(values(weibo)).toEqual([120]);
    expect(values(douyin)).toEqual([30]);
  });
});
