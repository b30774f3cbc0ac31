/**
 * qaguide46: made-up guides for what guides-60 taught the parser and the guide answers (issue #11). A place whose own brackets
 * give the hours one may read or look things up there (查询服务时间:…) is a reading place, its address and hours never the
 * office's; a gazette's 地址: in its brackets after its web address is where the gazette is kept, not the office; 机 构: and a page's own 本单位
 * are no part of the office's name; a phone in brackets after its label in a sentence (联系电话(…)咨询) is the phone; a mailbox
 * given only in a way of applying under a website's 政务公开栏目 is the mailbox (栏目 is no notice board); places listed in one
 * sentence with an address and phone in brackets each are as many places; hours whose times lost their colons keep their days;
 * a committee that acts through its office (编纂委员会办公室) is that office; a guide that takes no applications by phone says
 * no to 能打电话申请吗 even when it lists 口头提出; 写字有困难 asks how to apply; hours of 工作日 answer 周末 with a no.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAgencyGuide } from '../../../src/guide/agency-guide.js';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const city = `为了方便公民、法人和其他组织依法获取北原市人民政府的政府信息公开服务,根据《中华人民共和国政府信息公开条例》规定,编制《北原市人民政府信息公开指南》。
1.政府网站:北原市人民政府门户网站;
5.国家档案馆:北原市档案馆(地址:北原市开元路8号;联系方式:0470-5550001;查阅服务时间:周一至周五9:00-12:00,13:30-17:00);
6.政务服务场所:北原市本级政务服务大厅(地址:建设路政务服务大厅;联系方式:0470-5550002;查询服务时间:周一至周五8:30-12:00,14:00-17:30)。
公民、法人或者其他组织(以下简称“申请人”)根据本指南,可申请公开本机关的政府信息。
地址:北原市开元路8号北原市人民政府办公室301房间
工作时间:上午9:00-12:00,13:30-17:00(周一至周五,法定节假日除外)
联系电话:0470-5550003
`;

const banner = `东岭旗水利局信息公开指南
一、主动公开
(二)公开形式
1.政府公报:《东岭旗人民政府公报》(网址:http://www.dongling.example.cn/gb/;地址:东岭旗水利局),联系电话:0479-5550004
线下公开渠道:
1.东岭旗水利局
2.通信地址:东岭旗中心镇团结大街水利局302室。
3.邮政编码:027999。
4.办公时间:8:30-12:00,14:30-17:30(工作日)
`;

const province = `(2019年修订)
公民、法人和其他组织需要我厅主动公开以外的政府信息,可以向我厅申请获取。
一、受理机构
机 构:南江省林业厅办公室
办公地址:南江市林园路9号
联系电话:0990-5550005
二、申请步骤
申请人可以到受理机构现场提出申请。
`;

const county = `西川县档案局政府信息公开指南
二、依申请公开
(一)受理申请机构
本机关信息公开申请受理机构:本单位利用科;办公地址:西川县城关镇和平路2号;联系电话:0527-5550006
`;

const bracketPhone = `南沙县统计局政府信息公开指南
二、信息公开方式
(二)依申请公开 1.申请 申请人向本部门申请公开本部门的信息,应填写《南沙县统计局信息公开申请表》。《申请表》可以在受理机构处领取,申请人可通过联系电话(0539-5550007)咨询相关申请手续。
`;

const committee = `政府信息公开申请须知
公民、法人和其他组织需要我单位提供主动公开以外的政务信息,可以向我单位申请获取。
(一)受理机构
  受理机构:北江省地方志编纂委员会办公室
  办公地址:北江省南城路10号
  联系电话:025-5550008
(二)公开程序
  申请人向本单位申请公开政府信息,应填写北江省地方志编纂委员会办公室《政务信息公开申请表》。
  (1)通过互联网提出申请。申请人可以在北江省地方志网站政务公开栏目下载《申请表》,填写后通过电子邮件方式(电子邮箱地址:bjdfz@example.cn)提出申请。
  (2)口头申请。申请人采用上述方式确有困难的,可以采用当面口头提出申请。
  我单位不受理通过电话方式提出的申请,但申请人可以通过电话咨询。
`;

const places = `东山县政府信息公开指南
一、主动公开
(三)公开渠道
公民、法人和其他组织还可以前往县档案馆(县城东山路与平安街十字向北200米,0917-5550011)、县图书馆(县文化中心二楼,0917-5550012)、县政务服务大厅(城投大厦一楼东厅,0917-5550013)设置的政府信息查询点获取政府信息。
`;

const unreadableHours = `南河区信访办公室政府信息公开指南
二、依申请公开政府信息
(一)申请接收渠道
1.当面提交
地址:北京市南河区河西大街9号
工作时间:900——11.301400——1700(周一至周五,节假日除外)
联系电话:69550009
`;

describe('qaguide46: what is read', () => {
  it('reads a place whose brackets give its hours for looking things up as a place to read, not the office', () => {
    const guide = parseAgencyGuide(city);
    expect(guide.fields.address).toBe('北原市开元路8号北原市人民政府办公室301房间');
    expect(guide.fields.office_hours).toContain('法定节假日除外');
    expect(guide.fields.office_hours).not.toContain('8:30');
    expect(guide.fields.phone).toBe('0470-5550003');
  });

  it('reads no office address in a gazette’s brackets after its web address', () => {
    const guide = parseAgencyGuide(banner);
    expect(guide.fields.address).toBe('东岭旗中心镇团结大街水利局302室');
  });

  it('drops the label 机 构: and the page’s own 本单位 from the office’s name', () => {
    expect(parseAgencyGuide(province).fields.accepting_office).toBe('南江省林业厅办公室');
    expect(parseAgencyGuide(county).fields.accepting_office).toBe('利用科');
  });

  it('reads a phone in brackets after its label in a sentence', () => {
    expect(parseAgencyGuide(bracketPhone).fields.phone).toBe('0539-5550007');
  });

  it('reads a committee that acts through its office as that office, and its mailbox from a way of applying', () => {
    const guide = parseAgencyGuide(committee);
    expect(guide.agency).toBe('北江省地方志编纂委员会办公室');
    expect(guide.fields.email).toBe('bjdfz@example.cn');
  });

  it('reads places listed in one sentence, each with an address and phone in brackets, as as many places', () => {
    const read = parseAgencyGuide(places).fields.reading_places ?? [];
    expect(read).toHaveLength(3);
    expect(read[2]).toContain('城投大厦一楼东厅');
    expect(read[2]).toContain('0917-5550013');
  });

  it('keeps the days of hours whose times lost their colons, the times said unreadable', () => {
    const hours = parseAgencyGuide(unreadableHours).fields.office_hours ?? '';
    expect(hours).toContain('周一至周五');
    expect(hours).toContain('无法辨认');
    expect(hours).not.toContain('900');
  });
});

describe('qaguide46: what is answered', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['committee.txt', committee],
      ['banner.txt', banner],
      ['county.txt', county],
    ]);
  });
  afterAll(() => app.dispose());

  it('says no to applying by phone when the guide takes none, though it lists applying orally', async () => {
    const answer = await app.ask('北江省地方志编纂委员会办公室能打电话申请吗');
    expect(answer.kind).toBe('guide');
    expect(answer.answer).toMatch(/^不可以/);
    expect(answer.answer).toContain('不受理通过电话方式提出的申请');
  });

  it('answers 周末 of hours said of working days with a no', async () => {
    const answer = await app.ask('东岭旗水利局星期六上班吗');
    expect(answer.answer).toContain('周六、周日不办公');
  });

  it('reads 写字有困难 as asking how to apply', async () => {
    const answer = await app.ask('北江省地方志编纂委员会办公室写字有困难咋办');
    expect(answer.kind).toBe('guide');
    expect(answer.answer).toContain('口头');
  });
});
