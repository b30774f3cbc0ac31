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
