/**
 * corpus45: shapes of reports-more51. A page with no overview that numbers its sections from 一 (一、主动公开政府信息情况,
 * 二、收到和处理政府信息公开申请情况, a 2019 town's page opening at its tables, one cell a line): the headings are still
 * sections 二 and 三 and their tables are read; so are the old (pre-2019) layout's headings numbered one off (二、依申请公开政府信息
 * 情况, 三、申请行政复议和提起行政诉讼情况, 四、政府信息公开的收费及减免情况). A site footer crawled before the report (电话:… 蜀ICP备…号-1, 川公网安备…号,
 * 网站标识码…): its phone is the website's, and the contact clause's is the report's. Made-up pages of real places, made-up
 * figures.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/report/parse.js';

const cells = (...values: number[]) => values.map(String);

describe('corpus45: sections numbered from 一 with no overview', () => {
  it('一、主动公开政府信息情况 / 二、收到和处理… on a 2019 page with one cell a line are sections 二 and 三', () => {
    const text = [
      '简阳市石桥镇人民政府2019年政府信息公开工作年度报告',
      '现将石桥镇2019年度政府信息公开情况报告如下。',
      '一、主动公开政府信息情况',
      '第二十条第(一)项',
      '信息内容',
      '本年新制作数量',
      '本年新公开数量',
      '对外公开总数量',
      '规章',
      ...cells(0, 0, 0),
      '规范性文件',
      ...cells(2, 2, 9),
      '二、收到和处理政府信息公开申请情况',
      '申请人情况',
      '自然人',
      '法人或其他组织',
      '总计',
      '商业企业',
      '科研机构',
      '社会公益组织',
      '法律服务机构',
      '其他',
      '',
      '一、本年新收政府信息公开申请数量',
      ...cells(3, 1, 0, 0, 0, 0, 4),
      '二、上年结转政府信息公开申请数量',
      ...cells(0, 0, 0, 0, 0, 0, 0),
      '三、本年度办理结果',
      '(一)予以公开',
      ...cells(2, 1, 0, 0, 0, 0, 3),
      '三、政府信息公开行政复议、行政诉讼情况',
      '本年度未发生政府信息公开行政复议、行政诉讼。',
    ].join('\n');
    const { report } = parseReport(text);
    expect(report.agency).toBe('简阳市石桥镇人民政府');
    expect(report.format).toBe('2019');
    expect(report.sections.proactive).toContain('规范性文件');
    expect(report.proactive.normative_documents_2019).toEqual([2, 2, 9]);
    expect(report.applications.received).toEqual([3, 1, 0, 0, 0, 0, 4]);
    expect(report.applications.granted).toEqual([2, 1, 0, 0, 0, 0, 3]);
    expect(report.sections.appeals).toContain('未发生');
  });

  it('a page with its 一、总体情况 keeps it as the overview (the skip is for a page with none)', () => {
    const { report } = parseReport(
      [
        '资阳市雁江区统计局2021年政府信息公开工作年度报告',
        '一、总体情况',
        '2021年,我局主动公开政府信息35条。',
        '二、主动公开政府信息情况',
        '第二十条第(一)项 | 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |',
        '规章 | 0 | 0 | 0 |',
      ].join('\n'),
    );
    expect(report.sections.overview).toContain('35条');
    expect(report.sections.proactive).toContain('规章');
  });
});

describe('corpus45: a site footer before the report', () => {
  it('电话:… 蜀ICP备…号-1 on the footer line is no contact of the report: the contact clause’s phone is', () => {
    const { report } = parseReport(
      [
        '电话:0817-7221055 蜀ICP备05001234号-2',
        ' 川公网安备 51130202000009号',
        '网站标识码5113020002',
        '根据《中华人民共和国政府信息公开条例》,特向社会公布《南部县大坪镇人民政府2019年政府信息公开工作年度报告》。如对本报告有任何疑问,请与南部县大坪镇人民政府联系(地址:大坪镇正街8号;邮编:637300;电话:0817-5521306。)',
        '一、概述',
        '2019年,我镇通过县政府网站公开政务信息86条。',
      ].join('\n'),
    );
    expect(report.contacts).toMatchObject({ phone: '0817-5521306', post_code: '637300' });
    expect(report.sections.overview).toContain('86条');
  });

  it('a phone in the report’s own text beside no record number is still read', () => {
    const { report } = parseReport(
      [
        '岳池县统计局2021年政府信息公开工作年度报告',
        '如对本报告有疑问,请联系县统计局办公室,电话:0826-5222468。',
        '一、总体情况',
        '2021年,我局主动公开政府信息41条。',
      ].join('\n'),
    );
    expect(report.contacts.phone).toBe('0826-5222468');
  });
});

describe('corpus45: the old layout’s headings numbered one off', () => {
  it('一、主动公开 / 二、依申请公开 / 三、申请行政复议 / 四、收费及减免 / 五、问题 are sections 二, 三, 四, the fee and 五', () => {
    const { report } = parseReport(
      [
        '2023年衡东县杨桥镇政府信息公开工作年度报告',
        '本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。',
        '一、主动公开政府信息情况',
        '2023年杨桥镇主动公开各类信息37条。',
        '二、依申请公开政府信息情况',
        '2023年度收到政府信息公开申请2件。',
        '三、申请行政复议和提起行政诉讼情况',
        '全年发生行政复议1件。',
        '四、政府信息公开的收费及减免情况',
        '未收取任何费用。安排兼职人员2名。',
        '五、政府信息公开工作存在的主要问题和改进措施',
        '存在的问题有:公开内容不够丰富。',
      ].join('\n'),
    );
    expect(report.sections.proactive).toContain('37条');
    expect(report.sections.proactive).not.toContain('申请2件');
    expect(report.sections.applications).toContain('申请2件');
    expect(report.sections.appeals).toContain('行政复议1件');
    expect(report.sections.other).toContain('兼职人员2名');
    expect(report.sections.problems).toContain('不够丰富');
  });
});
