/**
 * gaps70's classes (the guide question sets' gap lines), on made-up guides: numbered ways of applying run on one line, each
 * after a semicolon (…的附件; 3、通过互联网提出申请。…发送至受理机构电子邮箱), are read one by one, and a way that sends to the
 * office's mailbox gives that mailbox; a way through a portal the guide names (通过某县政府网提出申请。…在“依申请公开”栏目填写…)
 * is applying online, in its own words; a mailbox printed with a space after its @ keeps its domain in the words quoted; 几路车到
 * 汽车站 asked of a bus company is no way to its office; after a refused question about an agency known by its guide alone
 * (局长是谁), 那网址呢 and 复议找谁 are its guide's; 周日过去能办吗 asks the office hours; 能邮寄吗 asks the ways of applying; 能发
 * 邮件申请吗 of a guide whose online way mails the form to its mailbox is a yes with those words; (一)主要內容 right under
 * 一、主動公開政府信息 is the proactive scope.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const GUIDES: Record<string, string> = {
  'one-line.txt':
    '松岭市人民政府办公室受理政府信息公开申请说明 一、受理机构 松岭市人民政府办公室负责公开本机关制作的政府信息。 受理时间:上午8:30-11:30,下午13:30-17:00 联系电话:0999-6100100 电子邮箱:slzfgk@126.com 通信地址:松岭市人民路9号 邮政编码:199001 二、申请的提出 向松岭市人民政府办公室申请政府信息,应填写《松岭市人民政府办公室政府信息公开申请表》。 1、每张申请表申请一条政府信息,尽可能提供该信息的标题、文号等; 2、公民提出申请时,应当同时提供身份证复印件作为申请的附件; 3、通过互联网提出申请。申请人登录本栏目,下载、填写电子版申请表,连同附件发送至受理机构电子邮箱; 4、通过信函提出申请。申请人填写纸质申请表,连同附件邮寄到松岭市人民政府办公室,信封注明“政府信息公开申请”字样。 三、申请的处理 1、已经主动公开的,告知申请人获取该政府信息的方式和途径。\n',
  'portal.txt': `青川县人民政府信息公开指南
为保障公民、法人和其他组织依法获取政府信息,特编制本指南。
一、主动公开范围
青川县政府信息公开具体内容详见《青川县政府信息公开目录》。
二、依申请公开政府信息
(一)申请方式。
1.通过青川县政务网提出申请。申请人可在青川县政务网“网上申请公开”专栏填写《青川县政府信息公开申请表》,直接在线提交。
2.电子邮箱申请。申请人下载申请表,填写后将申请表作为附件发送至qcxxgk@ 139.com,邮件标题注明"政府信息公开申请"字样。
`,
  'bus.txt': `东岭市公共交通公司信息公开指南
一、主动公开
公司主动公开运营线路调整、票价等信息。
二、依申请公开
受理机构:东岭市公共交通公司办公室
办公地址:东岭市建设路12号
联系电话:0999-6200200
`,
  'forest.txt': `東岸縣林業局政府信息公開指南(2024年修訂)
一、主動公開政府信息

(一)主要內容

東岸縣林業局主動公開《條例》規定的政府信息。主要包括:

1.組織機構:機構職責、領導分工等;

2.行政執法:林木採伐許可、森林防火檢查等方面的行政執法;

(二)公開的方式

本局主要通過東岸縣人民政府網站公開。
`,
  'farm.txt': `西坪区农业农村局政府信息公开指南
一、主动公开
(一)公开形式
本局政府信息通过西坪区人民政府网站(http://www.xiping.gov.cn)公开。
二、依申请公开
受理机构:西坪区农业农村局办公室,地址:西坪区长安路8号,联系电话:0999-6300300,办公时间:工作日上午9:00-12:00。
2.信函申请。申请人通过邮政寄送申请的,请在信封左下角注明“信息公开申请”字样。
三、监督方式
公民、法人或者其他组织认为行政机关在政府信息公开工作中侵犯其合法权益的,可以依法申请行政复议或者提起行政诉讼。
`,
};

describe('gaps70 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(GUIDES));
  });
  afterAll(() => app.dispose());

  it('能网上申请吗 of a guide whose 互联网 way (run on one line after a semicolon) sends to the office mailbox gives that mailbox', async () => {
    const [online] = await converse(app, 'g70-online', ['松岭市政府办公室能网上申请吗']);
    expect(online.kind).toBe('guide');
    expect(online.answer).toContain('发送至受理机构电子邮箱（slzfgk@126.com）');
    expect(online.answer).not.toContain('每张申请表申请一条');
  });

  it('a way through the portal the guide names is applying online, with its column; a mailbox with a space after @ keeps its domain', async () => {
    const [online, how] = await converse(app, 'g70-portal', ['青川县政府能网上申请吗', '青川县政府信息公开怎么申请']);
    expect(online.kind).toBe('guide');
    expect(online.answer).toContain('“网上申请公开”专栏');
    expect(how.answer).toContain('“网上申请公开”专栏');
    expect(how.answer).toContain('qcxxgk@ 139.com');
  });

  it('几路车到汽车站 asked of a bus company is refused; 坐几路车能到 still asks the way to its office', async () => {
    const [route] = await converse(app, 'g70-bus', ['东岭公交几路车到汽车站']);
    expect(route.kind).toBe('refusal');
    expect(route.answer).not.toContain('建设路12号');
    const [office] = await converse(app, 'g70-bus2', ['东岭市公共交通公司坐几路车能到']);
    expect(office.kind).toBe('guide');
    expect(office.answer).toContain('建设路12号');
  });

  it('after a refused question about a guide-only agency, 那网址呢 and 复议找谁 are its guide’s', async () => {
    const [, site] = await converse(app, 'g70-after', ['西坪区农业农村局局长是谁', '那网址呢']);
    expect(site.kind).toBe('guide');
    expect(site.answer).toContain('xiping.gov.cn');
    const [, remedies] = await converse(app, 'g70-after2', ['西坪区农业农村局局长是谁', '复议找谁']);
    expect(remedies.kind).toBe('guide');
    expect(remedies.answer).toContain('行政复议');
  });

  it('周日过去能办吗 asks the office hours; 能邮寄吗 the ways of applying, with the envelope', async () => {
    const [hours] = await converse(app, 'g70-sunday', ['西坪区农业农村局信息公开我周日过去能办吗']);
    expect(hours.kind).toBe('guide');
    expect(hours.answer).toContain('工作日上午9:00-12:00');
    const [post] = await converse(app, 'g70-post', ['西坪区农业农村局能邮寄吗']);
    expect(post.kind).toBe('guide');
    expect(post.answer).toContain('信息公开申请');
  });

  it('能发邮件申请吗 of a guide whose online way mails the form to the office mailbox: yes, with those words', async () => {
    const [mail] = await converse(app, 'g70-mail', ['松岭市政府办公室能发邮件申请吗']);
    expect(mail.answer).toMatch(/^可以/);
    expect(mail.answer).toContain('slzfgk@126.com');
    expect(mail.answer).not.toContain('没有电子邮件申请');
    const [post] = await converse(app, 'g70-mail2', ['松岭市政府办公室能邮寄吗']);
    expect(post.answer).toContain('信封注明“政府信息公开申请”');
  });

  it('(一)主要內容 right under 一、主動公開政府信息 is what the guide publishes', async () => {
    const [scope] = await converse(app, 'g70-scope', ['東岸縣林業局主動公開啥']);
    expect(scope.kind).toBe('guide');
    expect(scope.answer).toContain('林木采伐许可');
    expect(scope.answer).not.toContain('没有写明主动公开范围');
  });
});
