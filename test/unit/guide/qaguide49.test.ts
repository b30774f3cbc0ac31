/**
 * qaguide49: made-up guides for what guides-63 taught the guide reader (issue #11). A 地区's or 盟's guide, titled with the
 * place alone, is stored under the place's bare name as its reports are (a 地区 has a 行署, no 人民政府); contacts under a
 * numbered heading that names a reading centre ((二)档案局文件查阅中心) are the centre's, not the office's; an office named
 * 本机关X办公室 is the agency's X办公室; the 公开形式 sentence naming 当面受理点 among the forms names no place, and a 受理点 said
 * after the website's clause is read from its own clause; the office a sentence sends applications to (可以向X综合处提出申请)
 * is the accepting office; 主动公开下列主要政府信息: lists the scope.
 */
import { describe, expect, it } from 'vitest';
import { parseAgencyGuide } from '../../../src/guide/agency-guide.js';

describe('qaguide49: the guide reader', () => {
  it('stores a 地区’s guide under the place, and keeps a reading centre’s contacts under its heading as the centre’s', () => {
    const guide = parseAgencyGuide(`和田地区政府信息公开指南
信息来源: 政务公开办 2018-03-01

    一、政府信息公开范围

本级行政机关公开政府信息的范围,主要是涉及公民、法人或者其他组织切身利益的事项。

二、政府信息查询方式

(一)和田地区行署网站

和田地区行署网站(http://www.xjht.gov.cn/)政务公开栏目设有相应子栏目,公众可根据需要直接点击查询。

(二)档案局文件查阅中心

公众可以到行署档案局文件查阅中心查阅相关政府信息。档案局办公地址:和田市北京西路8号,联系电话:0903-2011111

(三)和田地区政务公开办

和田地区政务公开办承办本行政机关的政府信息公开事宜,政务公开办办公地址:和田地区行署办公楼政务公开办公室。办公时间:周一至周五,联系电话:0903-2022222,邮编:848000
`);
    expect(guide.agency).toBe('和田地区');
    expect(guide.fields.phone).toBe('0903-2022222');
    expect(guide.fields.address).toBe('和田地区行署办公楼政务公开办公室');
    expect(guide.fields.reading_places).toHaveLength(1);
    expect(guide.fields.reading_places?.[0]).toContain('北京西路8号');
    expect(guide.fields.reading_places?.[0]).toContain('0903-2011111');
  });

  it('names 本机关’s office with the agency, and reads no place from the 公开形式 sentence', () => {
    const guide = parseAgencyGuide(`首页 > 政务公开 > 乡镇信息公开目录 > 麻塘乡 > 信息公开指南
麻塘乡2024年政府信息公开指南

为了更好地为公民、法人和其他组织提供政府信息公开服务,本机关编制了《城步县麻塘乡政府信息公开指南》,凡需要本机关提供政府信息公开服务的公民、法人和其他组织,建议阅读《指南》。

    公民、法人和其他组织可以登录城步县政府门户网(网址:http://www.chengbu.gov.cn/)上查阅《指南》,也可以到本机关党政办公室查阅《指南》,地址:城步县麻塘乡人民政府大院。

   一、主动公开

    公开形式。对于主动公开信息,本机关主要采取网上公开和在当面受理点公开两种公开形式,除此之外本机关还将采用简报、电视等其他公开方式。其中网上公开地址是:县政府门户网(网址:http://www.chengbu.gov.cn/),机关当面受理点是本机关党政办公室。

    公开时限。属于主动公开范围的政府信息,自该政府信息形成或者变更之日起20个工作日内予以公开。
`);
    expect(guide.agency).toBe('城步县麻塘乡人民政府');
    expect(guide.fields.accepting_office).toBe('城步县麻塘乡人民政府党政办公室');
    expect(guide.fields.reading_places).toEqual(['机关当面受理点是本机关党政办公室']);
  });

  it('reads the office a sentence sends applications to, and the scope after 下列主要政府信息', () => {
    const guide = parseAgencyGuide(`江西省林业局政府信息公开指南

为贯彻施行《中华人民共和国政府信息公开条例》,特编制《江西省林业局政府信息公开指南》(以下简称《指南》)。

一、主动公开

江西省林业局负责向社会主动公开下列主要政府信息:

1、江西省林业局的职能、职责和法定权限,联系方式;

2、林业主要法律法规、规章及规范性文件;

公开时限:属于主动公开范围的政务信息,自该政务信息形成或者变更之日起20个工作日内予以公开。

二、依申请公开

(一)公开范围

公民、法人和其他组织依申请获取江西省林业局主动公开以外的政务信息,可以向江西省林业局办公室提出申请,江西省林业局办公室根据掌握该信息的实际
`);
    expect(guide.fields.accepting_office).toBe('江西省林业局办公室');
    expect(guide.fields.proactive_scope_full ?? guide.fields.proactive_scope).toContain('法定权限');
  });
});
