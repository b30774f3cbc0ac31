/**
 * qaguide32: guides the parser left unread or without their contacts, and questions asked of them (issue #11). A 须知 page
 * opening on the application part's sentence (需获取…主动公开范围以外的信息, or the old rules' 根据自身生产、生活、科研等特殊需要,
 * 向…申请获取) is a guide; an address said only as 邮寄至…, a fax said only as 传真到…, and the room an application is handed in
 * at (到…接待室当面提交) are read, and ways run on one line apart by semicolons are noted clause by clause; 下午能去吗 asks the hours; a bus's departure (几点发车) is no office's hours; a place named with
 * nothing a report or guide holds (天气, 过路费) is refused, not asked which of its agencies; 那第五人民医院呢 after a sibling
 * hospital of a place was refused asks the last question of that place's numbered unit. Made-up guides.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { looksLikeAgencyGuide, parseAgencyGuide } from '../../../src/guide/agency-guide.js';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const needingPage = `首页 政务公开依申请公开
依申请公开须知
公民、法人和其他组织需获取县水利局主动公开范围以外的信息,可向相关受理机构申请获取。
(一)受理机构。
县水利局政府信息公开受理机构:县水利局办公室。
办公时间:8:30—12:00、14:30—17:30(法定节假日除外)。
通信地址:青禾县河滨路66号县水利局办公室;邮政编码:999500。
联系电话:0999-5512345
(二)受理程序。
1.提出申请。申请人申请公开政府信息,应填写《青禾县水利局政府信息公开申请表》。个人提出申请时,应当同时提供身份证复印件。
`;

const oldRulesPage = `( 温馨提示:本页不受理信访、投诉事项,业务咨询请拨打12345。)
公民、法人和其他组织可以根据自身生产、生活、科研等特殊需要,向柳河市住房和城乡建设局申请获取相关政府信息。
一、申请方式
1、在线申请:申请人可以进入在线申请页面提交申请。
2、其他方式:邮寄申请,如实填写《申请表》后,通过信函方式邮寄至柳河市人民大街88号柳河市住房和城乡建设局办公室,邮编:999600(信封左下角注明"政府信息公开申请");传真方式:填写《申请表》后传真到0999-6623456;当面申请:填写《申请表》后,可直接到柳河市住房和城乡建设局一楼接待大厅当面提交,接待时间:星期一至星期五上午9:00-11:30(节假日除外)。
二、申请答复
收到申请后,不能当场答复的,自收到申请之日起20个工作日内予以答复。
`;

const busBureau = `松林县交通运输局政府信息公开指南
根据《中华人民共和国政府信息公开条例》,编制本指南。
受理机构:松林县交通运输局办公室
办公地址:松林县车站路9号
办公时间:周一至周五8:00-12:00、14:00-17:30(法定节假日除外)
联系电话:0999-8812345
`;

const provinceOne = `云岭省交通运输厅政府信息公开指南
根据《中华人民共和国政府信息公开条例》,编制本指南。
受理机构:云岭省交通运输厅办公室
办公地址:云岭市长安路1号
联系电话:0999-1112345
`;

const provinceTwo = `云岭省邮政管理局政府信息公开指南
根据《中华人民共和国政府信息公开条例》,编制本指南。
受理机构:云岭省邮政管理局办公室
办公地址:云岭市长安路2号
联系电话:0999-1116789
`;

const numberedHospital = `青禾市第三人民医院信息公开指南
为方便公民、法人和其他组织获取本院信息,编制《青禾市第三人民医院信息公开指南》。
信息公开咨询电话:0999-3398765
接受咨询的时间:上午8:00-11:30,下午2:00-5:30
通讯地址:青禾市健康路3号 邮编:999700
`;

describe('qaguide32: guides read whole', () => {
  it('a 须知 page opening on 需获取…以外的信息 is a guide, its office and contacts read', () => {
    expect(looksLikeAgencyGuide(needingPage)).toBe(true);
    const guide = parseAgencyGuide(needingPage);
    expect(guide.agency).toBe('青禾县水利局');
    expect(guide.fields.phone).toBe('0999-5512345');
    expect(guide.fields.post_code).toBe('999500');
  });

  it('the old rules’ 特殊需要 page is a guide; 邮寄至, 传真到 and 到…当面提交 give its address, fax and place', () => {
    expect(looksLikeAgencyGuide(oldRulesPage)).toBe(true);
    const guide = parseAgencyGuide(oldRulesPage);
    expect(guide.agency).toBe('柳河市住房和城乡建设局');
    expect(guide.fields.mailing_address).toBe('柳河市人民大街88号柳河市住房和城乡建设局办公室');
    expect(guide.fields.fax).toBe('0999-6623456');
    expect(guide.fields.address).toBe('柳河市住房和城乡建设局一楼接待大厅');
    expect(guide.fields.post_code).toBe('999600');
    // The ways run on one line apart by semicolons: each note is its own clause, not the line.
    const inPerson = guide.fields.channel_notes?.find((note) => note.startsWith('当面'));
    expect(inPerson).toContain('一楼接待大厅');
    expect(inPerson).not.toContain('传真到');
    const letter = guide.fields.channel_notes?.find((note) => note.startsWith('信函'));
    expect(letter).toContain('信封左下角');
    expect(letter).not.toContain('传真到');
  });
});

describe('qaguide32: asked in citizens’ words', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['qinghe-slj-guide.txt', needingPage],
      ['liuhe-zjj-guide.txt', oldRulesPage],
      ['songlin-jtj-guide.txt', busBureau],
      ['yunling-jtt-guide.txt', provinceOne],
      ['yunling-yzglj-guide.txt', provinceTwo],
      ['qinghe-dsrmyy-guide.txt', numberedHospital],
    ]);
  });
  afterAll(() => app.dispose());

  it('寄到哪 of the 特殊需要 page gives the address its sentence names', async () => {
    const answer = await app.ask('柳河市住房和城乡建设局申请寄到哪');
    expect(answer.kind).toBe('guide');
    expect(answer.answer).toContain('人民大街88号');
  });

  it('下午能去交申请吗 asks the hours', async () => {
    const answer = await app.ask('柳河市住房和城乡建设局下午能去交申请吗');
    expect(answer.kind).toBe('guide');
    expect(answer.answer).toContain('上午9:00-11:30');
  });

  it('a bus’s departure is not the bureau’s hours', async () => {
    const answer = await app.ask('松林县到省城的客车几点发车');
    expect(answer.kind).not.toBe('guide');
    expect(answer.answer).not.toContain('8:00-12:00');
  });

  it('a province named with a toll or the weather is refused, not asked which of its agencies', async () => {
    for (const question of ['云岭高速公路过路费怎么收', '云岭今天天气怎么样']) {
      const answer = await app.ask(question);
      expect(answer.kind, question).toBe('refusal');
    }
    const which = await app.ask('云岭电话多少');
    expect(which.kind).toBe('clarify');
  });

  it('那第三人民医院呢 after the place’s first hospital was refused asks the third’s phone', async () => {
    const [refused, answer] = await converse(app, 'qaguide32-hospital', ['青禾市第一人民医院信息公开电话', '那第三人民医院呢']);
    expect(refused.kind).toBe('refusal');
    expect(answer.kind).toBe('guide');
    expect(answer.answer).toContain('0999-3398765');
  });
});
