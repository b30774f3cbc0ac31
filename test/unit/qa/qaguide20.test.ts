/**
 * qaguide20's classes: an adverb or the verb of compiling before a guide's name in its opening, office hours over four lines,
 * a college's 信息依申请公开细则, a scope under (二)政府信息公开范围, a 目录编排 heading with no 体系, 发布机构为…, ways of
 * applying numbered 1) 2), an account labelled among the contacts, a form's 复印有效; and the questions citizens ask of them
 * (指南是什么时候的, 目录有哪些要素, 会开新闻发布会公开信息吗, 申请表要填几份, 当面交还是寄过去, 发布机构是谁, 信息公开谁负责,
 * 防汛值班电话). Made-up guides of made-up agencies, and the real guides of guide-questions-34.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { looksLikeAgencyGuide, parseAgencyGuide } from '../../../src/guide/agency-guide.js';
import { importTexts, makeTestApp } from '../../helpers.js';

const read = (name: string) => readFileSync(join(__dirname, '..', '..', 'fixtures', 'guides', name), 'utf8');

/** A made-up county-level city bureau: a title without its city, the city after 特编制 in the opening. */
const QINGHE_LYJ =
  '林业局政务信息公开指南\n 为了更好地方便公民获得本单位政务信息,结合实际,特编制青禾市林业局政务信息公开指南。\n' +
  '    一、主动公开\n    (一)公开范围本单位主动向社会免费公开的政务信息范围详见本单位编制的目录。\n' +
  '    二、依申请公开\n    (一)受理机构本单位受理部门为青禾市林业局办公室。\n    办公地址:青禾市林场路8号\n' +
  '    办公时间:上午8:00—12:00,下午2:30—5:30\n    联系电话:0000-6230000\n';

/** A made-up city bureau: title 市民政局…, the city in an adverb's clause; a catalogue under (四)目录编排。; no contacts. */
const BAIHE_MZJ =
  '市民政局政府信息公开指南\n    为方便公众快速、准确地查找白河市民政局依法公开的政府信息,特制定本指南。\n    一、主动公开政府信息\n' +
  '    (一)公开的范围。\n    白河市民政局依法公开的政府信息为非涉密信息。\n    (二)公开的方式。\n' +
  '    白河市民政局主动公开信息采取网上公开的形式,根据具体情况还将采用报纸、电视、新闻发布会等辅助性的公开方式。\n' +
  '    (三)目录编排。\n    目录按分类导航区和检索区编排。索引号是公众获取政府信息原文的号码。\n    二、依申请公开\n';

/** A made-up county bureau with no title: hours on four lines, its account among the contacts, its scope under 政府信息公开范围. */
const LINSHUI_SWJ =
  '为了更好地提供政府信息公开服务,制订本指南。\n一、主动公开\n(一)政府信息公开范围\n1.机构职能;\n2.领导介绍;\n3.防汛信息;\n4.河湖长制;\n' +
  '二、依申请公开\n(一)申请受理机构:临水县水务局办公室\n办公地址:临水县河滨路1号\n政务新媒体:临水水务微信公众号\n' +
  '办公时间:上午8:0012:00\n\n下午15:0018:00\n\n上午8:0012:00(冬季)\n\n下午14:3017:30(冬季)\n联系电话:0000-8020000\n';

/** A made-up college's rules for applying, 1) 2) 3), the form copyable in a sentence of its own, two copies to hand in. */
const QINGHE_COLLEGE =
  '青禾职业技术学院信息依申请公开细则\n\n(一)受理部门\n\n本校信息公开申请受理部门:学校办公室\n\n联系电话:0000-68020000\n\n' +
  '(二)提出途径\n\n1.提出申请\n\n申请人向学校申请公开信息,请填写《青禾职业技术学院信息公开申请表》。《申请表》复印有效。\n\n' +
  '《申请表》可至本信息公开网下载,也可至学校办公室领取,书面填写一式两份。\n\n2. 申请方式\n\n' +
  '1)在线申请。本校已开通信息公开在线申请功能,请通过“依申请公开”进入“在线申请”。\n\n' +
  '2)现场申请。申请人至学校办公室领取并填写《申请表》。\n\n3)书面申请。申请人下载并填写《申请表》后,通过信函方式提出申请。\n';

/** A made-up district bureau: dated under its title, a 综合股 that publishes, a catalogue of elements, cut before applying. */
const BAIHE_SCJ =
  '白河区市场监督管理局政府信息公开指南\n\n    (2024年11月2日)\n\n      编制《白河区市场监督管理局政府信息公开指南》。\n\n' +
  '      综合股是全局政府信息公开工作的主管部门。\n\n      一、主动公开\n\n      (一)公开范围\n\n      综合股负责向社会主动公开下列政府信息:\n\n' +
  '      根据《条例》规定应当主动公开的政府信息。\n\n      (二)编排体系\n\n      信息公开目录主要含以下要素:索引号、发布机构、名称、浏览次数。\n';

/** A made-up district bureau in one run-on paragraph naming its publishing office as 发布机构. */
const LINSHUI_MZJ =
  '根据条例,本机关编制了《临水区民政局信息公开指南》。 一、公开内容 (一)信息分类 1、机构概况 2、法规公文 3、其他 (二)编排体系 ' +
  '1、信息内容 简要描述本机关信息内容。 2、发布机构 本机关信息的发布机构为临水区民政局办公室。 二、获取方式 (一)主动公开 ' +
  '1、公开范围 本机关主动向社会免费公开的信息范围参见《目录》。';

describe('a guide’s name after an adverb or the verb of compiling in its opening (made-up)', () => {
  it('特编制青禾市林业局… and 准确地查找白河市民政局…: the name alone', () => {
    expect(parseAgencyGuide(QINGHE_LYJ).agency).toBe('青禾市林业局');
    expect(parseAgencyGuide(BAIHE_MZJ).agency).toBe('白河市民政局');
  });

  it('广水市水利局 and 巴中市民政局 (real)', () => {
    expect(parseAgencyGuide(read('guangshui-slj-guide.txt')).agency).toBe('广水市水利局');
    expect(parseAgencyGuide(read('bazhong-mzj-guide.txt')).agency).toBe('巴中市民政局');
  });
});

describe('fields read in new shapes (made-up, then real)', () => {
  it('office hours over four lines, a scope under 政府信息公开范围, an account among the contacts', () => {
    const { fields } = parseAgencyGuide(LINSHUI_SWJ);
    expect(fields.office_hours).toContain('14:3017:30(冬季)');
    expect(fields.proactive_scope).toContain('河湖长制');
    expect(fields.proactive_channels).toContain('临水水务微信公众号');
  });

  it('法定节假日除外。 on a line of its own under the mailbox below the hours is part of the hours', () => {
    const guide = parseAgencyGuide(
      '政府信息公开指南\n一、政府信息公开工作机构\n机构名称:白河市林业局办公室\n受理咨询电话:0000-6630000\n办公时间(工作日):\n' +
        '夏季8:00-12:00,15:00-18:00\n冬季8:00-12:00,14:30-17:30\n依申请公开专用邮箱:lyj@example.cn\n法定节假日除外。\n二、主动公开\n',
    );
    expect(guide.fields.office_hours).toContain('14:30-17:30(法定节假日除外)');
    expect(parseAgencyGuide(read('jiyuan-slj-guide.txt')).fields.office_hours).toContain('法定节假日除外');
  });

  it('a catalogue under (三)目录编排。 and 发布机构为… as who publishes', () => {
    expect(parseAgencyGuide(BAIHE_MZJ).fields.catalogue_layout).toContain('原文的号码');
    expect(parseAgencyGuide(LINSHUI_MZJ).fields.publisher).toContain('临水区民政局办公室');
  });

  it('a college’s 信息依申请公开细则: its instructions, its ways numbered 1), its form copyable', () => {
    expect(looksLikeAgencyGuide(QINGHE_COLLEGE)).toBe(true);
    const guide = parseAgencyGuide(QINGHE_COLLEGE);
    expect(guide.agency).toBe('青禾职业技术学院');
    expect(guide.title).toBe('青禾职业技术学院信息依申请公开细则');
    expect(guide.fields.channel_notes?.some((note) => note.startsWith('在线申请') && note.includes('依申请公开'))).toBe(true);
    expect(guide.fields.application_form).toContain('复印有效');
  });

  it('同心县水务局, 周口市水利局 and 上海工商外国语职业学院 (real)', () => {
    expect(parseAgencyGuide(read('tongxin-swj-guide.txt')).fields.office_hours).toContain('冬季:8:30--12:00;14:00--18:00');
    expect(parseAgencyGuide(read('tongxin-swj-guide.txt')).fields.proactive_channels).toContain('水务局微信公众号');
    expect(parseAgencyGuide(read('zhoukou-slj-guide.txt')).fields.proactive_scope).toContain('权责清单');
    const college = parseAgencyGuide(read('sicfl-guide.txt'));
    expect(college.agency).toBe('上海工商外国语职业学院');
    expect(college.fields.application_form).toContain('复印有效');
  });
});

describe('citizens’ questions of those guides, answered from them (made-up)', () => {
  it('each asked in 口语 gets the guide’s own words', async () => {
    const app = makeTestApp();
    await importTexts(app, [
      ['qinghe-lyj-guide.txt', QINGHE_LYJ],
      ['baihe-mzj-guide.txt', BAIHE_MZJ],
      ['linshui-swj-guide.txt', LINSHUI_SWJ],
      ['qinghe-college-guide.txt', QINGHE_COLLEGE],
      ['baihe-scj-guide.txt', BAIHE_SCJ],
      ['linshui-mzj-guide.txt', LINSHUI_MZJ],
    ]);
    const asked: Array<[string, string]> = [
      ['临水县水务局有公众号吗', '临水水务微信公众号'],
      ['临水县水务局冬天下午几点下班', '17:30'],
      ['临水县水务局公开河湖长制的信息吗', '河湖长制'],
      ['白河市民政局会开新闻发布会公开信息吗', '新闻发布会'],
      ['白河市民政局目录里的索引号是什么', '原文的号码'],
      ['白河区市场监管局的指南是什么时候的', '2024年11月2日'],
      ['白河区市场监管局目录有哪些要素', '浏览次数'],
      ['白河区市场监管局信息公开谁负责', '综合股'],
      ['临水区民政局信息的发布机构是谁', '临水区民政局办公室'],
      ['青禾职业技术学院申请表要填几份', '一式两份'],
      ['青禾职业技术学院申请表能复印吗', '复印有效'],
      ['青禾职业技术学院能网上申请吗', '在线申请'],
      ['青禾职业技术学院申请的话是当面交还是可以寄过去', '信函'],
    ];
    for (const [question, words] of asked) {
      const answer = await app.ask(question);
      expect(answer.kind, question).toBe('guide');
      expect(answer.answer, question).toContain(words);
    }
    app.dispose();
  });

  it('a duty line (防汛值班电话, 应急值守电话) is not the disclosure office’s phone', async () => {
    const app = makeTestApp();
    await importTexts(app, [['qinghe-lyj-guide.txt', QINGHE_LYJ]]);
    for (const question of ['青禾市林业局防汛值班电话', '青禾市林业局应急值守电话多少']) {
      const answer = await app.ask(question);
      expect(answer.answer, question).not.toContain('0000-6230000');
    }
    expect((await app.ask('青禾市林业局信息公开电话')).answer).toContain('0000-6230000');
    app.dispose();
  });
});
