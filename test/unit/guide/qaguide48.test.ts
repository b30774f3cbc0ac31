/**
 * qaguide48: made-up guides for what guides-62 taught the guide reader (issue #11). A town's name of three characters alone on
 * its line over a bare 信息公开指南 is the town's government's guide; 受理…申请的机构为X办公室 read after the heading names X办公室
 * without the sentence's 为; an untitled guide whose opening says one gets X依法公开的政府信息 is X's, not the owner of the city's
 * form it goes on to name; a reading room under 查阅地点 with its 查阅时间 and 联系电话 on the lines under it is one reading place,
 * kept whole (its phone no office's, the sentences sending one to it no place); a 政务公开专区 numbered among the channels, its
 * address, hours and phone on its line, is a reading place kept with them, and so is the next item's archive; a bracket of days
 * off after the hours' semicolon (;(节假日除外)) is theirs; 对外发布政府信息的渠道主要有: lists the channels; a (一)分类 under
 * 主动公开 is the scope when the first 范围 lists what is kept back. Answers: accounts said in the scope's sentence answer 微博叫啥;
 * 啥时候开 asks the hours; 有没有公共查阅室 asks where to read; a weekday asked (星期三开吗) asks the hours; a government's
 * 查阅中心 asked after its name (佛山市政府查阅中心) is the government's, whose guide names it (src/qa/engine.ts), not a body the
 * words before it only resemble (guide-questions-61's 广州 lines, where the city's office was read).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAgencyGuide } from '../../../src/guide/agency-guide.js';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

describe('qaguide48: the guide reader', () => {
  it('reads a town named alone over a bare title as its government, its office without 为', () => {
    const guide = parseAgencyGuide(`政府信息公开

汤泉镇

信息公开指南

  一、获取方式
  (一)主动公开
  本镇主要通过政府门户网站主动公开政府信息。按照规定必须公开的政府信息,自形成或变更之日起20个工作日之内予以公开。
  (二)依申请公开
  1、受理机构
  本机关受理政府信息公开申请的机构为汤泉镇人民政府党政办公室。
  2、申请形式
  向本镇提出政务信息公开申请的,应填写《南京市浦口区政务信息公开申请表》。
`);
    expect(guide.agency).toBe('汤泉镇人民政府');
    expect(guide.fields.accepting_office).toBe('汤泉镇人民政府党政办公室');
  });

  it('reads an untitled guide as the body whose information its opening serves, not its city form’s owner', () => {
    const guide = parseAgencyGuide(`2025
03/12
来源:
市交通运输局
为便于公民、法人和其他组织及时、准确地获取克拉玛依市交通运输局依法公开的政府信息,根据《中华人民共和国政府信息公开条例》有关规定,编制本指南。
一、主动公开
(一)公开渠道
1.政府网站:“克拉玛依市人民政府”门户网站(http://www.klmy.example.cn)“克拉玛依市交通运输局”页面;
二、依申请公开
(一)受理机构
受理机构:克拉玛依市交通运输局办公室
工作时间:上午10:00至13:30,下午15:30至19:00;(节假日除外)。
联系地址:克拉玛依市准噶尔路12号
联系电话:0990-6230000
(二)申请所需材料
申请获取政府信息,应当填写《克拉玛依市人民政府信息公开申请表》,申请表复印有效。
`);
    expect(guide.agency).toBe('克拉玛依市交通运输局');
    expect(guide.fields.accepting_office).toBe('克拉玛依市交通运输局办公室');
    expect(guide.fields.phone).toBe('0990-6230000');
  });

  it('keeps a 查阅地点 with its 查阅时间 and phone as one reading place, not the office’s', () => {
    const guide = parseAgencyGuide(`河北省科学技术厅政府信息公开指南

一、主动公开
(一)公开范围
本机关主动公开的信息,公民、法人和其他组织可以在本机关网站上查阅,也可以到本机关设立的信息资料查阅室进行查阅。
(二)公开形式
网址: http://kjt.hebei.example.cn。
其余网上未公开的信息,公民、法人和其他组织可以到本机关设立的信息资料查阅室查阅。

查阅地点:石家庄市裕华区槐安东路100号科技大厦506室;

查阅时间:每周二上午9:00-11:30 ;

联系电话:0311-85550001 ,85550002。

(三)公开时限
本机关应当公开的政府信息自形成或者变更之日起20个工作日内予以公开。
`);
    expect(guide.fields.reading_places).toEqual([
      '查阅地点:石家庄市裕华区槐安东路100号科技大厦506室；查阅时间:每周二上午9:00-11:30；联系电话:0311-85550001 ,85550002',
    ]);
    expect(guide.fields.phone).toBeUndefined();
  });

  it('reads a 政务公开专区 numbered among the channels as a reading place with its own hours and phone', () => {
    const guide = parseAgencyGuide(`九江市浔阳区人民政府信息公开指南
一、主动公开政府信息
九江市浔阳区人民政府对外发布政府信息的渠道主要有:
1.九江市浔阳区人民政府门户网站(http://xyq.jj.example.cn);
2.政务公开专区,办公地址:九江市浔阳区庐山北路8号浔阳区政务服务大厅一楼;办公时间:上午9:00-12:00 下午13:30-17:00,节假日除外;咨询电话:0792-8555001;
3.充分利用报刊、广播、电视以及区档案馆等多种方式渠道公开政府信息。
(1)浔阳区档案馆,办公地址:九江市浔阳区庐山北路8号;办公时间:星期一至星期五9:00-12:00(法定节假日除外);联系电话:0792-8555002;
`);
    expect(guide.fields.address).toBeUndefined();
    expect(guide.fields.phone).toBeUndefined();
    expect(guide.fields.office_hours).toBeUndefined();
    expect(guide.fields.reading_places?.[0]).toBe(
      '政务公开专区：九江市浔阳区庐山北路8号浔阳区政务服务大厅一楼;办公时间:上午9:00-12:00 下午13:30-17:00,节假日除外;咨询电话:0792-8555001',
    );
    expect(guide.fields.reading_places?.[1]).toMatch(/^浔阳区档案馆：九江市浔阳区庐山北路8号;.*0792-8555002$/);
  });
});

const bureau = `为便于公民、法人和其他组织及时、准确地获取阿克苏地区交通运输局依法公开的政府信息,编制本指南。
一、政府信息公开工作机构
机构名称:阿克苏地区交通运输局办公室
办公地址:阿克苏市西大街15号
工作时间:上午10:00至13:30,下午15:30至19:30;(节假日除外)。
联系电话:0997-2120000
二、主动公开
(一)公开范围及形式
具体信息可参见本机关编制的目录,可以到本机关政府信息公开工作机构查阅,也可以查询政务新媒体(微信公众号:阿克苏地区交通运输局;微博:@阿克苏交通)
(二)公开时限
属于主动公开范围的政府信息,自该信息形成或者变更之日起20个工作日内主动向社会公开。
`;

const department = `首页 > 政务公开 > 信息公开指南
湖南省工业和信息化厅政府信息公开指南

一、信息公开的范围

湖南省工业和信息化厅信息公开坚持“公开为常态、不公开为例外”的原则,除以下信息外:

(一)依法确定为国家秘密的政府信息;

(二)法律、行政法规禁止公开的政府信息;

二、主动公开政府信息

(一)分类

湖南省工业和信息化厅负责发布和公开其职责范围内的政府信息,政府信息具体分为3类。

1、职能类

2、行政许可类

3、工作动态类

(二)编排体系

按主题分类编排。
`;

const district = `为更好地提供政府信息公开服务,编制本指南。
一、主动公开政府信息
九江市濂溪区人民政府对外发布政府信息的渠道主要有:
1.九江市濂溪区人民政府门户网站(http://lxq.jj.example.cn);
2.“濂溪发布”微信公众号:
3.政务公开专区,办公地址:九江市濂溪区十里大道2号政务服务大厅一楼;办公时间:上午9:00-12:00 下午13:30-17:00,节假日除外;咨询电话:0792-8556001;
二、依申请公开
`;

const city = `佛山市政府信息公开指南
一、主动公开
(一)公开形式
1.佛山市人民政府门户网站(http://www.foshan.example.cn);
2.公民、法人和其他组织可以通过佛山市政府信息公开查阅中心获取本机关主动公开的政府信息,地址:佛山市禅城区岭南大道北12号佛山市档案馆一楼,开放时间:周一、周二、周四、周五上午9时至11时45分,下午1时30分至5时。
(二)公开时限
属于主动公开范围的政府信息,自该政府信息形成或者变更之日起20个工作日内予以公开。
`;

describe('qaguide48: the guide reader, more', () => {
  it('keeps the days off in a bracket after the hours’ semicolon', () => {
    expect(parseAgencyGuide(bureau).fields.office_hours).toBe('上午10:00至13:30,下午15:30至19:30;(节假日除外)');
  });

  it('reads the kinds under (一)分类 as the scope when the first 范围 lists what is kept back', () => {
    expect(parseAgencyGuide(department).fields.proactive_scope).toContain('具体分为3类');
  });

  it('reads the channels a district lists after 对外发布政府信息的渠道主要有:', () => {
    expect(parseAgencyGuide(district).fields.proactive_channels).toContain('“濂溪发布”微信公众号');
  });
});

describe('qaguide48: the guide answers', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['bureau.txt', bureau],
      ['department.txt', department],
      ['district.txt', district],
      ['city.txt', city],
    ]);
  });
  afterAll(() => app.dispose());

  it('answers 微博叫啥 from the accounts the scope’s sentence names', async () => {
    const answer = await app.ask('阿克苏地区交通运输局微博叫啥');
    expect(answer.kind).toBe('guide');
    expect(answer.answer).toContain('@阿克苏交通');
    expect(answer.answer).not.toContain('没有写明');
  });

  it('answers 啥时候开 with the hours', async () => {
    const answer = await app.ask('阿克苏地区交通运输局啥时候开');
    expect(answer.answer).toContain('15:30');
  });

  it('answers 分几类 with the kinds the guide lists', async () => {
    const answer = await app.ask('湖南省工信厅主动公开的信息分几类');
    expect(answer.answer).toContain('3类');
  });

  it('answers 有没有公共查阅室 with where the guide says one reads', async () => {
    const answer = await app.ask('九江市濂溪区政府有没有公共查阅室');
    expect(answer.kind).toBe('guide');
    expect(answer.answer).toContain('政务服务大厅一楼');
  });

  it('answers a government’s 查阅中心 asked after its name from its guide, a weekday asked as its hours', async () => {
    const where = await app.ask('佛山市政府信息公开查阅中心在哪');
    expect(where.kind).toBe('guide');
    expect(where.answer).toContain('岭南大道北12号');
    const wednesday = await app.ask('佛山市政府查阅中心星期三开吗');
    expect(wednesday.kind).toBe('guide');
    expect(wednesday.answer).toContain('周四');
  });
});
