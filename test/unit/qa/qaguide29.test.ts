/**
 * qaguide29: guides the parser missed or misread (issue #11). Office hours cut inside a time at a page's end (下午13:3) say
 * where the text stops, not a time; a guide titled 政府信息公开指南 alone belongs to the body its list of what it publishes
 * opens with (1.某省某某局职能、机构设置…); a government's guide named 《…政府信息指南》 (公开 left out) is a guide; a mailbox
 * printed with a space after its @ is one address; 《某县政府信息公开目录》 is that county's 人民政府's; a reading point in a room of
 * the bureau's own building (信息查阅点:某局办公楼210房间;地址:…) gives the bureau's address and hours; 本机关受理点:X办公室;办公
 * 时间:… names the accepting office; 换X呢 switches agency as 那X呢 does. Made-up guides.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { looksLikeAgencyGuide, parseAgencyGuide } from '../../../src/guide/agency-guide.js';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const cutHours = `为便利社会公众获取县政府信息,制定本公开指南。
一、县政府信息公开主要内容
青禾县人民政府按照《条例》规定主动公开政府信息。
二、县政府信息公开申请渠道
1.当面申请。申请人可向青禾县人民政府办公室(地址:青禾县迎宾路8号)当面提交申请书。
三、县政府信息公开工作机构
青禾县政府办公室负责推进全县政府信息公开工作。办公地址:青禾县迎宾路8号;工作时间:冬季:上午09:00-12:00,下午13:3`;

const bareTitle = `政府信息公开指南

为更好地提供政府信息公开服务,根据《中华人民共和国政府信息公开条例》编制本指南。

一、主动公开

(一)公开范围

1.松林省气象管理局职能、机构设置、办公地点、局领导姓名及简介;

2.气象业统计信息;

(二)公开形式

本机关主要采取网上公开形式,网址为:http://qx.songlin.gov.cn/。
`;

const noOpen = `為保障公民、法人和其他組織依法獲取政府信息,特編制《柳河縣政府信息指南》(以下簡稱指南)。
一、主動公開范圍
柳河縣政府信息公開具體內容詳見《柳河縣政府信息公開目錄》。
二、依申請公開政府信息
(一)申請方式。
1.電子郵箱申請。申請人下載申請表,填寫后發送至lhzfxx@ example.cn郵件標題注明"政府信息公開申請"字樣。
`;

const buildingPoint = `青禾市林业局政府信息公开指南
一、主动公开
(二)公开形式
1、“青禾市林业局”网站:(http://lyj.qinghe.gov.cn/);
2、信息查阅点:青禾市林业局办公楼305房间;地址:青禾路5号;查阅服务时间:上午9:00-12:00,下午14:00-17:30(法定节假日除外);联系电话:0999-5006006。
`;

const acceptingPoint = `柳河区水务局政府信息公开指南
  一、主动公开
  ●公开形式
对于主动公开信息,区水务局主要采取网上公开和在受理点公开两种形式。本机关受理点:区水务局政务公开办公室;办公时间:工作日;联系电话:0999-5007007。
`;

describe('qaguide29: guides read whole', () => {
  it('本机关受理点:X办公室;办公时间:… names the accepting office', () => {
    expect(parseAgencyGuide(acceptingPoint).fields.accepting_office).toBe('区水务局政务公开办公室');
  });

  it('a reading point in a room of the bureau’s own building gives the bureau’s address and hours', () => {
    const guide = parseAgencyGuide(buildingPoint);
    expect(guide.fields.address).toBe('青禾路5号');
    expect(guide.fields.office_hours).toContain('14:00-17:30');
  });

  it('hours cut inside a time keep no cut time', () => {
    const guide = parseAgencyGuide(cutHours);
    expect(guide.fields.office_hours).toContain('没有写明完整时间');
    expect(guide.fields.office_hours).toContain('09:00-12:00');
    expect(guide.fields.office_hours).not.toMatch(/13:3/);
  });

  it('a bare-titled guide is the body its first published item names', () => {
    expect(looksLikeAgencyGuide(bareTitle)).toBe(true);
    const guide = parseAgencyGuide(bareTitle);
    expect(guide.agency).toBe('松林省气象管理局');
    expect(guide.fields.website).toBe('http://qx.songlin.gov.cn/');
  });

  it('《…政府信息指南》 is a guide and its spaced mailbox one address', () => {
    expect(looksLikeAgencyGuide(noOpen)).toBe(true);
    const guide = parseAgencyGuide(noOpen);
    expect(guide.agency).toBe('柳河县人民政府');
    expect(guide.fields.email).toBe('lhzfxx@example.cn');
  });
});

describe('qaguide29: asked in citizens’ words', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['qinghe-guide.txt', cutHours],
      ['songlin-guide.txt', bareTitle],
      ['liuhe-guide.txt', noOpen],
      ['lyj-guide.txt', buildingPoint],
    ]);
  });
  afterAll(() => app.dispose());

  it('几点下班 of cut hours says the time is not written, quoting no cut time', async () => {
    const answer = await app.ask('青禾县政府几点下班');
    expect(answer.kind).toBe('guide');
    expect(answer.answer).toContain('没有写明完整时间');
    expect(answer.answer).not.toMatch(/13:3(?!\d)/);
  });

  it('the bare-titled bureau answers its website', async () => {
    const answer = await app.ask('松林气象管理局信息公开网站');
    expect(answer.kind).toBe('guide');
    expect(answer.answer).toContain('qx.songlin.gov.cn');
  });

  it('去哪儿办 of a bureau read in its own building gives the address', async () => {
    const answer = await app.ask('青禾林业局信息公开去哪儿办');
    expect(answer.kind).toBe('guide');
    expect(answer.answer).toContain('青禾路5号');
  });

  it('换X呢 asks the last field of the newly named agency, as 那X呢 does', async () => {
    const [, switched] = await converse(app, 'qg29-switch', ['柳河县政府信息公开邮箱', '换松林气象管理局呢']);
    expect(switched.kind).toBe('guide');
    expect(switched.answer).toContain('松林省气象管理局');
    expect(switched.answer).toContain('没有写明');
  });

  it('the 繁体 county guide answers its mailbox', async () => {
    const answer = await app.ask('柳河县政府信息公开邮箱');
    expect(answer.kind).toBe('guide');
    expect(answer.answer).toContain('lhzfxx@example.cn');
  });
});
