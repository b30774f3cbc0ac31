/**
 * ident24's identity classes, each on made-up pages.
 * 1. A page cut from its title that begins at 一、总体情况 and whose section 一 speaks of two of its topics (主动公开, 依申请公开,
 *    信息管理, 网站 or 平台, 监督保障) under paragraphs of its own numbering (一是…, (一)扎实做好网站维护管理): a report's body, no
 *    longer refused as "not a report". A page with a head of its own before 一、总体情况 is judged as before.
 * 2. An office's short name jieba splits into a character and an unknown two-character word (高昌区|住|建局): read whole.
 * 3. A report's title named as one item of a list of what was published (…信息3条、XX局2024年…年度报告、2025年…): last year's
 *    report, never this text's title or year; a year opening a sentence without its 年 (2025,XX局以…) is the body's year.
 * 4. A title's bare town (青禾镇2025年…报告) whose county the text names only as the owner of the site hosting the town's
 *    column (青禾县政府网站青禾镇办事处专栏): that county and the town.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/report/parse.js';

describe('ident24: pages cut from their title, listed reports, towns named on their county’s site', () => {
  it('a page opening at 一、总体情况 with paragraphs of its own numbering is a report (made up)', () => {
    const text = [
      '',
      '一、总体情况',
      '2022年,青禾市文物保护办公室以官网为载体,及时做好政务动态类信息的公开,较好地完成了政府信息公开工作。',
      '(一)扎实做好网站维护管理。我办严格落实网络安全主体责任,全年未发生网络安全事件。',
      '(二)扎实做好政府信息公开工作。我办官网主动公开政府信息86篇,其中政府信息公开指南1篇。',
    ].join('\n');
    const report = parseReport(text).report;
    expect(report.agency).toBe('青禾市文物保护办公室');
    expect(report.year).toBe(2022);
    // With a head of its own (a news item's title) before 一、总体情况, the page is judged as before: not a report.
    const news = ['青禾市召开文物保护工作会议', ...text.split('\n').slice(1)].join('\n');
    expect(() => parseReport(news)).toThrow(/不是政府信息公开工作年度报告/);
  });

  it('一是…四是 paragraphs, a split short name, last year’s report in a list and a year without its 年 (made up)', () => {
    const text = [
      '一、 总体情况',
      '2025,长丰县住建局以《中华人民共和国政府信息公开条例》为遵循,系统推进主动公开、依申请公开、信息管理、平台建设工作。',
      '一是聚焦重点领域,提升主动公开精准度。公开便民政务动态共16条,其中:民生服务类信息11条、长丰县住建局2024年政府信息公开工作年度报告、2025年其他办理结果。',
      '二是规范办理流程,保障依申请公开时效性。本年度未收到政府信息公开申请。',
    ].join('\n');
    const report = parseReport(text).report;
    expect(report.agency).toBe('长丰县住建局');
    expect(report.year).toBe(2025);
  });

  it('a title’s bare town takes the county whose website hosts the town’s column (made up)', () => {
    const text = [
      '青禾镇2025年政府信息公开工作年度报告',
      '根据《中华人民共和国政府信息公开条例》要求,结合2025年我镇政府信息公开工作情况,编制本报告。本报告数据统计周期为2025年1月1日至2025年12月31日。',
      '一、总体情况',
      '(一)主动公开情况。2025年,通过青禾镇人民政府信息网主动公开政府信息13条。',
      '(二)平台建设情况。我镇完成白沙县政府网站青禾镇办事处专栏的优化更新工作。',
    ].join('\n');
    expect(parseReport(text).report.agency).toBe('白沙县青禾镇');
    // With no such website clause the title's name is completed as before (never a county guessed).
    const alone = text.replace('我镇完成白沙县政府网站青禾镇办事处专栏的优化更新工作', '我镇完成网站专栏的优化更新工作');
    let agency: string | undefined;
    try {
      agency = parseReport(alone).report.agency;
    } catch {
      agency = undefined;
    }
    expect(agency ?? '').not.toContain('白沙县');
  });
});

describe('ident24: a government’s report compiled by its office, a committee under two names', () => {
  it('the copy on the government’s site, published through it, the office named only as whom to contact (made up)', () => {
    const text = [
      '本报告依据《中华人民共和国政府信息公开条例》要求编制,报告所列数据的统计起止时间为2024年1月1日至2024年12月31日。本报告电子版可在青禾县人民政府门户网站下载。如有疑问,请与青禾县数据局联系(电话:0000-1234567)。',
      '一、总体情况',
      '(一)主动公开',
      '2024年,通过青禾县人民政府门户网站主动发布各类信息1547条。',
      '(二)依申请公开',
      '2024年共受理依申请公开13件,办结13件。',
    ].join('\n');
    expect(parseReport(text).report.agency).toBe('青禾县人民政府');
    // The office as a clause's subject too (青禾县数据局通过…): its own report, as before.
    const office = text.replace('2024年,通过青禾县人民政府门户网站', '2024年,青禾县数据局通过青禾县人民政府门户网站');
    expect(parseReport(office).report.agency).toBe('青禾县数据局');
  });

  it('a committee the text writes as another’s second name in brackets is the first name (made up)', () => {
    const text = [
      '本报告依据《中华人民共和国政府信息公开条例》编制。本报告中所列数据的统计时间段自2024年1月1日至2024年12月31日止。',
      '如对本报告有任何疑问,请联系:中国(青禾)自由贸易试验区白沙片区管理委员会(白沙保税港区管理委员会)政府信息公开办公室,联系电话:0000-1234567。',
      '一、总体情况',
      '2024年,我委认真贯彻落实《中华人民共和国政府信息公开条例》,主动公开政府信息210条。',
      '(一)主动公开情况。全年主动公开政府信息210条。',
      '(二)依申请公开情况。全年收到政府信息公开申请3件。',
    ].join('\n');
    expect(parseReport(text).report.agency).toBe('中国(青禾)自由贸易试验区白沙片区管理委员会');
  });
});
