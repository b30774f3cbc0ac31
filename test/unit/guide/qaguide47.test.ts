/**
 * qaguide47: made-up guides for what guides-61 taught the guide reader and the guide answers (issue #11). An untitled guide
 * that says 修订本指南并实时更新 is a guide; so is one whose office is named under (二)受理方式 (现场受理机构为…), and an
 * agency's 政务信息依申请公开制度 that opens on the office taking applications with its contacts. A sentence opening on
 * 查询地址 after a place to read gives that place's contacts, not the office's (the place kept whole, its room and phone); a
 * 查阅中心 is a reading place (its 地址 no office's, its 开放时间 in the sentence after kept); 联系电话:A/B(传真) is the phone A;
 * 信息公开申请网址 is where to apply online, not the site; 本机关政府网站 after the district's portal is the agency's own
 * site; 索引号是一组N位代码 is how the index number is made (索引号几位 asks it); an office that letters go to (收件人:) takes the
 * applications when none is named; X自治区政府 is X自治区人民政府; 官方政务新媒体为X微信公众号 is an account; 该表复制有效,
 * 可在…领取 says where the form the sentence before names is got. Answers: 查阅时间 is the reading hours the ways of publishing
 * give, and 公示栏在哪 the board they place.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { looksLikeAgencyGuide, parseAgencyGuide } from '../../../src/guide/agency-guide.js';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const street = `为便于公民、法人和其他组织依法获取本机关的政府信息,根据《中华人民共和国政府信息公开条例》,修订本指南并实时更新。
一、本机关持有政府信息基本情况
1.机关简介;
二、本机关对外发布政府信息渠道
(一)线上渠道。
重庆市江津区德感街道官方网站,网址:http://www.jiangjin.example.cn/dg/;
(二)线下渠道
街道公示栏。地址:重庆市江津区德感街道办事处门口(德感大道18号)。
三、政府信息依申请公开事项
申请人填写《重庆市江津区德感街道政府信息公开申请表》。
(一)申请接受渠道
1.信函申请,收件地址:重庆市江津区德感大道18号3楼302室;收件人:重庆市江津区德感街道办事处党政办公室;
`;

const civilDefence = `《指南》每年更新一次,公民、法人和其他组织可以在吉林市人民防空办公室网站(http://rf.jlcity.example.cn)上查阅。
一、主动公开信息
(一)公开的范围。本机关主动向社会免费公开的信息范围参见本机关编制的《吉林市人民防空办公室信息公开目录》。
(二)公开的形式。对于主动公开信息,本机关主要采取网上公开和到吉林市人民防空办公室查阅两种形式。
查阅电话:0432—5550011
查阅时间:周一至周五8:00—11:30,13:30—16:30 (节假日除外)。
二、依申请公开信息
(二)受理方式。本机关有网上受理信息公开申请和现场受理。
信息公开申请网址:http://zwgk.jlcity.example.cn/ysqgk/
信息公开咨询电话:(0432)5550012
现场受理机构为吉林市人民防空办公室秘书处
(三)申请的提出。向本机关提出申请的,请认真填写《吉林市政府信息公开申请表》。该表复制有效,可在受理机关领取,也可以在本机关网站下载电子版。
`;

const rules = `宜昌市统计局政务信息依申请公开制度
一、受理申请机构
受理机构为宜昌市统计局办公室。办公地址:宜昌市西陵区沿江大道52号;联系电话:0717-5550013/0717-5550014(传真);邮政编码:443000。
二、提出申请
(1)通过电话提出申请。申请人拨打电话:0717-5550013至受理机构即可提出申请。
`;

const audit = `临夏县审计局政府信息公开指南
一、主动公开
(二)公开渠道
主要通过临夏县政府门户网站(http://www.linxiaxian.example.cn/)政府信息公开专栏予以公开。
(四)查阅场所
公民、法人和其他组织可以到临夏县政府办公室信息中心查阅相关政府信息。查询地址:甘肃省临夏州临夏县韩集镇人民路行政中心大楼1208室,联系电话:0930-5550015。
(五)政务新媒体
临夏县官方政务新媒体为临夏发布微信公众号,主办单位为临夏县政府办公室。
`;

const region = `为更好地提供政府信息公开服务,制定本指南。
一、主动公开信息
(二)公开方式
宁夏回族自治区政府主动公开的政府信息主要通过宁夏回族自治区政府门户网站公开,并根据需要在图书馆、档案馆等场所设置政府信息查阅点。
(三)查询方法
公民、法人和其它组织从宁夏回族自治区政府门户网站上(http://www.nx.example.cn),通过索引的方式获取需要的主动公开信息。
`;

const city = `佛山市政府信息公开指南
一、获取形式
1.公开形式。本机关政府信息公开主要采取政府网站网上公开形式。本机关网上信息公开网址为 http://www.foshan.example.cn。
(2)通过佛山市政府信息公开查阅中心获取本机关主动公开的政府信息。地址:佛山市禅城区岭南大道北12号佛山市档案馆一楼。開放時間:周一、周二、周四上午9時至11時45分。
`;

const subdistrict = `公开指南
为了更好地提供政府信息公开服务,本机关编制了《东莞市南城街道政府信息公开指南》。公民、法人或者其他组织可以在东莞市人民政府网站(www.dg.example.cn)和本机关政府网站(http://www.dg.example.cn/nc/)上查阅本《指南》。
一、信息分类和编排体系
`;

describe('qaguide47: what the guide reader reads', () => {
  it('takes an untitled guide that says 修订本指南 for a guide, with a board and letters to an office', () => {
    expect(looksLikeAgencyGuide(street)).toBe(true);
    const guide = parseAgencyGuide(street);
    expect(guide.agency).toBe('重庆市江津区德感街道办事处');
    expect(guide.fields.accepting_office).toBe('重庆市江津区德感街道办事处党政办公室');
    expect(guide.fields.mailing_address).toContain('3楼302室');
  });

  it('takes the office under (二)受理方式, the online address apart from the site, and where the form called 该表 is got', () => {
    expect(looksLikeAgencyGuide(civilDefence)).toBe(true);
    const guide = parseAgencyGuide(civilDefence);
    expect(guide.agency).toBe('吉林市人民防空办公室');
    expect(guide.fields.accepting_office).toBe('吉林市人民防空办公室秘书处');
    expect(guide.fields.online_application_url).toBe('http://zwgk.jlcity.example.cn/ysqgk/');
    expect(guide.fields.website).toBe('http://rf.jlcity.example.cn');
    expect(guide.fields.application_form).toContain('可在受理机关领取');
  });

  it('reads an agency’s 依申请公开制度 as its guide, the phone before the fax that shares its label', () => {
    expect(looksLikeAgencyGuide(rules)).toBe(true);
    const guide = parseAgencyGuide(rules);
    expect(guide.agency).toBe('宜昌市统计局');
    expect(guide.fields.phone).toBe('0717-5550013');
    expect(guide.fields.fax).toBe('0717-5550014');
  });

  it('keeps a reading place’s 查询地址 and phone as the place’s, and reads an account said in a sentence', () => {
    const guide = parseAgencyGuide(audit);
    expect(guide.fields.address).toBeUndefined();
    expect(guide.fields.phone).toBeUndefined();
    expect(guide.fields.reading_places?.join('')).toContain('1208室,联系电话:0930-5550015');
    expect(guide.fields.proactive_channels).toContain('临夏发布微信公众号');
  });

  it('names a region’s government written short as its 人民政府', () => {
    expect(parseAgencyGuide(region).agency).toBe('宁夏回族自治区人民政府');
  });

  it('keeps a 查阅中心’s address from the office: it is a reading place, with its hours in the sentence after', () => {
    const guide = parseAgencyGuide(city);
    expect(guide.agency).toBe('佛山市人民政府');
    expect(guide.fields.address).toBeUndefined();
    const place = guide.fields.reading_places?.join('') ?? '';
    expect(place).toContain('岭南大道北12号');
    expect(place).toContain('11時45分');
  });

  it('takes 本机关政府网站 for the agency’s own site', () => {
    expect(parseAgencyGuide(subdistrict).fields.website).toBe('http://www.dg.example.cn/nc/');
  });
});

describe('qaguide47: what is answered', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['street.txt', street],
      ['civil-defence.txt', civilDefence],
    ]);
  });
  afterAll(() => app.dispose());

  it('answers 查阅时间 with the reading hours the ways of publishing give', async () => {
    const answer = await app.ask('吉林市人防办查阅时间');
    expect(answer.kind).toBe('guide');
    expect(answer.answer).toContain('8:00—11:30');
  });

  it('answers where the board is from the ways of publishing', async () => {
    const answer = await app.ask('德感街道公示栏在哪');
    expect(answer.kind).toBe('guide');
    expect(answer.answer).toContain('德感大道18号');
  });
});

describe('qaguide47: an index number’s length', () => {
  const guide = `宁夏回族自治区人民政府信息公开指南
(四)查询方法
公民、法人和其它组织从宁夏回族自治区政府门户网站上(http://www.nx.example.cn),通过索引的方式获取需要的主动公开信息。
说明:1、索引号
索引号是一组15位代码,是每条政府公开信息的识别代码。
`;
  it('reads 索引号是一组N位代码 as how the index number is made, and answers 几位 with it', async () => {
    expect(parseAgencyGuide(guide).fields.catalogue_index).toContain('15位代码');
    const app = makeTestApp();
    try {
      await importTexts(app, [['region.txt', guide]]);
      const answer = await app.ask('宁夏回族自治区政府索引号是几位');
      expect(answer.kind).toBe('guide');
      expect(answer.answer).toContain('15位');
    } finally {
      app.dispose();
    }
  });
});
