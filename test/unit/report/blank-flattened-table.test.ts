/**
 * Table 三 with every cell left blank, flattened to text (an agency with no application to count, its web table crawled with
 * the empty cells gone): the rows' labels stand one after another with no number anywhere. Read as rows of blanks (0, listed
 * under blanks, a warning) when the page goes on after the table and nothing the page says counts an application; not read
 * when the page is cut inside the table, when any number stands in it, or when a sentence counts applications.
 * On the real pages with their zeros blanked in space-separated text, 1,154 of 2,723 hand-read cells were read; now 1,329,
 * none wrong.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/report/parse.js';

const ROWS = [
  '一、本年新收政府信息公开申请数量',
  '二、上年结转政府信息公开申请数量',
  '三、本年度办理结果 （一）予以公开',
  '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
  '（三）不予公开 1.属于国家秘密',
  '2.其他法律行政法规禁止公开',
  '3.危及“三安全一稳定”',
  '4.保护第三方合法权益',
  '5.属于三类内部事务信息',
  '6.属于四类过程性信息',
  '7.属于行政执法案卷',
  '8.属于行政查询事项',
  '（四）无法提供 1.本机关不掌握相关政府信息',
  '2.没有现成信息需要另行制作',
  '3.补正后申请内容仍不明确',
  '（五）不予处理 1.信访举报投诉类申请',
  '2.重复申请',
  '3.要求提供公开出版物',
  '4.无正当理由大量反复申请',
  '5.要求行政机关确认或重新出具已获取信息',
  '（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
  '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
  '3.其他',
  '（七）总计',
  '四、结转下年度继续办理',
];

function page(opening: string, rows: string[], after = true): string {
  return [
    '青禾县柳溪镇人民政府2024年政府信息公开工作年度报告',
    '一、总体情况',
    opening,
    '二、主动公开政府信息情况',
    '三、收到和处理政府信息公开申请情况',
    '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） 申请人情况',
    '自然人 法人或其他组织 总计',
    '商业企业 科研机构 社会公益组织 法律服务机构 其他',
    ...rows.map((row) => `${row}               `),
    ...(after ? ['四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '2025年将进一步加强培训。'] : []),
  ].join('\n');
}

describe('a table 三 printed with every cell blank, flattened', () => {
  it('is read as rows of blanks when the page goes on and no sentence counts an application', () => {
    const report = parseReport(page('2024年，本镇未收到政府信息公开申请。', ROWS)).report;
    expect(report.applications.received).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(report.applications.carried_forward).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(report.blanks).toContain('applications.received.natural_person');
    expect(report.warnings.map((warning) => warning.message).join('\n')).toContain('各格均未填写');
  });

  it('is not read when a sentence counts applications (the numbers were lost, not left blank)', () => {
    const report = parseReport(page('2024年，本镇共收到政府信息公开申请5件，均按时答复。', ROWS)).report;
    expect(report.applications.received).toBeUndefined();
  });

  it('is not read when the page is cut inside the table', () => {
    const report = parseReport(page('2024年，本镇未收到政府信息公开申请。', ROWS.slice(0, 14), false)).report;
    expect(report.applications.received).toBeUndefined();
  });

  it('is not read when one number stands in it', () => {
    const rows = [...ROWS];
    rows[0] = `${rows[0]} 1 1`;
    const report = parseReport(page('2024年，本镇依申请公开工作平稳。', rows)).report;
    expect(report.applications.carried_over).toBeUndefined();
  });
});
