/**
 * gaps63: what a stored guide says of remedies (its own words, or that it says none), a catalogue heading of another shape
 * (一、政务公开目录的编排; 二、…目录的主要内容) and 目录有哪些内容, who publishes one scope item ((公开责任单位:县统计局)), a kind
 * named a few words after its place (在白沙县哪能查到林业局公开的文件), and a government's office asked a question of its guide.
 * Made-up pages of made-up agencies.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAgencyGuide } from '../../../src/guide/agency-guide.js';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

/** A county bureau's guide cut before any remedies; its scope names 行政复议决定 as an item published. */
const WATER =
  '白沙县水利局政府信息公开指南\n一、主动公开\n(一)公开范围\n1.机构职能。\n2.行政复议决定书。\n3.水利工程建设项目。\n' +
  '二、依申请公开\n(一)受理机构\n受理机构为白沙县水利局办公室。办公地址:白沙县河滨路5号。联系电话:0000-6611001\n';

/** Another bureau of the same county (whose government is not stored), its guide stating remedies in its own words. */
const FORESTRY =
  '白沙县林业局政府信息公开指南\n一、主动公开\n本局主动公开机构职能、政策文件。查阅地点:县政务服务中心林业窗口。\n' +
  '二、依申请公开\n受理机构为白沙县林业局办公室。办公地址:白沙县林场路3号。联系电话:0000-6622002\n' +
  '三、监督方式\n公民、法人或者其他组织认为本局在政府信息公开工作中侵犯其合法权益的,可以依法申请行政复议或者提起行政诉讼。\n';

/** The county's government: its catalogue under headings of another shape, and each scope item with the unit publishing it. */
const COUNTY =
  '青禾县人民政府信息公开指南\n为做好政务公开工作,制定本指南。\n一、政务公开目录的编排\n政务公开从内容上分为三类:公开指南、组织机构、政策文件。\n' +
  '二、县政府办公室政务公开目录的主要内容\n县政府办公室的政务公开目录分两项内容:\n组织机构:办公室各股室职责。\n工作动态:公开工作动态等。\n' +
  '三、主动公开的内容\n(一)县政府其他单位公开的政府信息\n1、国民经济和社会发展统计信息。(公开责任单位:县统计局)\n2、县财政预算、决算。(公开责任单位:县财政局)\n' +
  '3、县政府工作报告。\n四、依申请公开\n受理机构为青禾县人民政府办公室。办公地址:青禾县人民路1号。\n';

describe('gaps63: guides read and asked (made-up pages)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['qinghe-water.txt', WATER],
      ['qinghe-forestry.txt', FORESTRY],
      ['qinghe-county.txt', COUNTY],
    ]);
  });
  afterAll(() => app.dispose());

  it('reads a guide’s own words on remedies, not a scope item naming 行政复议决定', () => {
    expect(parseAgencyGuide(FORESTRY)?.fields.remedies).toContain('可以依法申请行政复议');
    expect(parseAgencyGuide(WATER)?.fields.remedies).toBeUndefined();
  });

  it('says a stored guide states no remedies before the general rules, and quotes one that does', async () => {
    const none = await app.ask('白沙县水利局不给我公开 去哪告');
    expect(none.kind).toBe('guide');
    expect(none.answer).toContain('《白沙县水利局政府信息公开指南》没有写明');
    expect(none.answer).toContain('一般规定');
    const own = await app.ask('白沙县林业局不给我公开怎么办');
    expect(own.answer).toContain('《白沙县林业局政府信息公开指南》写明');
    expect(own.answer).toContain('侵犯其合法权益');
  });

  it('reads 一、政务公开目录的编排 as the catalogue’s layout and 二、…目录的主要内容 as its contents', () => {
    const fields = parseAgencyGuide(COUNTY)?.fields;
    expect(fields?.catalogue_layout).toContain('公开指南、组织机构、政策文件');
    expect(fields?.catalogue_contents).toContain('组织机构:办公室各股室职责');
  });

  it('answers 目录分哪几类 / 目录有哪些内容 from those parts, also of the government’s office', async () => {
    for (const question of ['青禾县政务公开目录分哪几类', '青禾县政府目录有哪些内容', '青禾县政府办公室的目录有哪些内容']) {
      const answer = await app.ask(question);
      expect(answer.kind, question).toBe('guide');
      expect(answer.answer, question).toContain('组织机构');
    }
  });

  it('answers who publishes a scope item with the unit printed after it, and nothing of an item printed without one', async () => {
    const answer = await app.ask('青禾县的统计信息归哪个单位公开');
    expect(answer.kind).toBe('guide');
    expect(answer.answer).toContain('县统计局');
    expect(answer.answer).not.toContain('县财政局');
    const without = await app.ask('青禾县政府工作报告归哪个单位公开');
    expect(without.answer).not.toContain('公开责任单位');
  });

  it('takes the kind named a few words after the place as which of its agencies is meant', async () => {
    const answer = await app.ask('在白沙县哪能查到林业局公开的文件');
    expect(answer.kind).toBe('guide');
    expect(answer.answer).toContain('林业窗口');
    const phone = await app.ask('在白沙县哪能找到水利局的电话');
    expect(phone.answer).toContain('0000-6611001');
  });
});

/** A town's guide cut inside its office's hours; its service centre's hours are printed in full among the ways of publishing. */
const TOWN_CUT =
  '青禾县柳湾镇人民政府信息公开指南\n一、主动公开\n(一)公开方式\n1.柳湾镇政务公开平台。\n2.柳湾镇便民服务中心政务公开专区。\n' +
  '办公地址:柳湾镇新街8号\n办公时间:冬季:上午8:30至12:00,下午14:00至17:00\n夏季:上午8:30至12:00,下午15:00至18:30\n联系电话:0000-7788123\n' +
  '二、依申请公开\n(一)受理机构\n青禾县柳湾镇人民政府办公室\n办公地址:柳湾镇人民政府\n办公时间:冬季:上午8:30至12:00,下午14:00至17:00\n夏季:上午8:';

/** The same town's page whole: its office's hours are not cut, and no other place's are added. */
const TOWN_WHOLE = TOWN_CUT.replace('青禾县柳湾镇', '青禾县柳河镇')
  .replaceAll('柳湾镇', '柳河镇')
  .replace(/夏季:上午8:$/, '夏季:上午8:30至12:00,下午15:00至18:30\n');

describe('gaps63: an office’s hours cut inside a time (made-up pages)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['liuwan.txt', TOWN_CUT],
      ['liuhe.txt', TOWN_WHOLE],
    ]);
  });
  afterAll(() => app.dispose());

  it('says the hours are cut and gives the hours printed in full for the service centre, named as its', async () => {
    const answer = await app.ask('柳湾镇夏天几点上班');
    expect(answer.kind).toBe('guide');
    expect(answer.answer).toContain('中断');
    expect(answer.answer).toContain('柳湾镇便民服务中心政务公开专区的办公时间');
    expect(answer.answer).toContain('下午15:00至18:30');
  });

  it('adds nothing when the office’s hours are whole', async () => {
    const answer = await app.ask('柳河镇夏天几点上班');
    expect(answer.answer).toContain('下午15:00至18:30');
    expect(answer.answer).not.toContain('中断');
  });
});

/** A town's guide with its site's 使用方法 under the ways of publishing. */
const TOWN_SITE =
  '青禾县柳岸镇人民政府信息公开指南\n一、主动公开\n(一)公开方式\n1.我镇信息公开网址为http://www.liuan.example.gov.cn。\n使用方法:\n' +
  '(1)栏目导航:将公开的政府信息划分为“机构介绍”“镇区文件”等栏目,点击栏目名称即可查看。\n(2)信息检索:可按标题关键词检索。\n' +
  '二、依申请公开\n受理机构为青禾县柳岸镇人民政府党政办。联系电话:0000-7711001\n';

describe('gaps63: how to use the site, in the guide’s words (made-up page)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [['liuan.txt', TOWN_SITE]]);
  });
  afterAll(() => app.dispose());

  it('reads the words under 使用方法: and answers 网站怎么用 with them', async () => {
    expect(parseAgencyGuide(TOWN_SITE)?.fields.site_usage).toContain('栏目导航');
    const answer = await app.ask('柳岸镇信息公开网站怎么用');
    expect(answer.kind).toBe('guide');
    expect(answer.answer).toContain('栏目导航');
    expect(answer.answer).toContain('信息检索');
  });
});
