/** Quick mode: labels through the catalogue, several rows a line, pasted rows and tables, sections. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findRowAt, parsePastedTable, parseQuickLine, parseSectionText } from '../../../src/data-entry/quick.js';

const sample = (file: string) => readFileSync(join(__dirname, '..', '..', '..', 'data', 'reports', file), 'utf8');
/** The text between two headings of a sample report. */
const between = (text: string, from: string, to: string) => text.slice(text.indexOf(from), text.indexOf(to, text.indexOf(from) + 1));

function read(text: string) {
  const result = parseQuickLine(text);
  if (!result) throw new Error(`no row in ${text}`);
  if (!result.ok) throw new Error(result.reason);
  return Object.fromEntries(
    result.value.rows.map((entry) => [entry.row.key, Object.fromEntries(entry.cells.map((cell) => [cell.column.key, cell.value]))]),
  );
}

describe('parseQuickLine', () => {
  it('reads the examples of the issue', () => {
    expect(read('行政许可 6')).toEqual({ licensing: { decisions: 6 } });
    expect(read('新收申请 自然人3 商业企业1')).toEqual({ received: { natural_person: 3, business: 1 } });
    expect(read('行政复议 维持1 总计1')).toEqual({ review: { upheld: 1, total: 1 } });
    expect(read('主动公开 共67条')).toEqual({ proactive_items: { count: 67 } });
  });

  it('resolves synonyms, Chinese numerals and full-width text', () => {
    expect(read('许可：七件')).toEqual({ licensing: { decisions: 7 } });
    expect(read('罚款 ２')).toEqual({ penalties: { decisions: 2 } });
    expect(read('上年结转 0')).toEqual({
      carried_over: { natural_person: 0, business: 0, research: 0, public_interest: 0, legal_services: 0, other_org: 0, total: 0 },
    });
    expect(read('直接起诉 维持1')).toEqual({ litigation_direct: { upheld: 1 } });
    expect(read('复议后起诉 尚未审结2')).toEqual({ litigation_after_review: { pending: 2 } });
    expect(read('行政事业性收费 0.2万元')).toEqual({ fees_wan_yuan: { amount: 0.2 } });
  });

  it('reads a pasted table row: numbering, group heading, notes and seven numbers', () => {
    expect(read('一、本年新收政府信息公开申请数量\t\t1\t0\t0\t0\t0\t0\t1').received).toMatchObject({ natural_person: 1, total: 1 });
    expect(read('三、本年度办理结果\t(一) 予以公开\t1\t0\t0\t0\t0\t0\t1').granted).toMatchObject({ natural_person: 1, total: 1 });
    expect(Object.keys(read('\t(二) 部分公开 (区分处理的, 只计这一情形, 不计其他情形)\t0\t0\t0\t0\t0\t0\t0'))).toEqual(['partly_granted']);
    expect(Object.keys(read('\t(三) 不予公开\t1. 属于国家秘密\t0\t0\t0\t0\t0\t0\t0'))).toEqual(['withheld.state_secret']);
    expect(Object.keys(read('三（三）3 危及“三安全一稳定” 0 0 0 0 0 0 0'))).toEqual(['withheld.security_stability']);
    expect(
      Object.keys(read('(六) 其他处理\t1. 申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t0\t0\t0\t0\t0\t0\t0')),
    ).toEqual(['other_handling.no_correction']);
    expect(Object.keys(read('3. 其他\t\t0\t0\t0\t0\t0\t0\t0'))).toEqual(['other_handling.other']);
    expect(Object.keys(read('(七) 总计\t\t0\t0\t0\t0\t0\t0\t0'))).toEqual(['handled_total']);
    expect(Object.keys(read('二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0'))).toEqual(['carried_over']);
  });

  it('reads several rows in one line', () => {
    expect(read('行政许可 6 行政处罚 0 行政强制 1')).toEqual({
      licensing: { decisions: 6 },
      penalties: { decisions: 0 },
      coercive_measures: { decisions: 1 },
    });
    expect(Object.keys(read('行政复议 0 0 0 0 0 未经复议直接起诉 0 0 0 0 0 复议后起诉 0 0 0 0 0'))).toEqual([
      'review',
      'litigation_direct',
      'litigation_after_review',
    ]);
  });

  it('leaves questions and prose alone, and explains a label with bad numbers', () => {
    expect(parseQuickLine('西工区科技局2024年办理了几件行政许可？')?.ok).not.toBe(true);
    expect(parseQuickLine('2024年我局主动公开政务信息22条')).toBeUndefined();
    expect(parseQuickLine('你好')).toBeUndefined();
    expect(parseQuickLine('3 1 0 0')).toBeUndefined();
    const bad = parseQuickLine('新收申请 3 1');
    expect(bad && !bad.ok && bad.reason).toMatch(/7个数.*例如/);
  });

  it('never takes a figure before the label as numbering', () => {
    expect(findRowAt('维持1 总计1')).toBeUndefined();
    expect(findRowAt('2024年行政许可')).toBeUndefined();
    expect(findRowAt('三（三）1 属于国家秘密')?.row.key).toBe('withheld.state_secret');
  });
});

describe('parsePastedTable', () => {
  const rowsOf = (text: string) => {
    const result = parsePastedTable(text);
    if (!result?.ok) throw new Error(result ? result.reason : 'not a table');
    return Object.fromEntries(result.value.rows.map((entry) => [entry.row.key, entry.cells.map((cell) => cell.value)]));
  };

  it('reads table 三 copied from a tab-separated report (中卫市 2025)', () => {
    const rows = rowsOf(between(sample('zhongwei-kjj-2025.txt'), '三、收到和处理', '四、政府信息公开行政复议'));
    expect(Object.keys(rows)).toHaveLength(25);
    expect(rows.received).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(rows.granted).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(rows.handled_total).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(rows.carried_forward).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it('reads table 三 with one cell a line (PDF text, 沙坡头区 2024)', () => {
    const rows = rowsOf(between(sample('shapotou-kjj-2024.txt'), '三、收到和处理', '四、政府信息公开行政复议'));
    expect(Object.keys(rows)).toHaveLength(25);
    expect(rows['other_handling.fee_unpaid']).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it('reads table 四 printed as one line of fifteen numbers and table 二 from Markdown', () => {
    const appeals = rowsOf(between(sample('xigong-kjj-2024.txt'), '#### 四、', '#### 五'));
    expect(Object.keys(appeals)).toEqual(['review', 'litigation_direct', 'litigation_after_review']);
    const proactive = rowsOf(between(sample('xigong-kjj-2024.txt'), '## 二、', '### 三'));
    expect(proactive.licensing).toEqual([6]);
    expect(proactive.rules).toEqual([0, 0, 0]);
  });

  it('reads a space-separated spreadsheet copy with named cells', () => {
    const rows = rowsOf('行政许可 6\n行政处罚 2\n新收申请 自然人3 商业企业1');
    expect(rows).toEqual({ licensing: [6], penalties: [2], received: [3, 1] });
  });

  it('is not a table: prose, or a single line', () => {
    expect(parsePastedTable('行政许可 6')).toBeUndefined();
    expect(parsePastedTable('2024年，我局主动公开信息22条。\n通过网站公开5条。其中政策3条。另有2条。')).toBeUndefined();
  });
});

describe('parseSectionText', () => {
  it('finds the three text sections by their headings', () => {
    expect(parseSectionText('总体情况：本年度我局认真落实条例。')).toEqual({ section: 'overview', text: '本年度我局认真落实条例。' });
    expect(parseSectionText('五、存在的主要问题及改进情况\n一是……')?.section).toBe('problems');
    expect(parseSectionText('其他需要报告的事项: 未收取信息处理费。')?.section).toBe('other');
    expect(parseSectionText('行政许可 6')).toBeUndefined();
  });

  it('keeps the text as typed (Chinese punctuation stays full-width)', () => {
    expect(parseSectionText('总体情况：一是，二是；三是。')?.text).toBe('一是，二是；三是。');
  });
});
