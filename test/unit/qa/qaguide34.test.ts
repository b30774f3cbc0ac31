/**
 * qaguide34: guides titled, cut and mirrored in ways the parser missed, and questions asked of them (issue #11). A page titled
 * by the bare 政府信息公开指南 over its 发布时间 line belongs to the agency its body names; a guide named unquoted after its verb
 * (特编制X信息公开指南(以下简称指南)) is X's; a site menu broken over two lines (政府信息 / 公開年報) is no report's title; a
 * 繁体 office sentence (…辦公室,負責…) is cut where its simplified form is; an office given by the short name the opening
 * introduced (以下简称市林草委) is the agency; a bracket a cut page never closes is no part of the office; two reading places
 * each with 地址 in one sentence are two; the first office under a 监督机构 line gives the supervising phone; 代理人要啥材料
 * asks about applying through someone else, 单位申请要啥 what an application holds, and 申请…文件应该找哪个办公室 the office.
 * Made-up guides.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { looksLikeAgencyGuide, parseAgencyGuide } from '../../../src/guide/agency-guide.js';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const bareTitled = `政府信息公开指南
发布时间:2021-03-02

  为了保障公民、法人和其他组织依法获取政府信息,根据《中华人民共和国政府信息公开条例》的规定,编制本指南。

  一、主动公开

  主动向社会免费公开的信息范围参见《青禾市林业局政府信息公开目录》。公民、法人和其他组织可以在青禾林业网站(http://ly.qinghe.gov.cn)和青禾市林业局档案室查阅。

  受理机构:青禾市林业局政务公开领导小组办公室  ;办公时间:工作日(8:30-12:00,14:00-17:30);联系电话:0999-6611223(局办公室);传真号码:0999-6611224;通信地址:青禾市林苑路8号;邮政编码:999100。
`;

const traditionalMenu = `政策文件

政府信息
公開指南

政府信息
公開年報

政府網站
工作年報

政府信息公開指南

為更好地提供政府信息公開服務,便於公民、法人或者其他組織依法獲取雲嶺縣人民政府的政府信息,根據《中華人民共和國政府信息公開條例》編制本指南。

一、工作機構及監督機構

工作機構

機構名稱:縣人民政府辦公室政務公開辦公室,負責縣人民政府主動公開和依申請公開工作。

辦公地址:雲嶺縣青石路6號

聯系電話:0999-5511001

監督機構

雲嶺縣人民政府辦公室督查股:0999-5511009
`;

const unquotedCollege = `1、宿州医学高等专科学校信息公开指南校党字202101号根据高等学校信息公开办法等法规制度,特编制宿州医学高等专科学校信息公开指南(以下简称指南),需要获取本校信息公开服务的公民、法人和其他组织,建议阅读本指南。一、主动公开(一)公开范围本校主动公开的信息参见本校信息公开目录。(二)公开时限学校各类信息产生后,最迟于信息产生后的20日内公开。本校当面受理点:校信息公开办公室。
`;

const shortNamed = `为更好地开展政府信息公开工作,方便公民、法人和其他组织获取所需青禾市林业和草原委员会(以下简称市林草委)政府信息,根据《中华人民共和国政府信息公开条例》,编制本指南。
一、主动公开
(二)公开形式
政府信息公开查阅场所。市档案馆地址:林苑路12号,市图书馆地址:文昌街3号。
二、依申请公开
(一)受理申请机构:市林草委,通讯地址:青禾市林苑路20号,联系电话:0999-6622001,邮政编码:999101。
`;

const cutOffice = `青禾州商务局信息公开指南
为更好地提供政府信息公开服务,特编制本指南。
一、主动公开
公民、法人和其他组织可从青禾州人民政府门户网站查阅。
二、依申请公开
(一)受理机构
本机关从2015年3月1日起正式受理政府信息公开申请,受理机构为青禾州商务局政务公开工作领导小组办公室(局办公`;

describe('qaguide34: guides titled, cut and mirrored in new ways', () => {
  it('takes the agency from the body under a bare title over the date line', () => {
    const guide = parseAgencyGuide(bareTitled);
    expect(guide.agency).toBe('青禾市林业局');
    expect(guide.fields.accepting_office).toBe('青禾市林业局政务公开领导小组办公室');
    expect(guide.fields.fax).toBe('0999-6611224');
    // The reading place from where the way to it starts, not from inside a word 40 characters before the place.
    expect(guide.fields.reading_places).toEqual(['可以在青禾林业网站(http://ly.qinghe.gov.cn)和青禾市林业局档案室查阅']);
  });

  it('reads a 繁体 guide under a broken menu, its office cut before 負責, and the supervising office’s phone', () => {
    expect(looksLikeAgencyGuide(traditionalMenu)).toBe(true);
    const guide = parseAgencyGuide(traditionalMenu);
    expect(guide.agency).toBe('云岭县人民政府');
    expect(guide.fields.accepting_office).toBe('縣人民政府辦公室政務公開辦公室');
    expect(guide.fields.supervision_phone).toBe('0999-5511009（雲嶺縣人民政府辦公室督查股）');
  });

  it('reads a guide named unquoted after its verb', () => {
    expect(looksLikeAgencyGuide(unquotedCollege)).toBe(true);
    expect(parseAgencyGuide(unquotedCollege).agency).toBe('宿州医学高等专科学校');
  });

  it('says the agency in full for the short name it introduced, and parts two reading places', () => {
    const guide = parseAgencyGuide(shortNamed);
    expect(guide.agency).toBe('青禾市林业和草原委员会');
    expect(guide.fields.accepting_office).toBe('青禾市林业和草原委员会');
    expect(guide.fields.reading_places).toEqual(['市档案馆：林苑路12号', '市图书馆：文昌街3号']);
  });

  it('drops a bracket the cut page never closes', () => {
    const guide = parseAgencyGuide(cutOffice);
    expect(guide.fields.accepting_office).toBe('青禾州商务局政务公开工作领导小组办公室');
  });

  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['qh-lyj-guide.txt', bareTitled],
      ['qh-yz-guide.txt', unquotedCollege],
      ['yl-xzf-guide.txt', traditionalMenu],
    ]);
  });
  afterAll(() => app.dispose());

  it('answers a run-on asking which office takes an application for a document', async () => {
    const [answer] = await converse(app, 'u1', ['我想问一下宿州医学高等专科学校那个信息公开就是我想申请学校的一个文件应该找哪个办公室啊']);
    expect(answer.kind).toBe('guide');
    expect(answer.answer).toContain('信息公开办公室');
  });

  it('answers the supervising phone of a 繁体 guide', async () => {
    const [answer] = await converse(app, 'u2', ['云岭县政府信息公开监督电话']);
    expect(answer.kind).toBe('guide');
    expect(answer.answer).toContain('0999-5511009');
  });

  it('tells an agent and an organisation what applying takes, after an agency’s contacts', async () => {
    const [, agent, organisation] = await converse(app, 'u3', ['青禾市林业局信息公开电话', '代理人要啥材料', '单位申请要啥']);
    expect(agent.kind).toBe('guide');
    expect(agent.answer).toContain('委托');
    expect(organisation.kind).toBe('guide');
    expect(organisation.answer).toContain('名称、身份证明');
  });
});
