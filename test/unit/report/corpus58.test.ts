/**
 * Importer classes found by test/fixtures/reports-more64 (corpus58), each on made-up text, not the fixture's.
 */
import { describe, expect, it } from 'vitest';
import { parseReport, proseFiguresOfSections } from '../../../src/report/parse.js';

describe('a zone named short as its account, in full in its own guide’s title (corpus58)', () => {
  // No title; the body speaks as 开发区, names its WeChat account “东湖开发区” and its own 《…指南》 with the zone's full name.
  const page = [
    '2023年,开发区认真贯彻落实《中华人民共和国政府信息公开条例》,持续推进政务公开工作。',
    '一、总体情况',
    '(一)主动公开',
    '2023年,开发区门户网站发布信息820条。借助微信公众号平台“东湖开发区”,全年发布信息215条。',
    '(二)依申请公开',
    '本年度收到政府信息公开申请2件。',
    '(三)政府信息管理',
    '修订完善《东湖高新技术产业开发区政府信息公开指南》,明确公开属性。',
  ].join('\n');

  it('is stored by the full name the page writes, not the account’s short one', () => {
    const report = parseReport(page).report;
    expect(report.agency).toBe('东湖高新技术产业开发区');
    expect(report.year).toBe(2023);
  });
});

describe('a page cut inside section 一 under an empty 标题: field, saying 政府信息主动公开 (corpus58)', () => {
  // A 厅's page: its title field left empty, 一、总体情况 its only heading, the words 政府信息公开 never written as one.
  const page = [
    '标题:',
    '一、总体情况',
    '2022年,省水利厅严格按照《条例》有关规定,结合水利业务实际,深入推进信息公开工作。',
    '(一)政府信息主动公开方面。厅门户网站发布信息总数为845条,厅微信公众号发布信息总数为130条。',
  ].join('\n');

  it('is read as a report: refused only for its agency, whose region it never names', () => {
    expect(() => parseReport(page)).toThrow(/--agency/);
  });

  it('is read with the agency given', () => {
    const report = parseReport(page, { agency: '某省水利厅' }).report;
    expect(report.year).toBe(2022);
    expect(report.sections.overview).toContain('845条');
  });
});

describe('a count of applications whose bracket names its part carried over (corpus58)', () => {
  it('stores the count received once, the carried-over part as no count received', () => {
    const figures = proseFiguresOfSections({
      overview: '(二)依申请公开方面。本年度共收到依申请公开事项6件(其中2件为上年结转政府信息公开申请),5件为自然人申请。',
    });
    const received = figures.filter((figure) => figure.key === 'applications_received').map((figure) => figure.value);
    expect(received).toEqual([6]);
  });
});

describe('counts of applications received one way each, in one sentence (corpus58)', () => {
  it('stores none of them as the year’s count received, which the sentence never prints', () => {
    const figures = proseFiguresOfSections({
      overview: '(二)依申请公开情况。2023年,全区受理网上信息公开申请41件,依法办结39件,受理当面信息公开申请6件,已全部办结。',
    });
    expect(figures.filter((figure) => figure.key === 'applications_received')).toEqual([]);
    expect(figures.map((figure) => figure.value)).toEqual(expect.arrayContaining([41, 6]));
  });

  it('keeps a single count received one way, the only one the sentence prints', () => {
    const figures = proseFiguresOfSections({ overview: '(二)依申请公开情况。2023年,我局受理网上信息公开申请3件,均按时答复。' });
    expect(figures.filter((figure) => figure.key === 'applications_received').map((figure) => figure.value)).toEqual([3]);
  });
});
