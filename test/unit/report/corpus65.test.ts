/**
 * Importer classes found by test/fixtures/reports-more71 (corpus65), each on made-up text, not the fixture's.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/report/parse.js';

describe('a body named only in its sentence, a verb glued to a bare level after it (corpus65)', () => {
  // No title; the word cutter reads 共向区 (共 + 向 + 区) as one unknown word ending in 区.
  const page = [
    '一、总体情况',
    '(一)主动公开政府信息情况。',
    '2022年,湟中区园林绿化服务中心共向区信息中心报送信息48篇,在省市报刊上刊登报道5篇。',
    '(二)依申请公开政府办理情况。',
    '湟中区园林绿化服务中心未收到依申请公开信息受理件。',
    '(三)政府信息管理及规范化建设情况。',
    '2022年,中心严格按照《中华人民共和国政府信息公开条例》规定推进政府信息公开工作。',
    '二、主动公开政府信息情况',
  ].join('\n');

  it('is stored by the centre’s name, which ends before the verb', () => {
    const report = parseReport(page).report;
    expect(report.agency).toBe('湟中区园林绿化服务中心');
    expect(report.year).toBe(2022);
  });
});

describe('a bureau speaking as 我局, published on its zone committee’s website (corpus65)', () => {
  // The bureau names itself without its zone; the zone is written only as the owner of the site the report is posted on.
  const page = [
    '根据《中华人民共和国政府信息公开条例》,经济发展局编制了2023年政府信息公开工作年度报告。报告中所列数据的统计时限为2023年1月1日起至2023年12月31日止。本年报通过长春新区管委会网站向社会公开。如对本年报有疑问,请与经济发展局联系。',
    '一、总体情况',
    '我局高度重视政务信息公开工作,结合本区情况制定了局政务信息公开工作计划。',
  ].join('\n');

  it('is not stored as the committee whose site holds it: refused for --agency', () => {
    expect(() => parseReport(page)).toThrow(/--agency/);
  });

  it('is stored as the bureau given with --agency', () => {
    expect(parseReport(page, { agency: '长春新区经济发展局' }).report.year).toBe(2023);
  });
});

describe('a bureau speaking as 我局, named only as its own website (corpus65)', () => {
  const page = [
    '根据《中华人民共和国政府信息公开条例》编制本年度报告。本年度报告电子版可在鹤壁市统计局网站查阅。数据统计期限为2023年1月1日至2023年12月31日。',
    '一、总体情况',
    '2023年,我局认真贯彻落实《条例》要求,通过鹤壁市统计局网站主动公开信息120条。',
    '二、主动公开政府信息情况',
  ].join('\n');

  it('keeps the bureau’s name: a 局 is how the text speaks of itself', () => {
    expect(parseReport(page).report.agency).toBe('鹤壁市统计局');
  });
});
