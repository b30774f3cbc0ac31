/**
 * gaps51: a guide whose place a spam mirror put out (its title gone, 市X委 named by the level word alone, the region replaced
 * by gambling keywords) is the body its new-media account's name places (账号名称:红石水利 → 红石市水利委); the office under
 * (一)受理申请的委内机构 / 名称: is read without the spam keywords before it. Made-up guides of made-up agencies.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const SPAM = '哪里有靠谱的888平台_888提现不到账怎么办_888bet娱乐城手机版';

/** A made-up 市水利委's guide, no title, its city put out by a spam mirror, placed only by its WeChat account's name. */
const HONGSHI_SLW =
  '根据《中华人民共和国政府信息公开条例》规定,为了更好地提供政府信息公开服务,制定本指南。本指南每年更新一次。\n' +
  `一、公开范围\n向社会主动公开的政府信息范围参见本单位编制的政府信息公开目录。可以在${SPAM}水利委网站上查阅。\n` +
  '二、主动公开\n(一)公开内容\n1、市水利委领导分工;\n2、市水利委主要职责和内设机构;\n3、市水利委规范性文件;\n' +
  `(二)公开形式\n1、${SPAM}水利委门户网站。\n2、政务微信(账号名称:红石水利)等新媒体平台。\n` +
  '(三)公开时限\n本机关将自该政府信息形成或变更之日起20个工作日内予以公开。\n' +
  '三、依申请公开\n(一)受理申请的委内机构\n' +
  `名称:${SPAM}水利委办公室\n联系电话:0000-5551234\n`;

/** The same page with no account naming its place: still no agency to store it under. */
const UNPLACED = HONGSHI_SLW.replace('政务微信(账号名称:红石水利)等新媒体平台', '新媒体平台');

describe('gaps51: a spam-mirrored guide placed by its account name (made-up guide)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [['hongshi-slw.txt', HONGSHI_SLW]]);
  });
  afterAll(() => app.dispose());

  it('stores the guide as the account-placed body and answers from it', async () => {
    const answer = await app.ask('红石市水利委信息公开指南多久更新');
    expect(answer.kind).toBe('guide');
    expect(answer.answer).toContain('每年更新一次');
  });

  it('reads the office under 受理申请的委内机构 without the spam keywords', async () => {
    const answer = await app.ask('红石市水利委信息公开申请谁受理');
    expect(answer.answer).toContain('水利委办公室');
    expect(answer.answer).not.toContain('888');
  });

  it('still refuses the page when nothing places it', async () => {
    const other = makeTestApp();
    // A refusal at import may throw or be reported: either way no guide is stored.
    await importTexts(other, [['unplaced.txt', UNPLACED]]).catch(() => undefined);
    const answer = await other.ask('红石市水利委信息公开指南多久更新');
    expect(answer.answer).not.toContain('每年更新一次');
    other.dispose();
  });
});

/** A made-up development zone's committee: the zone has no 人民政府 of its own. */
const QINGSHI_KFQ =
  '青石经济技术开发区管委会政府信息公开指南\n\n为方便公民、法人和其他组织获取政府信息,编制本指南。\n\n一、受理机构\n\n' +
  '受理机构为青石经济技术开发区管委会办公室。\n\n办公地址:青石市江南路9号\n\n联系电话:0000-7771234\n\n' +
  '公开网址:http://www.qskfq.example.cn\n';

describe('gaps51: a zone asked as its 政府 is its committee (made-up guide)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [['qingshi-kfq.txt', QINGSHI_KFQ]]);
  });
  afterAll(() => app.dispose());

  it('reads 开发区的政府信息 and 经开区政府 as the zone committee', async () => {
    expect((await app.ask('青石经济技术开发区的政府信息在哪个网站看')).answer).toContain('www.qskfq.example.cn');
    expect((await app.ask('青石经开区政府电话')).answer).toContain('0000-7771234');
  });

  it('does not give the committee for another zone not stored', async () => {
    expect((await app.ask('白石高新区政府电话')).answer).not.toContain('0000-7771234');
  });
});

/** Two made-up universities' guides: a two-character stem (红山大学) and a four-character one (青州海运大学). */
const HONGSHAN_DX =
  '红山大学信息公开指南\n\n一、受理机构\n\n受理机构为红山大学信息公开办公室。\n\n联系电话:0000-6661234\n\n电子邮箱:xxgk@hsu.example.cn\n';
const QINGZHOU_HY =
  '青州海运大学信息公开指南\n\n一、受理机构\n\n受理机构为青州海运大学校长办公室。\n\n联系电话:0000-6665678\n\n电子邮箱:xxgk@qzhy.example.cn\n';

describe('gaps51: a university by its everyday short form (made-up guides)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['hongshan-dx.txt', HONGSHAN_DX],
      ['qingzhou-hy.txt', QINGZHOU_HY],
    ]);
  });
  afterAll(() => app.dispose());

  it('reads 红大 as 红山大学 and 青海 / 青海大 as 青州海运大学', async () => {
    expect((await app.ask('红大信息公开办电话是多少')).answer).toContain('0000-6661234');
    expect((await app.ask('青海信息公开邮箱多少')).answer).toContain('xxgk@qzhy.example.cn');
    expect((await app.ask('青海大信息公开邮箱多少')).answer).toContain('xxgk@qzhy.example.cn');
  });

  it('reads no short form that shortens no stored university', async () => {
    expect((await app.ask('白大信息公开办电话是多少')).answer).not.toMatch(/0000-666/);
  });
});
