/**
 * cutid47: the agency of a page with no title whose end is cut off, so that it never says 我委, 我局 or 我镇 and only its
 * opening names who publishes. The contact clause names an inner office of the agency (请与XX委员会办公室联系, XX局党政办公室,
 * XX局单位办公室, XX开发区综合办公室, XX高新区党政办公室, XX乡人民政府党建办, XX镇人民政府办公室): the agency, not its office. A
 * commission's 办公室 only when the text names the commission on its own too (a 机构编制委员会办公室 is an agency itself); a
 * government's general office only when a later clause speaks as its region (2022年,XX区坚持…, 区委、区政府). The lead
 * 年度报告是由XX依据…编制 names the publisher; the contents clause 全文包括XX信息公开总体情况 gives a rare name whole; a
 * clause starting with the name gives back the character jieba split off it (上|清寺街道). Made-up pages of real places,
 * made-up figures. Each case fails without the change it tests (checked on main).
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/report/parse.js';

const LEAD = '本年度报告根据《中华人民共和国政府信息公开条例》编制。所列数据统计期限为2024年1月1日至2024年12月31日。';
const SECTION_ONE = ['一、总体情况', '(一)主动公开情况', '全年主动公开政府信息86条。'];
const agencyOf = (lines: string[]) => parseReport(lines.join('\n')).report.agency;

describe('cutid47: the contact clause names an inner office of the agency', () => {
  it("a commission's office, the commission named on its own in the opening: the commission", () => {
    const page = (named: string) => [
      `${LEAD}${named}如对本报告有疑问,请与百色市卫生健康委员会办公室联系(电话:0776-0000000)。`,
      ...SECTION_ONE,
    ];
    expect(agencyOf(page('全文包括百色市卫生健康委员会政府信息公开总体情况等六部分。'))).toBe('百色市卫生健康委员会');
    expect(agencyOf(page('报告电子版可在百色市卫生健康委员会门户网站下载。'))).toBe('百色市卫生健康委员会');
  });

  it('a 委员会办公室 named only as itself (an agency of its own): the office stays', () => {
    const page = [`${LEAD}如对本报告有疑问,请与百色市机构编制委员会办公室联系(电话:0776-0000000)。`, ...SECTION_ONE];
    expect(agencyOf(page)).toBe('百色市机构编制委员会办公室');
  });

  it("a bureau's 党政办公室, or its 单位办公室 (a template's word left in): the bureau", () => {
    const page = (office: string) => [`${LEAD}如对本报告有疑问,请联系:${office},电话:027-00000000。`, ...SECTION_ONE];
    expect(agencyOf(page('江岸区水务和湖泊局党政办公室'))).toBe('江岸区水务和湖泊局');
    expect(agencyOf([`${LEAD}如有疑问,请与临河区农牧和科技局单位办公室联系(电话:0478-0000000)。`, ...SECTION_ONE])).toBe(
      '临河区农牧和科技局',
    );
  });

  it("a zone's 综合办公室: the zone; a zone's short name whose report is on its administration's site: the administration", () => {
    expect(agencyOf([`${LEAD}如对本报告有任何疑问,请与安徽庐江经济开发区综合办公室联系(电话:0551-0000000)。`, ...SECTION_ONE])).toBe(
      '安徽庐江经济开发区',
    );
    const site = '本报告的电子版可在江苏省盐城高新技术产业开发区管理委员会门户网站下载。';
    expect(agencyOf([`${LEAD}${site}如对本报告有任何疑问,请与江苏省盐城高新区党政办公室联系(电话:0515-0000000)。`, ...SECTION_ONE])).toBe(
      '江苏省盐城高新技术产业开发区管理委员会',
    );
  });

  it("a zone's 党政办公室 that compiles the report publishes it; a zone's full name on its committee's site stays", () => {
    const compiled =
      '本报告由日照高新区党政办公室按照《中华人民共和国政府信息公开条例》要求编制。本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。';
    expect(agencyOf([`${compiled}如对本报告有疑问,请与日照高新区党政办公室联系(电话:0633-0000000)。`, ...SECTION_ONE])).toBe(
      '日照高新区党政办公室',
    );
    const site = '报告的电子版可在广安经济技术开发区管委会门户网站查阅。';
    const page = [`${LEAD}${site}如对本报告有疑问,请与广安经济技术开发区党政办公室联系(电话:0826-0000000)。`, ...SECTION_ONE];
    expect(agencyOf(page)).toBe('广安经济技术开发区');
  });

  it("a town's 党建办 or 办公室, 繁体 too: the town's government", () => {
    expect(agencyOf([`${LEAD}如对本年报有任何疑问,请与银坑乡人民政府党建办联系(电话:0599-0000000)。`, ...SECTION_ONE])).toBe(
      '银坑乡人民政府',
    );
    const traditional = [
      '本報告依據《中華人民共和國政府信息公開條例》要求編制。本年度報告中所列數據的統計期限自2025年1月1日起至2025年12月31日止。如對本報告有任何疑問,請與樟樹市黃土岡鎮人民政府辦公室聯系(電話:0795-0000000)。',
      '一、總體情況',
      '(一)主動公開情況',
      '全年主動公開政府信息86條。',
    ];
    expect(agencyOf(traditional)).toBe('樟樹市黃土岡鎮人民政府');
  });

  it("a page titled by the town's government over its 办公室's heading, never saying 我镇: the town's government", () => {
    const page = [
      '重庆市武隆区江口镇人民政府2025年政府信息公开工作年度报告',
      '',
      '重庆市武隆区江口镇人民政府办公室',
      '',
      '2025年政府信息公开工作年度报告',
      '',
      '本报告依据《中华人民共和国政府信息公开条例》编制。本报告中所列数据的统计期限自2025年1月1日起至2025年12月31日止。',
      ...SECTION_ONE,
    ];
    expect(agencyOf(page)).toBe('重庆市武隆区江口镇人民政府');
  });

  it("a government's general office as the contact, a later clause speaking as the region: the government", () => {
    const page = (subject: string) => [
      `${LEAD}本报告可通过重庆市江北区人民政府门户网站查阅。如需咨询,请与江北区人民政府办公室联系(电话:023-00000000)。`,
      '一、总体情况',
      `2024年,${subject}坚持以习近平新时代中国特色社会主义思想为指导,按照区委、区政府工作安排推进政务公开。`,
      '(一)主动公开情况',
      '全年主动公开政府信息86条。',
    ];
    expect(agencyOf(page('江北区'))).toBe('重庆市江北区人民政府');
    expect(agencyOf(page('区政府办公室'))).toBe('江北区人民政府办公室');
  });
});

describe('cutid47: the lead and the contents clause name the publisher', () => {
  it('年度报告是由XX依据…编制, the contact a centre with a second name in brackets: the lead’s body', () => {
    const page = [
      '2024年市残联政府信息公开工作年度报告',
      '年度报告是由吉林市残疾人联合会依据《中华人民共和国政府信息公开条例》编制而成的。本报告中所列数据统计期限自2024年1月1日至2024年12月31日。(如对本报告有疑问,请与吉林市残疾人综合服务中心(吉林市残疾人信息中心)联系。)',
      ...SECTION_ONE,
    ];
    expect(agencyOf(page)).toBe('吉林市残疾人联合会');
  });

  it('全文包括 a rare name jieba splits, then 信息公开总体情况: the whole name', () => {
    const page = [
      `本年度报告根据《中华人民共和国政府信息公开条例》制作。全文包括扎赉特旗宝力根花苏木人民政府信息公开总体情况,主动公开政府信息情况。所列数据统计期限为2025年1月1日至2025年12月31日。`,
      ...SECTION_ONE,
    ];
    expect(agencyOf(page)).toBe('扎赉特旗宝力根花苏木人民政府');
  });

  it('a clause starting with a name whose first character jieba split off, written once: the character is the name’s', () => {
    const page = [
      '根据《中华人民共和国政府信息公开条例》要求,结合2021年度本街道政府信息公开工作情况编制而成。本报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。',
      '一、总体情况',
      '2021年,上清寺街道认真贯彻落实区委、区政府关于政府信息公开工作的决策部署。',
      '(一)主动公开情况',
      '全年主动公开政府信息86条。',
    ];
    expect(agencyOf(page)).toBe('上清寺街道');
  });
});
