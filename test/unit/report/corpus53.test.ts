/**
 * Importer classes found by test/fixtures/reports-more59 (corpus53), each on made-up text, not the fixture's.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/report/parse.js';

const TITLE = '示例县农业农村局2020年政府信息公开工作年度报告';

describe('table 二 printed bare, with no heading of any section (corpus53)', () => {
  it('the lines from 第二十条第(一)项 are section 二, read cell by cell', () => {
    const page = [
      TITLE,
      '现将本局2020年度政府信息公开工作情况报告如下。',
      '第二十条第(一)项 | ||||',
      '信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 ||',
      '规章 | 0 | 0 | 0 ||',
      '规范性文件 | 3 | 3 | 11 ||',
      '第二十条第(五)项 | ||||',
      '信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 ||',
      '行政许可 | 12 | 1 | 340 ||',
    ].join('\n');
    const { report } = parseReport(page);
    expect(report.proactive.normative_documents_2019).toEqual([3, 3, 11]);
    expect(report.proactive.licensing_2019).toEqual([12, 1, 340]);
  });
});

describe('notes in brackets after labels and headers, a blank row before the next item (corpus53)', () => {
  const page = [
    TITLE,
    '二、主动公开政府信息情况',
    '第二十条第(五)项 | ||||',
    '信息内容 | 上一年项目数量(指2019年的项数) | 本年增/减(减少的写负数,如-3) | 处理决定数量(指全年办件量) ||',
    '行政许可 | 6 | 2 | 58 ||',
    '其他对外管理服务事项(指行政许可证以外的政务服务事项,含行政确认、行政奖励、行政裁决、行政给付、行政处罚、行政强制、行政检查、行政征收和其他类,以及公共服务事项) | 40 | 1 | 77 ||',
    '第二十条第(六)项 | ||||',
    '信息内容 | 上一年项目数量(指2019年的项数) | 本年增/减(减少的写负数,如-3) | 处理决定数量(指全年办件量) ||',
    '行政处罚 | 31 | 0 | 15 ||',
    '行政强制 | 2 | 0 | 1 ||',
    '第二十条第(八)项 | ||||',
    '信息内容 | 上一年项目数量(指2019年的项数) | 本年增/减(减少的写负数,如-3) |||',
    '行政事业性收费 | ||||',
    '第二十条第(九)项 | ||||',
    '信息内容 | 采购项目数量(指202',
  ].join('\n');

  it('a label inside another row’s note is a word of the note: 处罚 and 强制 are their own rows', () => {
    const { report } = parseReport(page);
    expect(report.proactive.other_services_2019).toEqual([40, 1, 77]);
    expect(report.proactive.penalties_2019).toEqual([31, 0, 15]);
    expect(report.proactive.coercive_measures_2019).toEqual([2, 0, 1]);
  });

  it('the blank 收费 row takes none of the next item’s header digits', () => {
    const fees = parseReport(page).report.proactive.fees_2019;
    expect(fees === undefined || fees.every((value) => value === 0)).toBe(true);
  });
});

describe('words as a mirror or a typist printed them (corpus53)', () => {
  it('规范性檔案 (文件 turned into Taiwan’s 檔案 with the script) is the 规范性文件 row', () => {
    const page = [
      '示例縣交通運輸局2020年政府信息公開工作年度報告',
      '二、主動公開政府信息情況',
      '第二十條第(一)項',
      '信息內容 | 本年新製作數量 | 本年新公開數量 | 對外公開總數量',
      '規章 | 0 | 0 | 0',
      '規範性檔案 | 4 | 4 | 23',
    ].join('\n');
    expect(parseReport(page).report.proactive.normative_documents_2019).toEqual([4, 4, 23]);
  });

  it('二、上年转结 (two characters swapped) is the carried-over row', () => {
    const page = [
      '示例镇人民政府2020年政府信息公开工作年度报告',
      '三、收到和处理政府信息公开申请情况',
      '申请人情况 自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计',
      '一、本年新收政府信息公开申请数量 2 0 0 0 0 0 2',
      '二、上年转结政府信息公开申请数量 1 0 0 0 0 0 1',
      '三、本年度办理结果',
      '(一)予以公开 3 0 0 0 0 0 3',
    ].join('\n');
    expect(parseReport(page).report.applications.carried_over).toEqual([1, 0, 0, 0, 0, 0, 1]);
  });
});

describe('a note under table 二 that names a row (corpus53)', () => {
  it('注:政府集中采购数量… is a word of the note: the row keeps its cells above it', () => {
    const page = [
      '示例镇人民政府2020年政府信息公开工作年度报告',
      '二、主动公开政府信息情况',
      ...['第二十条第(一)项', '信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量'],
      ...['规章', '0', '0', '0', '规范性文件', '2', '2', '5'],
      ...['第二十条第(九)项', '信息内容', '采购项目数量', '采购总金额', '政府集中采购', '7', '12.5'],
      '注:政府集中采购数量和总金额含上年结转项目。',
      '三、收到和处理政府信息公开申请情况',
    ].join('\n\n');
    expect(parseReport(page).report.proactive.procurement_2019).toEqual([7, 12.5]);
  });
});
