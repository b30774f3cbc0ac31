/**
 * Rules 6–9, the checks evaluators make, on the sample reports and modified copies of them:
 * each copy changes one thing a real report got wrong, and the rule must name it by row and column.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { storeReport } from '../../../src/report/import-service.js';
import { parseReport } from '../../../src/report/parse.js';
import { checkReport, statedFigures } from '../../../src/report/rules.js';
import { openDatabase } from '../../../src/store/db.js';
import { ReportStore } from '../../../src/store/report-store.js';

const sample = (name: string) => readFileSync(join(__dirname, '..', '..', '..', 'data', 'reports', name), 'utf8');
const zhongwei = sample('zhongwei-kjj-2025.txt');
const hongsibu = sample('hongsibu-kjj-2023.txt');

/** Replace one passage, failing loudly when the sample no longer has it. */
function edit(text: string, from: string, to: string): string {
  expect(text).toContain(from);
  return text.replace(from, to);
}

const rulesOf = (text: string) => {
  const { report } = parseReport(text);
  return checkReport(report).map(({ rule, row, column, severity }) => ({ rule, row, column, severity }));
};

describe('the sample reports break none of rules 7–9', () => {
  for (const name of [
    'haiyuan-kjj-2024.txt',
    'hongsibu-kjj-2023.txt',
    'shapotou-kjj-2024.txt',
    'xigong-kjj-2024.txt',
    'zhongwei-kjj-2025.txt',
  ]) {
    it(name, () => expect(rulesOf(sample(name))).toEqual([]));
  }
});

describe('rule 7: a figure in the prose contradicts the table', () => {
  it('受理17件 in the text against a table total of 1', () => {
    const text = edit(zhongwei, '全局共接收政府信息公开申请1项', '全局共受理政府信息公开申请17件');
    const { report } = parseReport(text);
    const violations = checkReport(report);
    expect(violations.map(({ rule, row, column, severity }) => ({ rule, row, column, severity }))).toEqual([
      { rule: 7, row: 'received', column: 'total', severity: 'warning' },
    ]);
    expect(violations[0].message).toBe(
      '正文“全局共受理政府信息公开申请17件”所述收到的申请（17件）与表三“一、本年新收政府信息公开申请数量”总计（1件）不一致',
    );
  });

  it('a figure of another year, or a part of the total, is not compared', () => {
    expect(rulesOf(edit(zhongwei, '2025年，全局共接收政府信息公开申请1项', '2024年，全局共受理政府信息公开申请17件'))).toEqual([]);
    expect(rulesOf(edit(zhongwei, '全局共接收政府信息公开申请1项', '全局共接收政府信息公开申请1项，较上年收到申请5件'))).toEqual([]);
    expect(rulesOf(edit(zhongwei, '全局共接收政府信息公开申请1项', '全局共接收政府信息公开申请1项，其中网络申请3件'))).toEqual([]);
  });

  it('a stated appeal count (a real sentence) against a table of none, for review and litigation', () => {
    const text = edit(zhongwei, '全年未发生因政府信息公开工作引发的行政复议及行政诉讼案件', '因依申请公开引发行政复议1起、行政诉讼1起');
    expect(rulesOf(text)).toEqual([
      { rule: 7, row: 'review', column: 'total', severity: 'warning' },
      { rule: 7, row: 'litigation_direct', column: 'total', severity: 'warning' },
    ]);
  });

  it('“no applications received” against a table that counts one', () => {
    const text = edit(zhongwei, '全局共接收政府信息公开申请1项', '我局没有收到信息公开申请');
    expect(rulesOf(text)).toEqual([{ rule: 7, row: 'received', column: 'total', severity: 'warning' }]);
  });

  it('reads the figures of sentences as real reports print them', () => {
    const read = (sentence: string, year: number) => statedFigures(sentence, year).map(({ measure, value }) => [measure, value]);
    expect(read('2025年共受理依申请公开17件,其中:属于公开范围5件,属于部分公开范围4件,不予公开3件', 2025)).toEqual([['received', 17]]);
    expect(read('收到公民、法人和其他组织政府信息公开申请7件，按照《条例》要求，及时规范答复7件。', 2023)).toEqual([['received', 7]]);
    expect(read('未收到因政府信息公开提出的行政复议、行政诉讼的申请。', 2019)).toEqual([
      ['review', 0],
      ['litigation', 0],
    ]);
    expect(read('2025年，发生行政复议、行政诉讼案件0件。', 2025)).toEqual([
      ['litigation', 0],
      ['review', 0],
    ]);
    expect(read('2021年共受理政府信息公开申请8件，已全部在规定时间内答复及办结', 2021)).toEqual([['received', 8]]);
    expect(read('2020年全区各级行政机关共受理政府信息公开申请21件', 2020)).toEqual([]);
    expect(read('网络申请3件，占43%；信函申请4件，占57%', 2021)).toEqual([]);
    expect(read('全年未发生行政复议被纠错的情况', 2024)).toEqual([]);
  });
});

describe('rule 8: section 五 or 六 present but empty', () => {
  it('flags an empty 五 and an empty 六 by section', () => {
    const start = zhongwei.indexOf('五、存在的主要问题及改进情况');
    const other = zhongwei.indexOf('六、其他需要报告的事项');
    const emptied = `${zhongwei.slice(0, start)}五、存在的主要问题及改进情况\n\n六、其他需要报告的事项\n\n`;
    expect(rulesOf(emptied)).toEqual([
      { rule: 8, row: 'problems', column: 'text', severity: 'warning' },
      { rule: 8, row: 'other', column: 'text', severity: 'warning' },
    ]);
    const onlyProblems = `${zhongwei.slice(0, start)}五、存在的主要问题及改进情况\n\n${zhongwei.slice(other)}`;
    const { report } = parseReport(onlyProblems);
    expect(checkReport(report).map((violation) => violation.message)).toEqual(['第五部分“存在的主要问题及改进情况”只有标题，没有内容']);
  });
});

describe('rule 9: fees stated as collected and as not collected', () => {
  it('信息处理费 collected in 一 but none in 六', () => {
    const text = edit(zhongwei, '全局共接收政府信息公开申请1项', '全局共接收政府信息公开申请1项，收取信息处理费200元');
    const { report } = parseReport(text);
    const violations = checkReport(report);
    expect(violations.map(({ rule, row, column, severity }) => ({ rule, row, column, severity }))).toEqual([
      { rule: 9, row: 'other', column: 'fees_collected', severity: 'error' },
    ]);
    expect(violations[0].message).toContain('收取信息处理费200元');
    expect(violations[0].message).toContain('2025年度未收取信息处理费');
  });

  it('table 二 行政事业性收费 against a statement that no 行政事业性收费 was collected', () => {
    const charged = edit(hongsibu, '行政事业性收费\t0', '行政事业性收费\t3.5');
    expect(rulesOf(charged)).toEqual([]);
    const contradicted = edit(charged, '未收取信息处理费', '未收取信息处理费，也未收取行政事业性收费');
    expect(rulesOf(contradicted)).toEqual([{ rule: 9, row: 'fees_wan_yuan', column: 'amount', severity: 'error' }]);
  });
});

describe('rule 6: this year’s 上年结转 against last year’s 结转下年度继续办理', () => {
  let directory: string | undefined;
  afterEach(() => directory && rmSync(directory, { recursive: true, force: true }));

  /** The 2025 sample with its one application moved from 新收 to 上年结转 (rule 1 still holds), and a 2024 copy that carried nothing forward. */
  function twoYears() {
    const received = '一、本年新收政府信息公开申请数量\t\t1\t0\t0\t0\t0\t0\t1';
    const carried = '二、上年结转政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0';
    let current = edit(zhongwei, received, received.replace(/1/g, '0'));
    current = edit(current, carried, '二、上年结转政府信息公开申请数量\t\t1\t0\t0\t0\t0\t0\t1');
    const previous = zhongwei.replace(/2025/g, '2024').replace(/2026/g, '2025');
    return { current: parseReport(current), previous: parseReport(previous) };
  }

  it('is checked when the later year is stored, column by column', () => {
    directory = mkdtempSync(join(tmpdir(), 'gongkai-rule6-'));
    const store = new ReportStore(openDatabase(join(directory, 'test.db')));
    const { current, previous } = twoYears();
    expect(current.violations).toEqual([]);
    storeReport(store, previous.report, previous.violations, { origin: 'import' });
    const saved = storeReport(store, current.report, current.violations, { origin: 'import' });
    expect(saved.violations.map(({ rule, row, column, severity }) => ({ rule, row, column, severity }))).toEqual([
      { rule: 6, row: 'carried_over', column: 'natural_person', severity: 'error' },
      { rule: 6, row: 'carried_over', column: 'total', severity: 'error' },
    ]);
    expect(saved.violations[1].message).toBe('本年“上年结转”（1）不等于2024年报告的“结转下年度继续办理”（0）：总计一列');
    store.db.close();
  });

  it('is the import service’s: the store itself stores what it is given and checks nothing', () => {
    directory = mkdtempSync(join(tmpdir(), 'gongkai-rule6-'));
    const store = new ReportStore(openDatabase(join(directory, 'test.db')));
    const { current, previous } = twoYears();
    store.save(previous.report, previous.violations, { origin: 'import' });
    const saved = store.save(current.report, current.violations, { origin: 'import' });
    expect(saved.violations).toEqual([]);
    expect(store.violations(saved.reportId)).toEqual([]);
    store.db.close();
  });

  it('is checked when the earlier year arrives later, and stored with the later report', () => {
    directory = mkdtempSync(join(tmpdir(), 'gongkai-rule6-'));
    const store = new ReportStore(openDatabase(join(directory, 'test.db')));
    const { current, previous } = twoYears();
    const later = storeReport(store, current.report, current.violations, { origin: 'import' });
    expect(later.violations).toEqual([]);
    storeReport(store, previous.report, previous.violations, { origin: 'import' });
    expect(store.violations(later.reportId).map((violation) => [violation.rule, violation.column])).toEqual([
      [6, 'natural_person'],
      [6, 'total'],
    ]);
    // Importing the earlier year again does not pile the same breaks up.
    storeReport(store, previous.report, previous.violations, { origin: 'import' });
    expect(store.violations(later.reportId)).toHaveLength(2);
    expect(store.listing().map((item) => [item.year, item.violations])).toEqual([
      [2024, 0],
      [2025, 2],
    ]);
    store.db.close();
  });
});
