/**
 * qaguide23's classes: a guide titled with the level word alone for its place (自治区卫生健康委信息公开指南) is the body the text
 * names with its place (新疆…自治区卫生健康委员会); a guide with a bare 信息公开指南 title whose office is named only by
 * 受理机构为X管委会办公室 is the committee's; a guide that opens by revising itself (对《X信息公开指南》调整修订如下) is a guide.
 * Hours by season on lines of their own whose season words are spaced out to align (夏    季:上午8∶00至12∶00) are the hours; a
 * mailbox named only as where an application is sent (填写后发送至x@y) is the guide's email; a catalogue part headed by the
 * body's name (一、州卫生健康委员会信息分类) is the catalogue's layout, run past 一、二级类目 (two levels counted, no heading), and
 * 信息怎么分类 / 主题分类有几级类目 ask it. A year in the title itself (X乡2018年政务信息公开指南) is the guide's edition. Made-up guides of made-up agencies.
 */
import { describe, expect, it } from 'vitest';
import { looksLikeAgencyGuide, parseAgencyGuide } from '../../../src/guide/agency-guide.js';
import { importTexts, makeTestApp } from '../../helpers.js';

/** A made-up region's health commission: the title names only 自治区, the body the region. */
const QINGSHI_WJW =
  '自治区卫生健康委信息公开指南\n为方便公众及时、准确地获得自治区卫生健康委的政府信息,编制本指南如下。\n' +
  '一、主动公开信息的范围和方式\n我委主动向社会免费公开的政府信息范围,详见青石自治区卫生健康委员会门户网站“政务公开”栏目。\n' +
  '二、依申请公开政府信息的办理程序\n1.信函申请。填写后邮寄到自治区卫生健康委办公室(通讯地址:青石自治区白水市河东路9号,邮编:000111)。\n' +
  '2.电子邮箱申请。从我委门户网站上下载申请表,填写后发送至qswjw@example.com,请在邮件主题中注明“政府信息公开申请”字样。\n';

/** A made-up development zone's guide: a bare title, the office named only as the accepting body. */
const HONGSHI_KFQ =
  '信息公开指南\n\n为方便公民、法人和其他组织获取本行政机关政府信息,按照《中华人民共和国政府信息公开条例》规定,编制本指南。本指南每年更新一次。\n\n' +
  '一、公开内容\n\n《条例》第二十条规定需要主动公开的政府信息。\n\n三、政府公开信息的获取方式\n\n(一)受理机构\n\n' +
  '受理机构为红石经济技术开发区管委会办公室。\n\n办公地址: 红石市江东路8号\n\n' +
  '办公时间(工作日):\n\n    夏    季:上午8∶00至12∶00,下午15∶00至18: 00\n\n    冬    季:上午8∶00至12∶00,下午14∶30至17: 30 \n\n' +
  '联系电话:0000-2624601\n\n传真:0000-2624602\n';

/** A made-up prefecture's guide revising itself in its first sentence, with no title. */
const BAIYUN_WJW =
  '为帮助公民、法人和其他组织方便、快捷地获取政府信息,根据《中华人民共和国政府信息公开条例》,对《白云州卫生健康委员会信息公开指南》调整修订如下:\n' +
  '一、州卫生健康委员会信息分类\n(一)主题分类:分四级类目,一、二级类目采用国务院主题分类,三、四级类目采用本省主题分类。\n' +
  '人事信息 |\n人事任免、公务员考录 |\n(二)体裁分类:命令、决定、公告、通知。\n' +
  '二、州卫生健康委员会信息编排体系\n政府信息公开目录使用电子文档方式编排、记录和存储各类信息。\n';

describe('qaguide23: guides named by a level word, by their accepting office, or by the guide they revise', () => {
  it('a title with 自治区 alone is the body the text names with its region', () => {
    expect(looksLikeAgencyGuide(QINGSHI_WJW)).toBe(true);
    expect(parseAgencyGuide(QINGSHI_WJW).agency).toBe('青石自治区卫生健康委员会');
  });

  it('a bare title whose accepting office is a committee’s is the committee’s guide', () => {
    expect(looksLikeAgencyGuide(HONGSHI_KFQ)).toBe(true);
    const guide = parseAgencyGuide(HONGSHI_KFQ);
    expect(guide.agency).toBe('红石经济技术开发区管委会');
    expect(guide.fields.phone).toBe('0000-2624601');
    expect(guide.fields.office_hours).toContain('夏');
    expect(guide.fields.office_hours).toContain('14∶30至17: 30');
  });

  it('a mailbox named only as where an application is sent is the guide’s email', () => {
    expect(parseAgencyGuide(QINGSHI_WJW).fields.email).toBe('qswjw@example.com');
  });

  it('a catalogue part headed by the body’s name is the layout, past 一、二级类目', () => {
    const layout = parseAgencyGuide(BAIYUN_WJW).fields.catalogue_layout ?? '';
    expect(layout).toContain('四级类目');
    expect(layout).toContain('公务员考录');
  });

  it('a guide revising itself in its first sentence is a guide of the body it names', () => {
    expect(looksLikeAgencyGuide(BAIYUN_WJW)).toBe(true);
    expect(parseAgencyGuide(BAIYUN_WJW).agency).toBe('白云州卫生健康委员会');
  });

  it('all three are stored and answered as guides', async () => {
    const app = makeTestApp();
    await importTexts(app, [
      ['qingshi-wjw.txt', QINGSHI_WJW],
      ['hongshi-kfq.txt', HONGSHI_KFQ],
      ['baiyun-wjw.txt', BAIYUN_WJW],
    ]);
    const zone = await app.ask('红石经开区信息公开电话多少');
    expect(zone.kind).toBe('guide');
    expect(zone.answer).toContain('0000-2624601');
    const region = await app.ask('青石自治区卫健委邮编多少');
    expect(region.kind).toBe('guide');
    expect(region.answer).toContain('000111');
    const winter = await app.ask('红石经开区冬季下午几点下班');
    expect(winter.answer).toContain('17: 30');
    const kinds = await app.ask('白云州卫健委的信息怎么分类');
    expect(kinds.kind).toBe('guide');
    expect(kinds.answer).toContain('主题分类');
    const levels = await app.ask('白云州卫健委主题分类有几级类目');
    expect(levels.answer).toContain('四级');
    app.dispose();
  });

  it('a year in the title is the guide’s edition', async () => {
    const text =
      '白石乡2017年政务信息公开指南\n为做好政府信息公开工作,特编制《白石乡人民政府信息公开指南》。\n一、主动公开的政府信息\n1、乡人民政府规范性文件。\n';
    expect(parseAgencyGuide(text).fields.revised).toBe('2017年');
    const app = makeTestApp();
    await importTexts(app, [['baishi.txt', text]]);
    const answer = await app.ask('白石乡信息公开指南是哪一年的');
    expect(answer.answer).toContain('2017');
    app.dispose();
  });
});
