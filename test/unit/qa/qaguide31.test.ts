/**
 * qaguide31: guides the parser left unread or cut short (issue #11). A page of a guide's part on applying alone, under a
 * 来源:…发布时间: line, that names its agency by its short name (向县林业局申请获取) is a guide; the office printed in
 * brackets after 受理机构 takes applications; the next season's hours after a semicolon, given by its dates
 * (…;9月1日至次年6月30日…), are the same hours; a province's 生态环境厅 is its 环保厅 and a 国土资源局 its 国土局 to
 * citizens; 举报/投诉/信访 走信息公开申请 asks whether a complaint may be sent as an application (Art. 39), not the remedies.
 * Made-up guides.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { looksLikeAgencyGuide, parseAgencyGuide } from '../../../src/guide/agency-guide.js';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const applyingPartAlone = `来源:青禾县林业局 发布时间:2017-06-12 09:30
依申请公开说明
除县林业局主动公开的政府信息外,公民、法人或者其他组织可以根据自身生产、生活、科研等特殊需要,向县林业局申请获取相关政府信息。
县林业局信息公开申请受理机构(青禾县林业局综合股),负责受理公民、法人或者其他组织向本机关提出的政府信息公开申请。
办公时间为8:00-12:00,14:00-17:30(节假日除外)。
联系电话:0999-6612345 传真号码:0999-6612346
通信地址:青禾县松涛路12号
邮政编码:999300。
● 提出申请
向县林业局申请获取政府信息的,应当书面填写《青禾县林业局信息公开申请表》(以下简称《申请表》)。《申请表》可以在受理机构处领取,也可以在县林业局网站上下载电子版,复制有效。
`;

const seasonsByDates = `柳河县水务局政府信息公开指南
为方便公民、法人和其他组织获取柳河县水务局政府信息,特编制《柳河县水务局政府信息公开指南》。
一、依申请公开
地址:柳河县人民路7号水务局大楼301室
电话:0999-7701234
办公时间:6月15日至9月15日工作日,8:00-12:00、15:30-18:30;9月16日至次年6月14日工作日,8:00-12:00、14:30-18:00(法定节假日除外)。
`;

const renamedDepartment = `甘肃省生态环境厅政府信息公开指南
根据《中华人民共和国政府信息公开条例》,编制本指南。
一、依申请公开
受理机构:甘肃省生态环境厅办公室
办公地址:兰州市滨河东路88号
联系电话:0931-5550123
`;

const oldLandBureau = `青禾市国土资源局政府信息公开指南
根据《中华人民共和国政府信息公开条例》,编制本指南。
受理机构:青禾市国土资源局办公室
办公地址:青禾市建设路20号
联系电话:0999-3345678
邮政编码:999400
`;

const otherGuide = `柳河县交通运输局政府信息公开指南
根据《中华人民共和国政府信息公开条例》,编制本指南。
受理机构:柳河县交通运输局办公室
办公地址:柳河县滨江路5号
联系电话:0999-7705555
`;

describe('qaguide31: guides read whole', () => {
  it('a 依申请公开说明 page naming its agency by its short name is a guide, its bracketed office the accepting one', () => {
    expect(looksLikeAgencyGuide(applyingPartAlone)).toBe(true);
    const guide = parseAgencyGuide(applyingPartAlone);
    expect(guide.agency).toBe('青禾县林业局');
    expect(guide.fields.accepting_office).toBe('青禾县林业局综合股');
    expect(guide.fields.phone).toBe('0999-6612345');
    expect(guide.fields.fax).toBe('0999-6612346');
    expect(guide.fields.post_code).toBe('999300');
  });

  it('the next season’s hours after a semicolon, given by its dates, are the same hours', () => {
    expect(parseAgencyGuide(seasonsByDates).fields.office_hours).toBe(
      '6月15日至9月15日工作日,8:00-12:00、15:30-18:30;9月16日至次年6月14日工作日,8:00-12:00、14:30-18:00(法定节假日除外)',
    );
  });
});

describe('qaguide31: asked in citizens’ words', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['qinghe-lyj-guide.txt', applyingPartAlone],
      ['liuhe-slj-guide.txt', seasonsByDates],
      ['gansu-sthjt-guide.txt', renamedDepartment],
      ['qinghe-gtzyj-guide.txt', oldLandBureau],
      ['liuhe-jtj-guide.txt', otherGuide],
    ]);
  });
  afterAll(() => app.dispose());

  it('the applying page is stored as the bureau’s guide', async () => {
    const answer = await app.ask('青禾县林业局信息公开传真多少');
    expect(answer.kind).toBe('guide');
    expect(answer.answer).toContain('0999-6612346');
  });

  it('冬天下午几点上班 reads the second season’s hours', async () => {
    const answer = await app.ask('柳河水务局冬天下午几点上班');
    expect(answer.kind).toBe('guide');
    expect(answer.answer).toContain('14:30');
  });

  it('环保厅 is the province’s 生态环境厅', async () => {
    const answer = await app.ask('甘肃省环保厅信息公开电话');
    expect(answer.kind).toBe('guide');
    expect(answer.answer).toContain('0931-5550123');
  });

  it('那X国土局呢 after a phone asks the 国土资源局’s phone', async () => {
    const [, answer] = await converse(app, 'qaguide31-land', ['柳河县交通运输局信息公开电话', '那青禾国土局呢']);
    expect(answer.kind).toBe('guide');
    expect(answer.answer).toContain('0999-3345678');
  });

  it('举报 走信息公开申请 is told it is no application (Art. 39), not the remedies', async () => {
    const answer = await app.ask('想投诉工地噪音能走信息公开申请吗');
    expect(answer.kind).toBe('guide');
    expect(answer.answer).toContain('不作为政府信息公开申请处理');
  });
});
