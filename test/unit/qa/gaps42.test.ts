/**
 * gaps42: homophones typed for the word of a field or of a zone's kind — 信息公开邮相 (邮箱: xiang), 经开去 (经开区: qu) — are
 * read as the word meant, only where the word before and after make it one (a verb 去 after 重新 or before a place stays). Made-up
 * guides of made-up agencies.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { correctKindTypos } from '../../../src/qa/typos.js';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

/** A made-up development zone's guide: a bare title, the office named only as the accepting body. */
const HONGSHI_KFQ =
  '信息公开指南\n\n为方便公民、法人和其他组织获取本行政机关政府信息,按照《中华人民共和国政府信息公开条例》规定,编制本指南。本指南每年更新一次。\n\n' +
  '一、公开内容\n\n《条例》第二十条规定需要主动公开的政府信息。\n\n三、政府公开信息的获取方式\n\n(一)受理机构\n\n' +
  '受理机构为红石经济技术开发区管委会办公室。\n\n办公地址: 红石市江东路8号\n\n联系电话:0000-2624601\n\n传真:0000-2624602\n\n' +
  '电子邮箱:hskfq@example.com\n';

describe('gaps42: homophones of a field word or a zone kind (made-up guide)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [['hongshi-kfq.txt', HONGSHI_KFQ]]);
  });
  afterAll(() => app.dispose());

  it('reads 邮相 after 信息公开 as 邮箱', async () => {
    const answer = await app.ask('红石经济技术开发区管委会信息公开邮相');
    expect(answer.answer).toContain('hskfq@example.com');
  });

  it('reads 经开去 before 信息公开 as 经开区', async () => {
    const answer = await app.ask('红石经开去信息公开电话');
    expect(answer.answer).toContain('0000-2624601');
  });

  it('leaves 去 as a verb and 邮 words that are no mailbox', () => {
    expect(correctKindTypos('重新去政府网站看看', ['科技局'])).toBe('重新去政府网站看看');
    expect(correctKindTypos('我去信息公开办', ['科技局'])).toBe('我去信息公开办');
    expect(correctKindTypos('信息公开邮相是多少', ['科技局'])).toBe('信息公开邮箱是多少');
    expect(correctKindTypos('高新去信息公开电话', ['科技局'])).toBe('高新区信息公开电话');
  });
});

/** A made-up health commission's guide: four ways numbered, the email way headed 电子邮箱申请, the letter way naming EMS. */
const QINGHE_WJW =
  '青禾市卫生健康委员会政府信息公开指南\n为方便公众获得青禾市卫生健康委员会的政府信息,编制本指南。\n' +
  '一、主动公开\n本机关政府信息公开采取主动公开和依申请公开两种方式。主要通过青禾市卫生健康委员会门户网站(网址:http://wjw.qinghe.example/)公开。\n' +
  '二、依申请公开\n(一)受理机构\n受理机构为青禾市卫生健康委员会办公室。办公地址:青禾市河西路8号。联系电话:0000-1234567\n' +
  '(二)申请方式\n1.在线申请。在我委门户网站在线填写申请表后提交。\n' +
  '2.信函申请。填写后邮寄到我委办公室(邮编:000222)。邮寄请选用“邮政挂号信”或“邮政快递(EMS)”。\n' +
  '3.电子邮箱申请。填写后发送至qhwjw@example.com,请在邮件主题中注明“政府信息公开申请”字样。\n' +
  '4.当面申请。申请人可持相关证件到办公室提交。\n' +
  '三、目录编排体系\n目录主要含以下要素:索引号、名称、公开时限。公开时限指信息公开的期限,分为常年公开、及时公开、限时公开。\n';

describe('gaps42: the note of the way asked (电子邮箱申请, 用什么邮寄) and the guide’s two ways of disclosing (made-up guide)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [['qinghe-wjw.txt', QINGHE_WJW]]);
  });
  afterAll(() => app.dispose());

  it('answers 发邮件申请要注意什么 with the note of the way headed 电子邮箱申请', async () => {
    const answer = await app.ask('青禾市卫健委发邮件申请要注意什么');
    expect(answer.answer).toContain('邮件主题');
  });

  it('answers 寄申请用什么邮寄 with the letter way’s note', async () => {
    const answer = await app.ask('青禾市卫健委寄申请用什么邮寄');
    expect(answer.answer).toContain('EMS');
  });

  it('answers 信息公开有哪几种方式 with the sentence on disclosing proactively and on application', async () => {
    const answer = await app.ask('青禾市卫健委信息公开有哪几种方式');
    expect(answer.answer).toContain('主动公开和依申请公开两种方式');
    expect(answer.answer).not.toContain('申请方式：本机关');
  });

  it('answers 公开时限分哪几种 with the catalogue’s words, not the reply time limit', async () => {
    const answer = await app.ask('青禾市卫健委公开时限分哪几种');
    expect(answer.answer).toContain('常年公开');
    expect(answer.answer).not.toContain('20个工作日');
  });
});

/**
 * A made-up health commission's guide with no title, its catalogue as tables: classes and their items alternate after the
 * header (三级类目 | 四级类目 |), two levels counted (一、二级类目) inside the part, the 索引号's codes in the second part.
 */
const BAIYUN_WJW =
  '为帮助公民、法人和其他组织方便、快捷地获取政府信息,根据《中华人民共和国政府信息公开条例》,对《白云州卫生健康委员会信息公开指南》调整修订如下:\n' +
  '一、州卫生健康委员会信息分类\n(一)主题分类:分四级类目,一、二级类目采用国务院主题分类,三、四级类目采用本省主题分类。\n' +
  '三级类目 |\n四级类目 |\n法规公文 |\n公文 |\n人事信息 |\n人事任免、公务员考录 |\n财政信息 |\n采购与招标、专项经费 |\n' +
  '(二)体裁分类:命令、决定、公告、通知。\n' +
  '二、州卫生健康委员会信息编排体系\n政府信息公开目录使用电子文档方式编排、记录和存储各类信息,主要含以下要素。\n' +
  '(一)索引号:索引号是为方便信息索取所编排的信息编码。信息索引号由“地区及部门编号”、“信息所属类别号”、“信息生成年号”、“信息填报顺序编号”四组代码构成。\n' +
  '1、州卫生健康委员会地区及部门编号:zz901。\n' +
  '(二)公开时限。公开时限指信息公开的期限。分为常年公开、及时公开、限时公开。\n' +
  '三、依申请公开\n受理机构为白云州卫生健康委员会办公室。联系电话:0000-7654321\n';

describe('gaps42: a catalogue table’s rows and the 索引号’s codes (made-up guide)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [['baiyun-wjw.txt', BAIYUN_WJW]]);
  });
  afterAll(() => app.dispose());

  it('answers 人事信息包括什么 / 财政信息公开哪些 with the class’s row', async () => {
    expect((await app.ask('白云州卫健委人事信息包括什么')).answer).toContain('人事任免、公务员考录');
    expect((await app.ask('白云州卫健委财政信息公开哪些')).answer).toContain('专项经费');
  });

  it('never reads an item cell as a class (公文 is the row of 法规公文, not a class with 人事信息 for its row)', async () => {
    expect((await app.ask('白云州卫健委法规公文有哪些')).answer).toContain('“法规公文”一类包括：公文');
    expect((await app.ask('白云州卫健委公文信息有哪些')).answer).not.toContain('“公文信息”');
  });

  it('answers 索引号由什么构成 and 部门编号是多少 from the part that prints them', async () => {
    expect((await app.ask('白云州卫健委索引号由什么构成')).answer).toContain('四组代码');
    expect((await app.ask('白云州卫健委部门编号是多少')).answer).toContain('zz901');
  });
});

/** A made-up college's guide naming its office's head and deputy on lines of their own among the contacts. */
const QINGHE_COLLEGE =
  '青禾学院信息公开指南\n一、主动公开\n我校主动公开的信息,一般通过门户网站公开。\n二、依申请公开\n(一)受理机构\n' +
  '机构名称:青禾学院信息公开工作领导小组办公室\n主 任: 林远山\n副主任:周小禾\n办公地点:青禾学院行政楼\n联系电话:0000-6543210\n';

describe('gaps42: the accepting office’s head named in a guide (made-up guide)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [['qinghe-college.txt', QINGHE_COLLEGE]]);
  });
  afterAll(() => app.dispose());

  it('answers 信息公开办公室主任是谁 with the name on the 主 任 line, also as a follow-up', async () => {
    expect((await app.ask('青禾学院信息公开办公室主任是谁')).answer).toContain('林远山');
    const [, head] = await converse(app, 'gaps42-head', ['青禾学院信息公开办在哪', '主任是谁']);
    expect(head.answer).toContain('林远山');
  });

  it('never gives the head for the deputy', async () => {
    expect((await app.ask('青禾学院信息公开办公室副主任是谁')).answer).not.toContain('林远山');
  });
});
