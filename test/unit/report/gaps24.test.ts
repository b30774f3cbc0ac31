/**
 * gaps24's import classes, each with a made-up second example and the real page.
 * 1. A region's (or a zone's) own report with no title whose only full name is where its electronic copy is posted
 *    (报告的电子版可在遂宁经济技术开发区管委会门户网站(…)查阅), or a bare county or district as a clause's subject (2025年,略阳县认真
 *    贯彻…; 2024年,乃东区坚持…): refused for --agency before. Now read as that region where the text speaks as it (全区, 全县,
 *    县委、县政府, 经开区通过…) and never as an office (我局, 本委, 我中心); an office's report on its city's site stays refused.
 * 2. A page with no title, no statistics period and no year opening its sentences: the year of its facts (管委会2018年共…),
 *    where the date of publication at its head (2019年3月26日) is in the first half of the next year; never a guess otherwise.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/report/parse.js';
import { FIXTURE_DIR } from '../../fixtures/reports/layouts.js';

const page = (folder: string, file: string) => readFileSync(join(FIXTURE_DIR, '..', folder, file), 'utf8');

describe('gaps24: a region named only by its website clause or as a bare subject', () => {
  it('the website holding the report’s own electronic copy names the zone whose text speaks as it (made up)', () => {
    const text = [
      '本报告根据《中华人民共和国政府信息公开条例》要求编制。报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。本报告的电子版可在青禾高新技术产业开发区管委会门户网站(http://qh.example.cn)查阅。',
      '一、总体情况',
      '(一)主动公开情况。2023年,高新区通过政府网站主动公开各类政府信息320条,全区各部门按要求公开。',
      '(二)依申请公开情况。全年收到依申请公开6件,均已按时答复。',
    ].join('\n');
    const report = parseReport(text).report;
    expect(report.agency).toBe('青禾高新技术产业开发区');
    expect(report.year).toBe(2023);
    // An office speaking as itself (我局) on its city's site is not the city's report: still refused for --agency.
    const office = text.replace('高新区通过政府网站', '我局通过政府网站').replace('全区各部门按要求公开', '按要求公开');
    expect(() => parseReport(office)).toThrow(/--agency/);
  });

  it('a bare county as a clause’s subject, the text speaking as the whole county, is that county (made up)', () => {
    const text = [
      '本报告根据《中华人民共和国政府信息公开条例》规定编制,数据统计期限为2024年1月1日至12月31日。',
      '一、总体情况',
      '2024年,青禾县认真贯彻落实《条例》,围绕县委、县政府中心工作,全面推进政府信息公开。',
      '(一)主动公开政府信息情况',
      '聚焦全县发展大局,全年主动公开政府信息860条。全年收到政府信息公开申请12件,已办结11件,1件结转下年度办理。',
    ].join('\n');
    expect(parseReport(text).report.agency).toBe('青禾县');
    // A contact clause (请与青禾县青山街道办事处联系) names the 街道, never the county it lies in (the text says 全县 too).
    const contact = [
      '根据条例,特编制并向社会公布2024年度街道信息公开年度报告。本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况等六个部分组成。本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。如有疑问,请与青禾县青山街道办事处联系。',
      '一、总体情况',
      '2024年街道根据条例规定开展工作,全县统一部署。',
      '(一)主动公开情况',
      '2024年街道在县政府网站公开信息50条。',
      '(二)依申请公开情况',
      '2024年受理依申请公开件3件。',
    ].join('\n');
    expect(parseReport(contact).report.agency).toBe('青禾县青山街道办事处');
  });

  it('the real pages: 遂宁经开区 (website clause), 略阳县 and 乃东区 (bare subjects)', () => {
    expect(parseReport(page('reports-more29', '09.txt')).report).toMatchObject({ agency: '遂宁经济技术开发区', year: 2024 });
    expect(parseReport(page('reports-more28', '08.txt')).report).toMatchObject({ agency: '略阳县', year: 2025 });
    expect(parseReport(page('reports-more30', '10.txt')).report).toMatchObject({ agency: '乃东区', year: 2024 });
  });
});

describe('gaps24: the year of a page with no title and no statistics period', () => {
  const head = (date: string, facts: string) =>
    [
      `${date}本年度报告根据《中华人民共和国政府信息公开条例》,由青禾经济开发区管委会编制。`,
      '一、概述',
      '我单位领导高度重视信息公开工作。',
      '二、主动公开政府信息情况',
      `青禾经济开发区管委会${facts}共公开政府文件、政务信息150条。`,
    ].join('\n');

  it('the facts’ year where the publication date early the next year agrees (made up)', () => {
    expect(parseReport(head('2020年2月10日', '2019年')).report.year).toBe(2019);
  });

  it('no year where the date is of the same year, late in the year, or absent: refused, never guessed', () => {
    expect(() => parseReport(head('2019年3月10日', '2019年'))).toThrow(/--year/);
    expect(() => parseReport(head('2020年9月10日', '2019年'))).toThrow(/--year/);
    expect(() => parseReport(head('', '2019年'))).toThrow(/--year/);
  });

  it('the real page: 宣城高新区 (2019年3月26日, 2018年 facts) is the 2018 report', () => {
    expect(parseReport(page('reports-more18', '28.txt')).report).toMatchObject({
      agency: '安徽宣城高新技术产业开发区管委会',
      year: 2018,
    });
  });
});
