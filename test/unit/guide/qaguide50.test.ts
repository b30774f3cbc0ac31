/**
 * qaguide50: made-up guides for what guides-64 taught the guide reader (issue #11). A guide serving a city's government and
 * its general office (获取X市政府和X市政府办公厅的政府信息) is the government's; a township's office's guide is its
 * government's; question marks a mirror prints before a title are no part of the name; a title-less guide is the body its
 * letters go to (通信地址为X市…市某某委(收)), placed in the address's city; 电子邮箱联系方式, 传真号码为 and 通信地址为 are
 * labels; an office named before its place after a colon (受理机构为X办公室:某某路…) is the office; 咨询电话(0xxx)xxxxxxx is a
 * phone; an address on the gazette's own item of the channels is the gazette's; a reading hall's address on the indented line
 * after its sentence is the hall's, not the office's.
 */
import { describe, expect, it } from 'vitest';
import { parseAgencyGuide } from '../../../src/guide/agency-guide.js';

describe('qaguide50: the guide reader', () => {
  it('reads a city government with its general office as the government, its office and contacts', () => {
    const guide = parseAgencyGuide(`《洛阳市政府信息公开指南(2020年版)》

  为更好地提供政府信息公开服务,便于公民、法人或者其他组织依法获取洛阳市政府和洛阳市政府办公室的政府信息,根据《中华人民共和国政府信息公开条例》,编制本指南。

  一、政府信息公开工作机构

  机构名称:政务公开科

  办公地址:洛阳市开元大道218号

  联系电话:0379-63111111
`);
    expect(guide.agency).toBe('洛阳市人民政府');
    expect(guide.fields.accepting_office).toBe('政务公开科');
    expect(guide.fields.phone).toBe('0379-63111111');
  });

  it('reads a township’s office’s guide as its government’s, a mirror’s ?? before the title dropped', () => {
    expect(
      parseAgencyGuide(`三河镇人民政府办公室信息公开指南
为更好地提供政府信息公开服务,便于公民、法人或者其他组织依法获取三河镇人民政府和三河镇人民政府办公室信息,编制本指南。
●受理机构
本机关信息公开申请受理机构:三河镇党政办公室;办公地址:安徽省合肥市肥西县三河镇人民政府二楼;联系电话:0551-68811111。
`).agency,
    ).toBe('三河镇人民政府');
    const mirrored = parseAgencyGuide(`??甘肃省林业和草原局政府信息公开指南
?
一、政府信息公开工作机构及联系方式
受理机构:省林草局办公室。
办公地址:兰州市城关区民主东路1号。
電子郵箱聯系方式:gslcj@163.com。
`);
    expect(mirrored.agency).toBe('甘肃省林业和草原局');
    expect(mirrored.fields.email).toBe('gslcj@163.com');
  });

  it('reads a title-less guide as the body its letters go to, in its address’s city, with labels said with 为', () => {
    const guide = parseAgencyGuide(`一、主动公开
属于主动公开范围的政府信息,自该政府信息形成或者变更之日起20个工作日内予以公开。
二、依申请公开
(一)申请渠道
1、信函申请:通信地址为天津市河西区友谊路30号市交通运输委(收);邮政编码:300201。请在信封左下角注明“政府信息公开申请”字样。
2、传真申请:传真号码为022-23111111。请注明“政府信息公开申请”字样。
`);
    expect(guide.agency).toBe('天津市交通运输委');
    expect(guide.fields.fax).toBe('022-23111111');
    expect(guide.fields.post_code).toBe('300201');
    expect(guide.fields.address).toContain('友谊路30号');
  });

  it('keeps an office named before its place after a colon, and a phone with its area code in brackets', () => {
    const guide = parseAgencyGuide(`内黄县政府信息公开指南
一、主动公开
本机关政府信息公开咨询电话(0372)7811111。
二、依申请公开
●受理机构
受理机构为内黄县政府信息公开领导小组办公室:人民路政府院内政务公开办;邮政编码:456300。
`);
    expect(guide.fields.accepting_office).toBe('内黄县政府信息公开领导小组办公室');
    expect(guide.fields.phone).toBe('(0372)7811111');
  });

  it('keeps the gazette’s address and a reading hall’s indented address from the office’s', () => {
    const gazette = parseAgencyGuide(`苏尼特左旗人民政府信息公开指南
  (二)公开渠道
  1.政府网站:苏尼特左旗人民政府门户网站(网址:http://www.snzq.gov.cn);
  2.政府公报:《苏尼特左旗人民政府公报》(网址:http://www.snzq.gov.cn/gb/index.html)地址:苏尼特左旗党政大楼3楼);
`);
    expect(gazette.fields.address).toBeUndefined();
    const hall = parseAgencyGuide(`北京市西城区政务服务管理局信息公开指南
        (二)公开形式
        1.北京市西城区政府门户网站(http://www.bjxch.gov.cn/)
        同时通过政府信息公开大厅查阅。

        地址:北京市西城区槐柏树街2号(政务服务中心一层)
`);
    expect(hall.fields.address).toBeUndefined();
    expect(hall.fields.reading_places?.[0]).toContain('槐柏树街2号');
  });
});
