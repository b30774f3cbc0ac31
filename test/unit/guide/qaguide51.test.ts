/**
 * qaguide51: made-up guides for what guides-65 taught the guide reader (issue #11). A mailbox whose name has a dot in it
 * (x.y@…) is no foreign site to drop; an online application address labelled 申请受理网址 is not the agency's site; the places
 * on the lines below a sentence sending the public to the places that follow are places to read, whatever their names, and
 * their addresses and phones are not the office's; a page on applying alone, with no title, is the county's government's
 * when it hands out the county's own form and speaks of 县政府; an office 设在 a centre is that centre; an item of the
 * channels naming the body's own place to read (2.某某局查阅。 / 地址:… / 开放时间:…) is a reading place with its hours; a
 * heading 公开主要渠道 heads the ways of publishing; hours said in a sentence under a heading 受理申请时间 are the hours; a place
 * whose brackets give hours to look things up there (6.政务服务场所:X大厅(地址:…;查询服务时间:…)) is a reading place after
 * another; a mirror's question marks at a line's start (??1、網上申請:…) leave the item's number opening its line.
 */
import { describe, expect, it } from 'vitest';
import { looksLikeAgencyGuide, parseAgencyGuide } from '../../../src/guide/agency-guide.js';

describe('qaguide51: the guide reader', () => {
  it('keeps a mailbox with a dot in its name, and the site apart from the online application address', () => {
    const guide = parseAgencyGuide(`遵义市发展和改革委员会信息公开指南
一、工作机构
工作机构名称:遵义市发展和改革委员会
联系电话:0851-28221111
电子邮箱:zyfgw.bgs@zunyi.gov.cn
互联网联系方式:遵义市发展和改革委员会门户网站(http://fgw.zunyi.gov.cn),点击“在线咨询”栏目,提出政府信息公开工作相关意见建议。
依申请公开互联网申请受理网址:http://www.zunyi.gov.cn/zwgk/ysqgk/
`);
    expect(guide.fields.email).toBe('zyfgw.bgs@zunyi.gov.cn');
    expect(guide.fields.online_application_url).toBe('http://www.zunyi.gov.cn/zwgk/ysqgk/');
    expect(guide.fields.website).toBe('http://fgw.zunyi.gov.cn');
  });

  it('reads the places listed below 可以到以下场所查阅 as reading places, not the office', () => {
    const guide = parseAgencyGuide(`晋城市人民政府信息公开指南
为了方便公民、法人和其他组织获取晋城市人民政府的政府信息,编制本指南。
一、主动公开的政府信息
(一)公开时限
自信息形成或者变更之日起20个工作日内予以公开。
公民、法人和其他组织可以到以下场所现场查阅政府公报等政府信息。
    晋城市档案馆地址:晋城市城区凤台东街1号
    联系电话:0356-2021111
    晋城市政务服务中心地址:晋城市城区泽州路2号
    联系电话:0356-2022222
二、依申请公开的政府信息
`);
    expect(guide.fields.address).toBeUndefined();
    expect(guide.fields.phone).toBeUndefined();
    expect(guide.fields.reading_places?.join('；')).toContain('晋城市政务服务中心：晋城市城区泽州路2号');
  });

  it('reads a county’s page on applying alone as its government’s, the office where the accepting body sits', () => {
    const text = `公民、法人和其他组织依照《中华人民共和国政府信息公开条例》规定向县政府及组成部门申请主动公开以外的政府信息。
(一)受理机构。
县级政府信息公开受理机构设在县政务信息中心。地址:县政府大院2号楼3楼,联系电话:0917-7211111。
镇政府和县政府各部门也设立相应的受理机构。
(二)受理申请时间。
除法定节假日外,受理申请时间为正常工作时间。
(三)公开程序。
1、申请公开的提出。
申请人向受理机构提出申请公开政府信息时,应如实填写《扶风县政府信息公开申请表》。
2、申请公开的提交方式。
通过信函、传真提交申请。
`;
    expect(looksLikeAgencyGuide(text)).toBe(true);
    const guide = parseAgencyGuide(text);
    expect(guide.agency).toBe('扶风县人民政府');
    expect(guide.fields.accepting_office).toBe('县政务信息中心');
    expect(guide.fields.phone).toBe('0917-7211111');
  });

  it('reads the body’s own place to read as an item of its channels, with its hours, and the channels under 公开主要渠道', () => {
    const guide = parseAgencyGuide(`政府信息公开指南
为更好地提供政府信息公开服务,便于社会公众依法获取吴忠市市场监督管理局的政府信息,编制《吴忠市市场监督管理局政府信息公开指南》。
一、主动公开
(二)公开主要渠道
1.吴忠市人民政府门户网站(www.wuzhong.gov.cn)、“吴忠市场监管”微信订阅号等政务新媒体。
2.吴忠市市场监督管理局查阅。
地    址:吴忠市利通区裕民街8号201室
开放时间:9:00-12:00  14:30-18:00 (周一至周五,节假日除外)
联系电话:0953-2021111
3.其他方式。
`);
    expect(guide.agency).toBe('吴忠市市场监督管理局');
    expect(guide.fields.reading_places).toEqual([
      '吴忠市市场监督管理局：地址:吴忠市利通区裕民街8号201室；开放时间:9:00-12:00 14:30-18:00 (周一至周五,节假日除外)；联系电话:0953-2021111',
    ]);
    expect(guide.fields.proactive_channels).toContain('吴忠市场监管');
  });

  it('reads the hours said in a sentence under a heading 受理申请时间', () => {
    const guide = parseAgencyGuide(`眉县政府信息公开指南
(一)受理机构。
受理机构为县政府办公室。地址:县政府大院1号楼,联系电话:0917-5511111。
(二)受理申请时间。
除法定节假日外,受理申请时间为正常工作时间。
(三)公开程序。
`);
    expect(guide.fields.office_hours).toBe('除法定节假日外,受理申请时间为正常工作时间');
  });

  it('keeps a second place whose brackets give hours to look things up there', () => {
    const guide = parseAgencyGuide(`正镶白旗人民政府信息公开指南
为了方便公民、法人和其他组织获得本机关的政府信息公开服务,编制本指南。
一、主动公开政府信息
(二)公开渠道
5.正镶白旗档案馆(地址:明安图镇新区北环路,查阅服务时间:周一至周五(法定节假日除外)上午:8:30-12:00,联系方式:0479-6221111)。
6.政务服务场所:正镶白旗政务服务大厅(地址:明安图镇查干街政务服务大厅;联系方式:0479-6222222;查询服务时间:周一至周五(法定节假日除外)上午:8:30-12:00)。
(三)公开时限
`);
    expect(guide.fields.reading_places).toHaveLength(2);
    expect(guide.fields.reading_places?.[1]).toContain('查干街政务服务大厅');
    expect(guide.fields.address).toBeUndefined();
  });

  it('reads each numbered way of applying after a mirror’s question marks at the line’s start', () => {
    const guide = parseAgencyGuide(`無錫市發展和改革委員會政府信息公開指南
??二、依申請公開
??(一)申請渠道
??1、網上申請:可在“中國無錫”門戶網站政務公開專欄“依申請公開”頁面,在線填寫提交申請。
??2、信函申請:通信地址為無錫市觀山路199號(收);郵政編碼:214131。
??3、當面申請:接待窗口地址為崇寧路1號(收發室旁);接待時間:周二上午9:30-11:30。
`);
    const notes = guide.fields.channel_notes ?? [];
    expect(notes.some((note) => note.startsWith('网上申请') && note.includes('中國無錫'))).toBe(true);
    expect(notes.some((note) => note.startsWith('当面申请') && note.includes('崇寧路1號'))).toBe(true);
  });
});
