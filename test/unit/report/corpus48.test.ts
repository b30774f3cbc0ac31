/**
 * corpus48: shapes of reports-more54 the importer named wrong. Made-up pages of real places, made-up figures.
 * - A bare county or county-level city a report names itself by (《XX县2022年…报告》) is not completed by its postal
 *   address's province and prefecture (地址:吉林省XX县…, 地址:贵州省黔西南州XX市…).
 * - A title in a short name the lead defines (由广西壮族自治区XX办公室(以下简称自治区XX办)编制): the full name.
 * - A government's general office as the subject of 一、总体情况 while the text speaks as its district (我区) and names the
 *   government only as the owner of its website (XX区人民政府门户网站): the office.
 * - A page whose metadata names a county's government as its publisher (发文机构:XX县人民政府), its text speaking both as the
 *   office that publishes (我办) and as the county (我县): the government.
 * - A phone whose label names the fax in brackets (联系电话(传真号):…): the fax is that number too.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/report/parse.js';
import { extractContacts } from '../../../src/report/prose.js';

describe('corpus48: a postal address does not complete a bare county', () => {
  it('《XX县2022年…报告》 with 地址:吉林省XX县… is the county as it names itself', () => {
    const text = [
      '根据《中华人民共和国政府信息公开条例》要求,结合我县工作实际,编制并向社会公布《镇赉县2021年政府信息公开工作年度报告》。所列数据的统计期限自2021年1月1日起至2021年12月31日止。若对报告有任何疑问,请与镇赉县人民政府办公室联系(地址:吉林省镇赉县镇赉镇永安路12号,电话:0436-1234567)。',
      '一、总体情况',
      '2021年,镇赉县全县主动公开政府信息512条。',
    ].join('\n');
    expect(parseReport(text).report.agency).toBe('镇赉县');
  });

  it('so is a county-level city with its province and prefecture in the address', () => {
    const text = [
      '根据《中华人民共和国政府信息公开条例》要求,现公布凯里市2021年政府信息公开工作年度报告。本报告所列数据统计时限为2021年1月1日至2021年12月31日。公众如需进一步咨询了解相关信息,请与凯里市人民政府办公室联系(地址:贵州省黔东南州凯里市北京东路8号,电话:0855-1234567)。',
      '一、总体情况',
      '(一)主动公开政府信息。2021年通过政府门户网站发布政府信息4321条。',
    ].join('\n');
    expect(parseReport(text).report.agency).toBe('凯里市');
  });
});

describe('corpus48: a title in the short name the lead defines', () => {
  it('自治区XX办 in the title, 由广西壮族自治区XX办公室(以下简称自治区XX办)编制 in the lead: the full name', () => {
    const text = [
      '自治区西江办2021年政府信息公开工作年度报告',
      '本年度报告根据《中华人民共和国政府信息公开条例》要求,由广西壮族自治区西江经济带发展办公室(以下简称自治区西江办)编制。报告中所列数据的统计时间为2021年1月1日至2021年12月31日。',
      '一、总体情况',
      '2021年,我办利用门户网站主动公开政府信息66条。',
    ].join('\n');
    const { report } = parseReport(text);
    expect(report.agency).toBe('广西壮族自治区西江经济带发展办公室');
    expect(report.year).toBe(2021);
  });
});

describe('corpus48: a government’s office reporting, its government named only as its website’s owner', () => {
  it('2023年,XX区人民政府办公室坚持… then 我区 and 通过XX区人民政府门户网站公开…: the office', () => {
    const text = [
      '依据《中华人民共和国政府信息公开条例》要求,编制本报告。',
      '一、总体情况',
      '2022年,天山区人民政府办公室坚持依法公开,全力推进政府信息公开工作。',
      '(一)主动公开方面。我区认真执行信息公开保密审查流程。2022年,通过天山区人民政府门户网站公开政务要闻610条,主动公开政府信息520条。',
      '(二)依申请公开方面。2022年共受理依申请公开12件。',
    ].join('\n');
    expect(parseReport(text).report.agency).toBe('天山区人民政府办公室');
  });

  it('a government named as a sentence’s subject too keeps its report', () => {
    const text = [
      '依据《中华人民共和国政府信息公开条例》要求,编制本报告。',
      '一、总体情况',
      '2022年,天山区人民政府办公室在区委领导下推进政府信息公开工作。天山区人民政府坚持以公开为常态。',
      '(一)主动公开方面。我区通过天山区人民政府门户网站主动公开政府信息520条。',
    ].join('\n');
    expect(parseReport(text).report.agency).toBe('天山区人民政府');
  });
});

describe('corpus48: a page’s publisher field naming the government its office speaks for', () => {
  it('发文机构:XX县人民政府, 我办现向全社会公布…, 2023年,我县…: the government', () => {
    const text = [
      '2022年度政府信息公开年度报告',
      '  • 发文机构:噶尔县人民政府',
      '  • 发布日期:2023-02-10',
      '阿里地区行署办公室:',
      '根据《中华人民共和国政府信息公开条例》要求,我办现向全社会公布2022政府信息公开工作年度报告。本报告所列数据统计时限为2022年1月1日至2022年12月31日。如需咨询,请与噶尔县人民政府办公室联系。',
      '一、总体情况',
      '2022年,我县主动公开政府信息230条。',
    ].join('\n');
    const { report } = parseReport(text);
    expect(report.agency).toBe('噶尔县人民政府');
    expect(report.year).toBe(2022);
  });

  it('without the field the office that speaks as 我办 keeps the report', () => {
    const text = [
      '根据《中华人民共和国政府信息公开条例》要求,我办现向全社会公布2022政府信息公开工作年度报告。本报告所列数据统计时限为2022年1月1日至2022年12月31日。如需咨询,请与噶尔县人民政府办公室联系。',
      '一、总体情况',
      '2022年,我县主动公开政府信息230条。',
    ].join('\n');
    expect(parseReport(text).report.agency).toBe('噶尔县人民政府办公室');
  });
});

describe('corpus48: a phone whose label names the fax in brackets', () => {
  it('联系电话(传真号):… is the fax too', () => {
    const contacts = extractContacts('如需咨询,请与普兰县人民政府办公室联系。联系电话(传真号):0897-2601234。');
    expect(contacts.phone).toBe('0897-2601234');
    expect(contacts.fax).toBe('0897-2601234');
    expect(extractContacts('请与我局办公室联系(电话(传真):0566-2801234)').fax).toBe('0566-2801234');
  });
});
