/**
 * cutid48: the agency and year of a page with no title, cut off early, whose few lines name other bodies than the publisher: a
 * government's general office as whom to contact on a page cut inside that sentence, a county office's template words opening
 * a township's report, a zone a 我局 report describes, a compiler's words copied from another body's template, a zone's
 * compiling bureau writing for the whole zone, a street's 党政综合办, and a cited task notice's year. Where the lines left do not
 * say who publishes, the page is refused asking for --agency (or --year) rather than stored under the wrong name. Made-up pages
 * of real places, made-up figures. Each case fails without the change it tests (checked by stashing it).
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/report/parse.js';

const LEAD = '本报告依据《中华人民共和国政府信息公开条例》编制。本报告所列数据的统计期限为2024年1月1日至2024年12月31日。';
const SECTION_ONE = ['一、总体情况', '(一)主动公开情况', '全年主动公开政府信息86条。'];
const agencyOf = (lines: string[]) => parseReport(lines.join('\n')).report.agency;

describe("cutid48: a government's general office named only as whom to contact", () => {
  const contact = '如对本报告有疑问,请与临沧市人民政府办公室联系(地址:临沧市临翔区';

  it('a page cut inside the contact sentence: refused, asking for --agency', () => {
    expect(() => parseReport(`${LEAD}报告电子版可在临沧市政府网站下载。${contact}`)).toThrow(/--agency/);
  });

  it('the page going on with nothing speaking as the government: the office keeps its report', () => {
    expect(agencyOf([`${LEAD}${contact}南塘街8号)。`, ...SECTION_ONE])).toBe('临沧市人民政府办公室');
  });
});

describe("cutid48: a county office's template words opening a township's report", () => {
  const page = (after: string[]) => [
    LEAD,
    '一、总体情况',
    '2024年,广宗县人民政府办公室认真落实党中央、国务院和省、市决策部署,着力提升全县政务公开工作水平。',
    '(一)主动公开情况',
    ...after,
  ];

  it('the township stating the figures in two clauses: the township', () => {
    const agency = agencyOf(page(['2024年,件只乡主动公开政务信息数213条。', '(二)依申请公开情况', '2024年,件只乡没有收到信息公开申请。']));
    expect(agency).toMatch(/^件只乡/);
  });

  it('one such clause only (the page cut after it): refused, asking for --agency', () => {
    expect(() => parseReport(page(['2024年,件只乡主动公开政务信息数213条,通过公众号公开']).join('\n'))).toThrow(/--agency/);
  });

  it('no township stating figures: the office stays', () => {
    expect(agencyOf(page(['全年主动公开政府信息86条。']))).toBe('广宗县人民政府办公室');
  });
});

describe('cutid48: a clause subject the text never speaks as', () => {
  it('我局 throughout, the only subject a zone the bureau describes: refused, asking for --agency', () => {
    const page = [
      '根据市政务公开领导小组办公室有关通知精神,我局高度重视,编制完成2021年政府信息公开年度工作报告。',
      '一、总体公开情况说明',
      '荆州经济技术开发区成立于1992年,是国家级经济技术开发区',
    ];
    expect(() => parseReport(page.join('\n'))).toThrow(/--agency/);
  });

  it('我委 of a zone committee, the committee a clause starts with: the committee', () => {
    const page = [LEAD, '一、总体情况', '2024年,荆州开发区管委会严格落实《条例》要求,我委全年主动公开政府信息86条。'];
    expect(agencyOf(page)).toBe('荆州开发区管委会');
  });
});

describe('cutid48: who compiled the report and whom to contact', () => {
  it("compiled by one body, the contact another body's own office: refused, asking for --agency", () => {
    const page =
      '根据《中华人民共和国政府信息公开条例》要求,由桂林市临桂区行政审批局编制。本年度报告中所列数据统计期限为2023年1月1日至12月31日止。' +
      '如对本年度报告有疑问,请与桂林临桂新区投资开发集团有限公司办公室联系(地址:桂林市临桂区';
    expect(() => parseReport(page)).toThrow(/--agency/);
  });

  it('compiled by a bureau, the contact its own office: the bureau', () => {
    const page = [
      '根据《中华人民共和国政府信息公开条例》要求,由桂林市临桂区行政审批局编制。本年度报告中所列数据统计期限为2023年1月1日至12月31日止。如有疑问,请与桂林市临桂区行政审批局办公室联系。',
      ...SECTION_ONE,
    ];
    expect(agencyOf(page)).toBe('桂林市临桂区行政审批局');
  });

  it("a zone's 政务服务 bureau compiling from the whole zone's departments: the zone", () => {
    const page = [
      '本年度报告由吉林经济技术开发区政务服务和数据管理局依据《中华人民共和国政府信息公开条例》以及全区各部门信息公开工作编制而成。本报告中所列数据统计期限为2025年1月1日至2025年12月31日。',
      '一、总体情况',
      '2025年,经开区按照省、市统筹部署',
    ];
    expect(agencyOf(page)).toBe('吉林经济技术开发区');
  });

  it("a street's 党政综合办 as whom to contact: the street", () => {
    const page = [`${LEAD}对本报告如有疑问,可与东街街道党政综合办联系(电话:0591-00000000)。`, '一、总体情况', '(一)政府信息公开基本情况'];
    expect(agencyOf(page)).not.toMatch(/办$/);
    expect(agencyOf(page)).toMatch(/^东街街道/);
  });
});

describe('cutid48: the year of a page with no title and no statistics period', () => {
  const lead = (notice: string) =>
    `根据《中华人民共和国政府信息公开条例》及${notice},由闽清县司法局编制完成本报告。全文报告本机关政府信息公开工作总体情况`;

  it("a cited notice's year is the notice's: refused, asking for --year", () => {
    expect(() => parseReport(lead('《闽清县人民政府办公室关于印发2022年政务公开工作主要任务分解表的通知》'))).toThrow(/--year/);
  });

  it("a cited notice about compiling the year's report still gives its year", () => {
    const page =
      '本年度报告是根据《中华人民共和国政府信息公开条例》和《区政府办公室关于切实做好2023年政府信息公开年度报告编制发布工作的通知》的要求,' +
      '由无锡市惠山区人民政府堰桥街道党政办公室编制。全文包括总体情况';
    expect(parseReport(page, { agency: '无锡市惠山区人民政府堰桥街道办事处' }).report.year).toBe(2023);
  });

  it('截至2022年底 gives the year, not a cited plan of another year', () => {
    const page = [
      '一、总体情况',
      '根据《闽清县人民政府办公室关于印发2021年政务公开工作要点的通知》要求,截至2022年底,我局政府信息公开工作运行正常。我局全年主动公开政府信息15条。',
      '二、主动公开政府信息情况',
    ];
    expect(parseReport(page.join('\n'), { agency: '闽清县司法局' }).report.year).toBe(2022);
  });
});
