/**
 * qaguide48: made-up guides for what guides-62 taught the guide reader (issue #11). A town's name of three characters alone on
 * its line over a bare 信息公开指南 is the town's government's guide; 受理…申请的机构为X办公室 read after the heading names X办公室
 * without the sentence's 为; an untitled guide whose opening says one gets X依法公开的政府信息 is X's, not the owner of the city's
 * form it goes on to name; a reading room under 查阅地点 with its 查阅时间 and 联系电话 on the lines under it is one reading place,
 * kept whole (its phone no office's, the sentences sending one to it no place); a 政务公开专区 numbered among the channels, its
 * address, hours and phone on its line, is a reading place kept with them, and so is the next item's archive.
 */
import { describe, expect, it } from 'vitest';
import { parseAgencyGuide } from '../../../src/guide/agency-guide.js';

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
