/**
 * prose33's classes (prose figures the folder tests still missed), on made-up pages cut before their tables: 继续有效多少件
 * after a year (2025年继续有效) is the status of documents cleared (其中继续有效3件), not table 三's 结转下年度继续办理;
 * 结转下年度按期办理几件 is the count carried on as printed (结转下年度按期办理14件), not whether replies were late; 其中投诉类
 * 多少条 reads a breakdown led by another word (涵盖投诉类328条); 信息公开栏目多少个 names a website's 栏目, no 公开栏 notice
 * board; 纳入负面清单事项多少 reads a count printed bare after its noun and 为 (事项为0。).
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
  'civil.txt': cut(
    '南川市交通运输局2025年政府信息公开工作年度报告',
    '(一)主动公开。全年主动公开政府信息52条。对本部门规范性文件进行全面清理,清理文件12件,其中继续有效7件、废止4件、宣布失效1件。\n(二)依申请公开。2025年共收到政府信息公开申请6件。',
  ),
  'city.txt': cut(
    '北河市2025年政府信息公开工作年度报告',
    '(一)主动公开。全市主动公开政府信息3100条。\n(二)依申请公开。2025年全市共办理政府信息公开申请420件(含2024年结转9件),已办结411件,结转下年度按期办理9件。',
  ),
  'town.txt': cut(
    '东坪县石桥镇人民政府2025年政府信息公开工作年度报告',
    '(一)主动公开。对外发布政府信息64条。协助处理12345热线工单215条,涵盖投诉类170条(占比79.1%)与政策咨询类45条(占比20.9%)。\n(二)依申请公开。2025年未收到政府信息公开申请。',
  ),
  'bureau.txt': cut(
    '南岭省气象局2025年政府信息公开工作年度报告',
    '(一)主动公开。持续维护更新机构设置、政策文件、公示公告、气象预警、科普宣传、官方微博、官方微信等18余个信息公开栏目。目前我局纳入负面清单事项为0。\n(二)依申请公开。2025年共收到政府信息公开申请2件。',
  ),
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('prose33 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp({ now: () => new Date('2026-06-01T10:00:00+08:00') });
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('2025年继续有效多少件 is the documents still in force (7), not the table’s 结转下年度继续办理', async () => {
    const [kept] = await converse(app, 'p33-kept', ['南川市交通运输局2025年继续有效多少件？']);
    expect(values(kept)).toEqual([7]);
    expect(kept.answer).toContain('继续有效7件');
  });

  it('结转下年度按期办理几件 is the count carried on as printed (9), not a yes/no on late replies', async () => {
    const [carried, again] = await converse(app, 'p33-carried', [
      '北河市2025年结转下年度按期办理几件？',
      '北河市2025年结转到下一年的有几件',
    ]);
    expect(values(carried)).toEqual([9]);
    expect(carried.answer).toContain('结转下年度按期办理9件');
    expect(values(again)).toEqual([9]);
  });

  it('其中投诉类多少条 reads the breakdown led by 涵盖 (170)', async () => {
    const [complaints] = await converse(app, 'p33-part', ['东坪县石桥镇人民政府2025年其中投诉类多少条？']);
    expect(values(complaints)).toEqual([170]);
  });

  it('信息公开栏目多少个 is the website’s 栏目 (18余个), though the sentence names 微博 and 微信', async () => {
    const [columns, onSite] = await converse(app, 'p33-columns', [
      '南岭省气象局2025年信息公开栏目多少个？',
      '南岭省气象局2025年网站有几个信息公开栏目',
    ]);
    expect(values(columns)).toEqual([18]);
    expect(columns.answer).toContain('18余个信息公开栏目');
    // (The site named holds the columns counted: 官方微博 among their names is no other channel's count.)
    expect(values(onSite)).toEqual([18]);
  });

  it('纳入负面清单事项多少 is the bare 0 after 事项为, and 有没有 says none', async () => {
    const [count, any] = await converse(app, 'p33-list', [
      '南岭省气象局2025年纳入负面清单事项多少？',
      '南岭省气象局2025年有没有负面清单事项',
    ]);
    expect(values(count)).toEqual([0]);
    expect(count.kind).toBe('figure');
    expect(any.answer).toMatch(/^没有/);
  });
});
