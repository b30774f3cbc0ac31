/**
 * qaguide19's classes: a guide's own words on steps the regulation also rules on (an unclear application, what happens after
 * applying, information another agency holds, 数据电文 and 电子签名, following an application by its 受理号), who publishes,
 * the 政府公报, 现场查阅 and the days one may come. The real sentences of the guides on file and a made-up second example of each.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAgencyGuide } from '../../../src/guide/agency-guide.js';
import { importTexts, makeTestApp } from '../../helpers.js';

const read = (name: string) => readFileSync(join(__dirname, '..', '..', 'fixtures', 'guides', name), 'utf8');

/** A made-up county bureau's guide that says each step in its own words, and no office hours. */
const LINSHUI =
  '临水县林业局政府信息公开指南\n为便于公民获取临水县林业局的政府信息，编制本指南。\n一、主动公开\n' +
  '局办公室负责向社会主动公开本局的政府信息。下属各站所的政府信息由信息生成和保存机构负责公开。\n' +
  '主动公开的政府信息通过临水县人民政府门户网站公开，也可于工作日前往临水县林业局一楼查阅室获取。\n' +
  '《临水县人民政府公报》为月刊，免费向社会发放；纸质公报可在县政务服务中心二楼查阅。\n' +
  '二、依申请公开\n受理机构:临水县林业局办公室\n联系电话:0000-5556667\n' +
  '1.本局收到申请后，先登记编号，再对申请材料是否齐全进行审核。\n' +
  '2.申请内容描述不清楚的，本局将通知申请人补充、更改。\n' +
  '3.所申请信息由其他机关掌握的，本局将申请转送该机关，并告知申请人。\n' +
  '4.通过电子邮件提出申请的，须附有效的电子签名。\n' +
  '5.网上申请提交后，申请人可凭受理编号在县政府网站“依申请公开”栏目查询办理进度。\n';

describe('a guide’s own words on the steps of an application (made-up 临水县林业局)', () => {
  it('reads each step as a field of its own', () => {
    const { fields } = parseAgencyGuide(LINSHUI);
    expect(fields.unclear_application).toContain('补充、更改');
    expect(fields.handling).toContain('登记编号');
    expect(fields.transfer).toContain('转送该机关');
    expect(fields.electronic_signature).toContain('电子签名');
    expect(fields.progress_query).toContain('受理编号');
    expect(fields.publisher).toContain('局办公室负责向社会主动公开');
    expect(fields.publisher).toContain('信息生成和保存机构');
    expect(fields.gazette).toContain('月刊');
    expect(fields.gazette).toContain('政务服务中心二楼');
    expect(fields.office_hours).toBeUndefined();
    expect(fields.visiting_days).toContain('工作日前往');
  });

  it('answers each from the guide, not the general rules', async () => {
    const app = makeTestApp();
    await importTexts(app, [['linshui-lyj-guide.txt', LINSHUI]]);
    const asked: Array<[string, string]> = [
      ['临水县林业局申请写得不清楚会怎么样', '补充、更改'],
      ['临水县林业局收到申请以后怎么处理', '登记编号'],
      ['临水县林业局 我要的信息不归他们管怎么办', '转送该机关'],
      ['临水县林业局用电子邮件申请要电子签名吗', '电子签名'],
      ['临水县林业局网上申请了怎么查进度', '受理编号'],
      ['临水县林业局谁负责主动公开信息', '局办公室'],
      ['临水县林业局下属站所的信息由谁公开', '信息生成和保存机构'],
      ['临水县林业局 县政府公报多久出一期', '月刊'],
      ['临水县林业局 政府公报要钱吗', '免费'],
      ['临水县林业局周末能去吗', '工作日'],
    ];
    for (const [question, words] of asked) {
      const answer = await app.ask(question);
      expect(answer.kind, question).toBe('guide');
      expect(answer.answer, question).toContain(words);
      expect(answer.answer, question).toContain('《临水县林业局政府信息公开指南》');
    }
    app.dispose();
  });

  it('a guide that says none of it: the question goes on as before (the form, the general rules)', async () => {
    const app = makeTestApp();
    const bare =
      '临川县档案局政府信息公开指南\n一、依申请公开\n受理机构:临川县档案局办公室\n办公时间:周一至周五 8:30-17:30\n联系电话:0000-1112223\n';
    const { fields } = parseAgencyGuide(bare);
    expect(fields.unclear_application).toBeUndefined();
    expect(fields.gazette).toBeUndefined();
    expect(fields.visiting_days).toBeUndefined();
    await importTexts(app, [['linchuan-daj-guide.txt', bare]]);
    const unclear = await app.ask('临川县档案局申请写得不清楚会怎么样');
    expect(unclear.answer).toContain('补正');
    expect((await app.ask('临川县档案局周末能去吗')).answer).toContain('8:30');
    app.dispose();
  });
});

describe('the real sentences of the guides on file', () => {
  it('大连交通大学, 孙庄乡, 平顺县气象局, 滨州优抚医院, 吴兴区政府, 义乌卫健局, 址山镇, 黄圃镇, 襄阳高新区, 汉中农业农村局', () => {
    expect(parseAgencyGuide(read('djtu-guide.txt')).fields.unclear_application).toContain('作出更改、补充');
    const sunzhuang = parseAgencyGuide(read('jingxing-sunzhuang-guide.txt')).fields;
    expect(sunzhuang.unclear_application).toContain('作出更改、补充');
    expect(sunzhuang.transfer).toContain('协助将申请转递相关受理机关');
    expect(parseAgencyGuide(read('pingshun-qxj-guide.txt')).fields.electronic_signature).toContain('电子签名');
    expect(parseAgencyGuide(read('binzhou-yfyy-guide.txt')).fields.handling).toContain('要件');
    expect(parseAgencyGuide(read('wuxing-qzf-guide.txt')).fields.progress_query).toContain('受理號');
    expect(parseAgencyGuide(read('yiwu-wjj-guide.txt')).fields.publisher).toContain('市卫生健康局办公室负责向社会主动公开');
    expect(parseAgencyGuide(read('heshan-zhishan-guide.txt')).fields.publisher).toContain('信息生成和保存機構');
    expect(parseAgencyGuide(read('zhongshan-huangpu-guide.txt')).fields.gazette).toContain('半月刊');
    expect(parseAgencyGuide(read('xiangyang-gxq-guide.txt')).fields.gazette).toContain('高新区政务服务中心查阅纸质公报');
    expect(parseAgencyGuide(read('hanzhong-nyncj-guide.txt')).fields.visiting_days).toContain('工作日前往');
  });

  it('黄圃镇的政府公报在哪能看到: the 公报’s words, then the reading places as before', async () => {
    const app = makeTestApp();
    await importTexts(app, [['zhongshan-huangpu-guide.txt', read('zhongshan-huangpu-guide.txt')]]);
    const where = await app.ask('黄圃镇的政府公报在哪能看到');
    expect(where.answer).toContain('黄圃图书馆');
    expect(where.answer).toContain('半月刊');
    expect((await app.ask('黄圃镇政府公报要钱吗')).answer).toContain('免费赠阅');
    app.dispose();
  });
});

describe('guides of guide-questions-33: who the guide is, its reading places’ own lines, a scope after the agency’s name', () => {
  it('a page with no title is the guide of the body whose office accepts, not of the province whose form it copies (made-up)', () => {
    const guide = parseAgencyGuide(
      '为了保障公民依法获取政府信息,结合税收工作实际,编制本指南。\n申请人提出申请时,应填写《国家税务总局某某省税务局政府信息公开申请表》。\n' +
        '本机关受理政府信息公开申请的机构为:国家税务总局青禾县税务局办公室。\n本机关收到申请后,自收到申请之日起20个工作日内予以答复。\n',
    );
    expect(guide.agency).toBe('国家税务总局青禾县税务局');
    expect(guide.fields.accepting_office).toBe('国家税务总局青禾县税务局办公室');
  });

  it('霍邱县税务局 (real): the county bureau, its office without the label’s 为:', () => {
    const guide = parseAgencyGuide(read('huoqiu-swj-guide.txt'));
    expect(guide.agency).toBe('国家税务总局霍邱县税务局');
    expect(guide.fields.accepting_office).toBe('国家税务总局霍邱县税务局政务公开工作领导小组办公室');
  });

  it('an opening’s verb is no part of the agency; a reading place’s own lines are its entry, not the office’s hours (made-up)', () => {
    const guide = parseAgencyGuide(
      '为了保障公民、法人和其他组织依法获取黄山市林业局政府信息,提高黄山市林业局工作的透明度,充分发挥黄山市林业局政府信息对人民群众生产、生活的服务作用,根据《中华人民共和国政府信息公开条例》等规定,制定本指南。\n一、主动公开\n(一)公开形式\n' +
        '1.黄山市林业局门户网站(http://lyj.huangshan.example/);\n也可前往市档案馆获取政府信息。\n' +
        '市档案馆 办公地址:黄山市人民路8号2楼\n联系电话:0000-3334445\n服务时间:周一至周五 上午8:30-12:00\n',
    );
    expect(guide.agency).toBe('黄山市林业局');
    expect(guide.fields.office_hours).toBeUndefined();
    expect(guide.fields.phone).toBeUndefined();
    const archive = guide.fields.reading_places?.find((place) => place.startsWith('市档案馆'));
    expect(archive).toContain('人民路8号2楼');
    expect(archive).toContain('0000-3334445');
    expect(archive).toContain('8:30-12:00');
  });

  it('延安市医保局 (real): its name, its own site, the archive’s phone and summer hours as the archive’s', async () => {
    const guide = parseAgencyGuide(read('yanan-ybj-guide.txt'));
    expect(guide.agency).toBe('延安市医疗保障局');
    expect(guide.fields.website).toBe('http://ybj.yanan.gov.cn/');
    expect(guide.fields.office_hours).toBeUndefined();
    const app = makeTestApp();
    await importTexts(app, [['yanan-ybj-guide.txt', read('yanan-ybj-guide.txt')]]);
    expect((await app.ask('延安市医保局 档案馆查阅点电话多少')).answer).toContain('0911-7097420');
    expect((await app.ask('延安医保局档案馆暑假下午几点开始')).answer).toContain('15:00');
    expect((await app.ask('延安市医保局政府信息目录怎么编排的')).answer).toContain('索引号');
    app.dispose();
  });

  it('a scope after 公开 + the agency’s own name + 以下信息 (广水市医保局, real), and a site named without an address', async () => {
    const guide = parseAgencyGuide(read('guangshui-ybj-guide.txt'));
    expect(guide.fields.proactive_scope).toContain('領導班子');
    const app = makeTestApp();
    await importTexts(app, [['guangshui-ybj-guide.txt', read('guangshui-ybj-guide.txt')]]);
    const site = await app.ask('廣水醫保局網站');
    expect(site.answer).toContain('广水市人民政府门户网站');
    expect(site.answer).toContain('没有写明公开网址');
    app.dispose();
  });

  it('social insurance and tax services asked of a bureau get the 12345 service reply (made-up 青禾)', async () => {
    const app = makeTestApp();
    await importTexts(app, [
      ['qinghe-rsj-guide.txt', '青禾县人力资源和社会保障局政府信息公开指南\n受理机构:青禾县人社局办公室\n联系电话:0000-2223334\n'],
    ]);
    for (const question of ['青禾县人社局养老保险怎么交', '青禾县人社局生育津贴怎么领', '青禾县人社局医保卡怎么办']) {
      const answer = await app.ask(question);
      expect(answer.answer, question).toContain('12345');
      expect(answer.facts, question).toEqual([]);
    }
    app.dispose();
  });
});
