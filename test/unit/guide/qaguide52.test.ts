/**
 * qaguide52: made-up guides for what guides-66 taught the guide reader and its answers (issue #11). A page with no title is the
 * guide of the body its opening says one gets the information of (获取X的政府信息, 获得X的政府信息公开服务), not of the archives or
 * library it lists first among its reading places; a title that says the body's own field again after its name (某某区教育局
 * 教育信息公开指南) names the bureau; office hours go on after a semicolon with the next season named by its one word (夏:),
 * and keep the line of days off under them after their full stop; the address on the line under a way of applying is that
 * way's; a government's affairs offices are asked by their everyday names (港澳办, 台办, 侨办); and hours whose days off say
 * 公休日不受理申请 answer 周末开门吗 with no. From guide-questions-65's gaps: a 查阅室 or 查阅点 asked by that common word is the
 * reading place the guide gives, whatever its own word for it; a catalogue read on the portal named without its address is
 * given the site's address the guide states; and a county whose name starts with a level word (镇原县, 乡宁县) is a region, not
 * a level word waiting for one. A head's name asked of a body known by its guide alone is said missing from its guide, not
 * from reports the store does not hold (src/qa/engine.ts); a spam mirror's gambling words (腾讯分分官网开奖) are named as no site.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { looksLikeAgencyGuide, parseAgencyGuide } from '../../../src/guide/agency-guide.js';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

describe('qaguide52: the guide reader', () => {
  it('reads a page with no title as the guide of the body its opening serves, not its first reading place', () => {
    const text = `为了更好地提供政府信息公开服务,便于公民、法人或者其他组织准确地获取滦南县市场监督管理局的政府信息,根据《中华人民共和国政府信息公开条例》,制定本指南。
一、主动公开
(二)公开方式
滦南县档案馆、滦南县图书馆均可查阅公开的相关政府信息。
(1)县档案馆:滦南县友谊路12号,联系电话:4121111。
二、依申请公开
(一)受理机构:县市场监管局办公室;办公地址:滦南县建设大街8号;联系电话:4122222。
`;
    expect(looksLikeAgencyGuide(text)).toBe(true);
    expect(parseAgencyGuide(text).agency).toBe('滦南县市场监督管理局');
  });

  it('reads the body whose information service the opening offers, under a bare title', () => {
    const guide = parseAgencyGuide(`信息公开指南
为方便公民、法人和其他组织获得海门市人民政府的政府信息公开服务,按照《中华人民共和国政府信息公开条例》要求,编制本指南。
一、获取方式
按照规定必须公开的政府信息,自形成或变更之日起20个工作日内予以公开。
1.受理机构
本机关受理政府信息公开申请的机构为海门市人民政府办公室。
`);
    expect(guide.agency).toBe('海门市人民政府');
  });

  it('reads a title that says the bureau’s own field again after its name as the bureau’s', () => {
    const guide = parseAgencyGuide(`龙山县统计局统计信息公开指南
本《指南》每年更新一次,公民、法人和其他组织可以在龙山县人民政府网站(网址:http://www.xxls.gov.cn)上查阅。
一、信息分类和编排体系
`);
    expect(guide.agency).toBe('龙山县统计局');
  });

  it('keeps a county whose own name starts with a level word (镇原县) as the region it is', () => {
    const guide = parseAgencyGuide(`政府信息公开指南
为更好地提供政府信息公开服务,便于社会公众依法获取镇原县市场监督管理局的政府信息,编制《镇原县市场监督管理局政府信息公开指南》。
一、主动公开
联系电话:0934-7121111
`);
    expect(guide.agency).toBe('镇原县市场监督管理局');
  });

  it('keeps the summer’s hours after a semicolon, the season named by its one word', () => {
    const guide = parseAgencyGuide(`梨树县白山乡人民政府信息公开指南
(二)受理机构。
本机关受理机构为梨树县白山乡人民政府办公室
办公时间:冬:8:30-11:30,13:00-16:00;夏:8:30-11:30,13:30-17:30(节假日除外)
联系电话:0434-5211111
`);
    expect(guide.fields.office_hours).toBe('冬:8:30-11:30,13:00-16:00;夏:8:30-11:30,13:30-17:30(节假日除外)');
  });

  it('keeps the line of days off under the hours after their full stop', () => {
    const guide = parseAgencyGuide(`光山县人民政府信息公开指南
一、工作机构
受理機構為光山縣政府信息公開辦公室。
受理時間:夏季上午8:00-12:00,下午15:00-18:00;冬季上午8:00-12:00,下午14:30-17:30。

節假日、公休日不受理申請。

聯系電話:0376-8611111
`);
    expect(guide.fields.office_hours).toContain('公休日不受理申請');
  });

  it('gives the address on the line under a way of applying with that way', () => {
    const guide = parseAgencyGuide(`天津市人民政府信息公开指南
二、依申请公开
(一)申请接收渠道
1、当面提交
本机关在市档案馆设置政府信息公开申请受理点,申请人可到现场当面提交申请。
地址:天津市河西区友谊路1号
2、邮政寄送
`);
    expect(guide.fields.channel_notes?.join('；')).toContain('友谊路1号');
  });
});

describe('qaguide52: answers', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'fujian-gab-guide.txt',
        `福建省人民政府港澳事务办公室政府信息公开指南
一、依申请公开
(一)受理机构
受理机构:福建省人民政府港澳事务办公室秘书处
通讯地址:福州市鼓屏路61号
联系电话:0591-87111111
邮政编码:350003
`,
      ],
      [
        'zhenyuan-scjg-guide.txt',
        `政府信息公开指南
为更好地提供政府信息公开服务,便于社会公众依法获取镇原县市场监督管理局的政府信息,编制《镇原县市场监督管理局政府信息公开指南》。
一、主动公开
(二)公开主要渠道
1.镇原县人民政府门户网站(www.zhenyuan.gov.cn)。
2.镇原县市场监督管理局查阅。
地    址:镇原县城关镇南大街6号203受理室
开放时间:8:30-12:00  14:30-18:00 (周一至周五,节假日除外)
联系电话:0934-7121111
3.其他方式。
`,
      ],
      [
        'jingyuan-guide.txt',
        `泾源县政府信息公开指南
为方便公民、法人和其他组织获得政府信息服务,泾源县人民政府政务公开办公室编制了《泾源县政府信息公开指南》。公民、法人和其他组织可以在泾源县政府门户网站上(http://www.nxjy.gov.cn)进行查阅。
一、主动公开
具体信息可参见本机关编制的《泾源县政府信息公开目录》(以下简称《目录》)。公民、法人和其他组织可以在泾源县政府门户网站上查阅《目录》,也可以到本机关进行查阅。
`,
      ],
      [
        'qiqihar-guide.txt',
        `齐齐哈尔市政府信息公开指南
为ξ方便公民、法人和其他组织依法获取政府信息,编制本指Ψ南。 一、主动公↘开政府信息 (三)政府信息的公开方式 政府信息主要通过“中国·鹤城”政府√门户网站(网址/)、《腾讯分分官网开奖公报》予以公开。同时,还通过腾讯分分官网开奖新⌒ 闻发布会予以公开。 (四)政府信息公▓开时限▂ 属于主动公开范围的政府信息,应该自该政府信息形成或者变更之日起20个工作日内予以公开。
`,
      ],
      [
        'guangshan-guide.txt',
        `光山县人民政府信息公开指南
一、工作机构
受理机构为光山县政府信息公开办公室。
办公地址:光山县紫水大道1号
受理时间:夏季上午8:00-12:00,下午15:00-18:00;冬季上午8:00-12:00,下午14:30-17:30。

节假日、公休日不受理申请。

联系电话:0376-8611111
`,
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('knows a government’s 港澳事务办公室 as its 港澳办', async () => {
    const answer = await app.ask('福建省港澳办信息公开电话');
    expect(answer.kind).toBe('guide');
    expect(answer.answer).toContain('0591-87111111');
  });

  it('says a head’s name is not in the guide, not in reports it does not have, of a body known by its guide alone', async () => {
    const answer = await app.ask('福建省港澳办主任是谁');
    expect(answer.kind).toBe('refusal');
    expect(answer.answer).toContain('政府信息公开指南');
    expect(answer.answer).not.toContain('年度报告中');
  });

  it('names no spam mirror’s gambling words as a site the guide publishes on', async () => {
    const answer = await app.ask('齐齐哈尔市政府信息公开网站是啥');
    expect(answer.kind).toBe('guide');
    expect(answer.answer).not.toMatch(/未写网址）：[^\n]*分分/);
  });

  it('answers the hours of a 查阅室 asked by the common word with the reading place the guide gives', async () => {
    const answer = await app.ask('镇原县市场监管局查阅室几点开门');
    expect(answer.kind).toBe('guide');
    expect(answer.answer).toContain('8:30-12:00');
  });

  it('gives the site’s address beside a catalogue read on the portal named without it', async () => {
    const answer = await app.ask('泾源县政府信息公开目录在哪查');
    expect(answer.kind).toBe('guide');
    expect(answer.answer).toContain('www.nxjy.gov.cn');
  });

  it('answers 周末开门吗 with no when the hours’ days off say 公休日不受理申请', async () => {
    const answer = await app.ask('光山县信息公开周末开门吗');
    expect(answer.kind).toBe('guide');
    expect(answer.answer).toContain('周六、周日不办公');
  });
});
