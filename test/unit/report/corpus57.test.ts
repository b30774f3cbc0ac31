/**
 * Importer classes found by test/fixtures/reports-more63 (corpus57), each on made-up text, not the fixtures'.
 */
import { describe, expect, it } from 'vitest';
import { agencyAliases, splitAgencyName } from '../../../src/report/agency-names.js';
import { findIdentity } from '../../../src/report/identity.js';
import { parseReport } from '../../../src/report/parse.js';

describe('a lead that opens with the report’s own name as its subject (XX局2023年…年度报告(以下简称年报)是根据…) (corpus57)', () => {
  const lead =
    '眉山市同城化发展促进局2023年政府信息公开工作年度报告(以下简称年报)是根据《中华人民共和国政府信息公开条例》(国务院令第711号,以下简称《条例》)等文件规定编制。本年报中所列数据的统计期限从2023年1月1日起至2023年12月31日止。';

  it('names the bureau and its year, though the line is long and has no title of its own', () => {
    const identity = findIdentity([lead, '一、总体情况', '(一)主动公开情况。本年度主动公开政府信息75条。'], 1);
    expect(identity.agency).toBe('眉山市同城化发展促进局');
    expect(identity.year).toBe(2023);
  });

  it('is imported under that name', () => {
    const page = [lead, '一、总体情况', '(一)主动公开情况。本年度主动公开政府信息75条。', '二、主动公开政府信息情况'].join('\n');
    expect(parseReport(page).report.agency).toBe('眉山市同城化发展促进局');
  });
});

describe('a district whose own name starts with the city level’s character (市中区, 市北区, 市南区) (corpus57)', () => {
  it('is the region’s last level, not part of the kind', () => {
    expect(splitAgencyName('青禾市市中区教育局')).toEqual({ name: '青禾市市中区教育局', region: '青禾市市中区', kind: '教育局' });
    expect(splitAgencyName('青禾市市北区卫生健康局').kind).toBe('卫生健康局');
    expect(splitAgencyName('市南区教育局').region).toBe('市南区');
  });

  it('a city then a district with no such name is split as before', () => {
    expect(splitAgencyName('青禾市中心区教育局').region).toBe('青禾市中心区');
    expect(splitAgencyName('青禾市城市管理局')).toMatchObject({ region: '青禾市', kind: '城市管理局' });
  });

  it('is known written with the 市 once (青禾市中区教育局)', () => {
    expect(agencyAliases('青禾市市中区教育局')).toEqual(expect.arrayContaining(['市中区教育局', '青禾市中区教育局']));
  });
});
