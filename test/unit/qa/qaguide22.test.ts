/**
 * qaguide22's classes: a page titled as rules (a school's 信息公开办法 under its 规章制度 menu) laid out as a guide, with a
 * 主动公开 part, an 依申请公开 part and the office under (一)受理机构; a street's 政务公开专区 page that takes applications,
 * with its address, phone and hours; a guide with no title whose government is named only by its unquoted catalogue
 * (X县政府信息公开目录分为…) or by the portal it publishes through (通过“X县人民政府”门户网站, the guide speaking of 县政府).
 * A grid company named after its group (国网X县供电公司) is asked for without it (X县供电公司); its guide's list of the
 * classes of 供电服务信息 it discloses is its scope, and the sentence after the one on the 《指南》 naming a website is where the
 * guide is read. A 中等专业学校 is asked for as a 中专; 几号开始受理 asks the date applications are accepted from; 目录主题检索有
 * 多少个分类 asks the catalogue's layout, no count of a report. Made-up guides of made-up agencies.
 */
import { describe, expect, it } from 'vitest';
import { looksLikeAgencyGuide, parseAgencyGuide } from '../../../src/guide/agency-guide.js';
import { agencyAliases } from '../../../src/report/agency-names.js';
import { importTexts, makeTestApp } from '../../helpers.js';

/** A made-up county grid company's guide, with no title line. */
const QINGSHI_GDGS =
  '根据《中华人民共和国政府信息公开条例》,由国网青石县供电公司保存的供电服务信息,除依法免予公开的外,由本公司负责主动公开或者依申请予以提供。\n' +
  '为了更好地提供供电服务信息公开服务,国网青石县供电公司编制了《国网青石县供电公司信息公开指南》(以下简称《指南》)。\n' +
  '本《指南》每年更新一次。公民、法人或者其他组织可以在青石县人民政府网站()查阅。\n' +
  '一、信息分类和编排体系\n国网青石县供电公司主动或依申请公开下列各类供电服务信息:\n(一)机构职能\n主要包括:机构设置及主要职能情况。\n' +
  '(二)统计数据\n主要包括:供电量、售电量;专项统计报告。\n二、获取形式\n1、主动公开\n';

/** A made-up vocational school's rules page: no 指南 anywhere, the office and contacts under 二、依申请公开. */
const HONGSHI_ZZ =
  '您的位置: 首页-> 规章制度\n为了保障师生员工依法获知学校信息,结合学校实际,特制定本办法\n' +
  '红石市商贸中等专业学校信息分为主动公开、依申请公开和不予公开三种方式。\n一、 主动公开\n1、公开范围\n' +
  '本校向社会公开的信息范围参见本校编制的目录。\n二、依申请公开\n(一)受理机构\n' +
  '本校从2018年3月1日起正式受理信息公开申请,受理机构为红石市商贸中等专业学校办公室。\n' +
  '办公地址:红石市商贸中等专业学校行政楼三楼;\n联系电话:0000-3216540;\n';

/** A made-up street's 政务公开专区 page. */
const QINGSHAN_JD =
  '青山区柳岸街道设有政务公开专区,该功能区域包括提供以下服务:\n' +
  '1、设有政府信息公开申请表,接受本单位依申请公开件并受理;\n' +
  '2、安排专门志愿者指引群众在网上申请。\n' +
  '柳岸街道政务公开专区地址:青山区柳岸路8号街道办事处一楼,联系电话:0000-8887776,上班时间:工作日(8:30-12:00,14:00-17:30)。\n';

/** A made-up county guide with no title: its government named only by its catalogue at a sentence's start. */
const BAISHUI_XZF =
  '为了保障公民依法获取政府信息,做好县政府办公室以及县直相关单位的政府信息公开工作,根据《中华人民共和国政府信息公开条例》规定,制定本公开指南。\n' +
  '一、县政府信息公开目录的分类、编排体系\n白水县政府信息公开目录分为县政府信息、县直单位信息和乡(镇)信息。主题检索支持科技、教育等17个分类的信息查询。\n' +
  '二、县政府办公室政府信息公开目录的主要内容\n机构职能:县政府办公室职责。\n';

/** A made-up county guide crawled as one line: its government named only as the portal it publishes through. */
const LANHE_XZF =
  '| 2025-01-02 | |\n为了进一步规范政府信息公开工作,编制本指南。 一、主动公开 (一)公开内容 1.县政府领导的个人简历; 2.县政府组织机构; ' +
  '(二)公开方式 对于主动公开信息,主要通过“兰河县人民政府”门户网站(http://www.lanhe.example.cn)政府信息公开专栏予以公开。 ' +
  '(三)公开时限 属于主动公开范围,自该信息形成或者变更之日起20个工作日内予以公开。\n';

describe('pages that are guides in all but their title, and guides naming their government only in passing', () => {
  it('a school’s rules page laid out as a guide is its guide', () => {
    expect(looksLikeAgencyGuide(HONGSHI_ZZ)).toBe(true);
    const guide = parseAgencyGuide(HONGSHI_ZZ);
    expect(guide.agency).toBe('红石市商贸中等专业学校');
    expect(guide.fields.phone).toBe('0000-3216540');
  });

  it('a street’s 政务公开专区 page is the street’s guide', () => {
    expect(looksLikeAgencyGuide(QINGSHAN_JD)).toBe(true);
    const guide = parseAgencyGuide(QINGSHAN_JD);
    expect(guide.agency).toBe('青山区柳岸街道');
    expect(guide.fields.phone).toBe('0000-8887776');
  });

  it('a government named by its unquoted catalogue, or by its portal, owns the guide', () => {
    expect(parseAgencyGuide(BAISHUI_XZF).agency).toBe('白水县人民政府');
    const lanhe = parseAgencyGuide(LANHE_XZF);
    expect(lanhe.agency).toBe('兰河县人民政府');
    expect(lanhe.fields.website).toBe('http://www.lanhe.example.cn');
  });

  it('a grid company is known without its group; its classes of service information are its scope; its guide is read on a website', () => {
    expect(agencyAliases('国网青石县供电公司')).toEqual(expect.arrayContaining(['青石县供电公司', '青石供电公司']));
    expect(agencyAliases('红石市商贸中等专业学校')).toEqual(expect.arrayContaining(['商贸中专', '红石商贸中专']));
    const guide = parseAgencyGuide(QINGSHI_GDGS);
    expect(guide.agency).toBe('国网青石县供电公司');
    expect(guide.fields.proactive_scope).toContain('供电量');
    expect(guide.fields.guide_reading).toContain('青石县人民政府网站');
  });

  it('answers each from its guide', async () => {
    const app = makeTestApp();
    await importTexts(app, [
      ['hongshi-zz-guide.txt', HONGSHI_ZZ],
      ['qingshan-liuan-guide.txt', QINGSHAN_JD],
      ['baishui-xzf-guide.txt', BAISHUI_XZF],
      ['lanhe-xzf-guide.txt', LANHE_XZF],
      ['qingshi-gdgs-guide.txt', QINGSHI_GDGS],
    ]);
    const asked: Array<[string, string]> = [
      ['红石市商贸中等专业学校信息公开电话', '0000-3216540'],
      ['柳岸街道政务公开专区电话', '0000-8887776'],
      ['兰河县政府信息公开网站', 'www.lanhe.example.cn'],
      ['青石县供电公司的指南在哪里能看到', '青石县人民政府网站'],
      ['青石县供电公司公开供电量吗', '供电量'],
      ['商贸中专信息公开电话', '0000-3216540'],
      ['红石市商贸中等专业学校几号开始受理申请的', '2018年3月1日'],
      ['白水县政府信息公开目录主题检索有多少个分类', '17个分类'],
    ];
    for (const [question, words] of asked) {
      const answer = await app.ask(question);
      expect(answer.kind, question).toBe('guide');
      expect(answer.answer, question).toContain(words);
    }
    app.dispose();
  });
});
