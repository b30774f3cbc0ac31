/**
 * gaps43: a place's company that is not stored (白石|供电公司, 红原|燃气公司, a typo 白右|燃气公司) is never answered with the place's
 * one stored bureau nor with another place's company whose kind alone is an alias (燃气公司 of 青禾县燃气有限公司): asked back
 * or refused. Made-up guides of made-up agencies.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAgencyGuide } from '../../../src/guide/agency-guide.js';
import { ownSiteAddress, withoutForeignSites } from '../../../src/guide/site-domain.js';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

/** A made-up gas company's applying steps (the kind alone, 燃气公司, becomes its alias as the one gas company stored). */
const QINGHE_GAS =
  '依申请公开程序\n公民、法人和其他组织需要本公司主动公开以外的信息,可以向本公司申请获取。\n1.受理机构及受理时间\n' +
  '受理机构:青禾县燃气有限公司客户服务部\n受理时间:工作日8:30-11:30,14:00-17:00\n联系电话:0000-6123 4567\n' +
  '办公地址:青禾县文昌路18号燃气大厦3楼\n2.受理程序\n(1)提出申请\n申请人应填写《青禾县燃气有限公司信息公开申请表》。\n' +
  '(2)申请方式\n现场申请。申请人可以到本公司客户服务部申请获取信息,并填写申请表。\n';

/** A made-up city bureau's guide: the one agency stored under 白石. */
const BAISHI_RSJ =
  '白石市人力资源和社会保障局政府信息公开指南\n为方便公民、法人和其他组织获取白石市人力资源和社会保障局的政府信息,编制本指南。\n' +
  '一、主动公开\n本机关主动公开《条例》第二十条规定的政府信息。\n二、依申请公开\n(一)受理机构\n' +
  '受理机构为白石市人力资源和社会保障局办公室。办公地址:白石市江北路6号。咨询电话:0000-3327117\n';

describe('gaps43: another place’s company is no stored agency (made-up guides)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['qinghe-gas.txt', QINGHE_GAS],
      ['baishi-rsj.txt', BAISHI_RSJ],
    ]);
  });
  afterAll(() => app.dispose());

  it('answers the stored company and the place’s bureau by their names', async () => {
    expect((await app.ask('青禾燃气公司电话')).answer).toContain('0000-6123 4567');
    expect((await app.ask('请问燃气公司电话')).answer).toContain('0000-6123 4567');
    expect((await app.ask('白石市人社局电话')).answer).toContain('0000-3327117');
  });

  it('does not answer a place’s company with the place’s one bureau', async () => {
    for (const question of ['白石供电公司电话', '白石燃气公司电话', '白石市自来水有限公司地址']) {
      const answer = await app.ask(question);
      expect(answer.answer, question).not.toContain('0000-3327117');
      expect(answer.answer, question).not.toContain('江北路');
      expect(answer.kind, question).not.toBe('guide');
    }
  });

  it('does not answer another place’s gas company, nor a typed name, with the stored one', async () => {
    for (const question of ['红原燃气公司电话', '白右燃气公司电话', '白石燃气公司电话']) {
      const answer = await app.ask(question);
      expect(answer.answer, question).not.toContain('0000-6123 4567');
      expect(answer.kind, question).not.toBe('guide');
    }
  });
});

/*
 * gaps43 (sites): a page crawled from a mirror site carries the mirror's foreign domains where the guide printed its site: a government
 * body's site is under a government or organisation domain, so another domain printed for it is no site of the agency (dropped
 * from the site fields and cut from the words quoted); a company's or a school's own site stays. Made-up guides.
 */
describe('gaps43: site addresses a mirror put in a guide (made-up)', () => {
  it('keeps government, organisation and example domains, and a company’s or a school’s own', () => {
    expect(ownSiteAddress('http://www.qinghe.gov.cn/', '青禾县人民政府')).toBe(true);
    expect(ownSiteAddress('rsj.qinghe.gov.cn/index.html', '青禾县人力资源和社会保障局')).toBe(true);
    expect(ownSiteAddress('http://www.qhxy.edu.cn', '青禾县人民政府')).toBe(true);
    expect(ownSiteAddress('http://www.qinghe.example/', '青禾县人民政府')).toBe(true);
    expect(ownSiteAddress('http://www.qhgas-spam.com', '青禾县燃气有限公司')).toBe(true);
    expect(ownSiteAddress('www.qhyz.com', '青禾一中')).toBe(true);
    expect(ownSiteAddress('http://www.cheap-shoes-now.com/zfxxgk/', '青禾县人民政府')).toBe(false);
    expect(ownSiteAddress('nyj.other-city-news.com', '青禾县农业农村局')).toBe(false);
  });

  it('cuts a foreign domain from quoted words, leaves mailboxes and gov.cn addresses', () => {
    expect(withoutForeignSites('通过“青禾”门户网站(网址:http://m.spamxyz.com/)公开', '青禾县人民政府')).toBe('通过“青禾”门户网站公开');
    expect(withoutForeignSites('1.青禾县农业农村局部门网站(http://nyj.spamxyz.com/);2.微博', '青禾县农业农村局')).toBe(
      '1.青禾县农业农村局部门网站;2.微博',
    );
    expect(withoutForeignSites('邮箱qhzf@163.com,网站www.qinghe.gov.cn', '青禾县人民政府')).toBe('邮箱qhzf@163.com,网站www.qinghe.gov.cn');
  });

  it('stores no mirror domain as a government body’s site, and keeps a company’s', () => {
    const government = parseAgencyGuide(
      '青禾县人民政府信息公开指南\n为方便公民、法人和其他组织获取青禾县人民政府的政府信息,编制本指南。\n一、主动公开\n' +
        '县政府办公室通过“青禾”综合门户网站(http://www.spamxyz-shoes.com/)政府信息公开专栏公开。\n二、依申请公开\n' +
        '(一)受理机构\n受理机构为青禾县人民政府办公室。办公地址:青禾县文昌路1号。联系电话:0000-1234567\n' +
        '(二)申请方式\n1.网上申请。在门户网站(http://www.spamxyz-shoes.com/ysq/)在线提交申请。\n',
    );
    expect(government.fields.website).toBeUndefined();
    expect(government.fields.online_application_url).toBeUndefined();
    expect(JSON.stringify(government.fields)).not.toContain('spamxyz');
    const company = parseAgencyGuide(
      '青禾县燃气有限公司信息公开指南\n为方便公民获取本公司信息,编制本指南。\n一、主动公开\n本公司主要通过本公司网站(网址:http://www.qhgas-own.com)公开。\n' +
        '二、依申请公开\n(一)受理机构\n受理机构为青禾县燃气有限公司客户服务部。办公地址:青禾县文昌路18号。联系电话:0000-6123 4567\n',
    );
    expect(company.fields.website).toBe('http://www.qhgas-own.com');
  });
});

describe('gaps43: a stored government guide with a mirror’s domain is answered without it (made-up guide)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'qinghe-nyj.txt',
        '青禾县农业农村局政府信息公开指南\n为方便公民、法人和其他组织获取青禾县农业农村局的政府信息,编制本指南。\n一、主动公开\n' +
          '(一)公开方式:1.青禾县农业农村局部门网站(http://nyj.spamxyz-news.com/);2.青禾农业微信公众号。\n二、依申请公开\n' +
          '(一)受理机构\n受理机构为青禾县农业农村局办公室。办公地址:青禾县文昌路9号。联系电话:0000-7654321\n',
      ],
      [
        'qinghe-zrzyj.txt',
        '青禾县自然资源局政府信息公开指南\n《指南》将根据情况及时更新,公民、法人和其他组织可以在青禾县人民政府公众信息网(以下简称县公众网)上查阅《指南》。\n' +
          '一、主动公开\n对于主动公开的政府信息,本机关主要采取网上公开形式。县公众网的网址是:http://spamxyz-cars.com。\n' +
          '二、依申请公开\n(一)受理机构\n受理机构为青禾县自然资源局办公室。办公地址:青禾县文昌路7号。联系电话:0000-7654329\n',
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('gives the guide’s words for its site, never the mirror’s domain', async () => {
    for (const question of ['青禾县农业农村局网站', '青禾县农业农村局信息公开在哪看']) {
      const answer = await app.ask(question);
      expect(answer.answer, question).not.toContain('spamxyz');
    }
    expect((await app.ask('青禾县农业农村局网站')).answer).toContain('指南提到的网站（未写网址）：青禾县农业农村局部门网站');
  });

  it('names the site the guide names by a 公众信息网, cut from the sentence around it', async () => {
    const answer = await app.ask('青禾县自然资源局信息公开网站');
    expect(answer.answer).not.toContain('spamxyz');
    expect(answer.answer).toContain('指南提到的网站（未写网址）：青禾县人民政府公众信息网');
  });
});

describe('gaps43: applying online said to be supported in another part of the guide (made-up guide)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'qinghe-xzfb.txt',
        '青禾县人民政府信息公开指南\n为方便公民、法人和其他组织获取青禾县人民政府的政府信息,编制本指南。\n一、县政府信息公开目录的分类、编排体系\n' +
          '青禾县政府信息公开目录分为县政府信息和乡(镇)信息。其编排体系为:文件检索、主题检索。主题检索支持科技、教育等12个分类的信息查询。' +
          '青禾县政府信息公开目录除了主动公开的政府信息外,还支持社会公众在线依申请公开,涉企政策信息公开等查询工作。\n' +
          '二、依申请公开\n(一)受理机构\n受理机构为青禾县人民政府办公室。办公地址:青禾县文昌路1号。联系电话:0000-1234560\n',
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('quotes the clause saying applying online is supported, beside saying no address is written', async () => {
    for (const question of ['青禾县政府信息公开可以在网上申请吗', '青禾县能网上申请信息公开吗']) {
      const answer = await app.ask(question);
      expect(answer.answer, question).toContain('支持社会公众在线依申请公开');
      expect(answer.answer, question).toContain('没有写明网上申请地址');
    }
  });
});
