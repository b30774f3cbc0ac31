/**
 * gaps55: a page saying a place keeps the application form and takes applications there (设有政府信息公开申请表,接受…并受理)
 * states the form; 能当场交申请吗 asks handing one in in person (not a reply given on the spot), answered with the office's
 * contacts and those words on the form. Made-up pages of made-up agencies.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAgencyGuide } from '../../../src/guide/agency-guide.js';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

/** A made-up street's 政务公开专区 page, its services numbered, the form kept at its hall. */
const QINGHE_STREET =
  '青禾区柳塘街道设有政务公开专区,该功能区域包括提供以下服务:\n' +
  '1、设有青禾区政府公报,提供专用电脑方便群众查询政府信息;\n' +
  '2、备有政府信息公开申请表,接受本单位依申请公开件并受理;\n' +
  '3、公开依申请公开工作流程图和政府信息查阅制度。\n' +
  '柳塘街道政务公开专区地址:青禾市青禾区柳塘路8号柳塘街道办事处一楼便民服务中心,联系电话:0000-5550123,上班时间:工作日(8:30-12:00,14:30-17:30)。\n';

describe('gaps55: a form kept where applications are taken, handed in on the spot (made-up pages)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [['liutang-street.txt', QINGHE_STREET]]);
  });
  afterAll(() => app.dispose());

  it('reads a sentence saying the form is kept there as the form', () => {
    const guide = parseAgencyGuide(QINGHE_STREET);
    expect(guide?.fields.application_form).toContain('备有政府信息公开申请表');
  });

  it('answers 能当场交申请吗 with the office and the form, not the reply’s time limit', async () => {
    for (const question of ['柳塘街道能当场交信息公开申请吗', '柳塘街道可以现场递交申请吗']) {
      const answer = await app.ask(question);
      expect(answer.kind, question).toBe('guide');
      expect(answer.answer, question).toContain('申请表');
      expect(answer.answer, question).toContain('柳塘路8号');
      expect(answer.answer, question).not.toContain('答复期限');
    }
  });
});

/*
 * gaps55 (in writing): 要书面申请吗 / 是不是要写书面申请 asks whether an application must be written: the guide's own words on
 * applying in writing (提出书面申请,并填写《…申请表》), then the regulation's rule (in writing; orally when writing is hard). A way's
 * heading alone (2.书面申请) is no such words, nor a reply given in writing (以书面形式告知申请人).
 */
const BAISHA_COLLEGE =
  '白沙职业技术学院信息公开指南\n为保障公民、法人和其他组织依法获取学院信息,编制本指南。\n一、主动公开\n学院主动公开的信息通过学院网站信息公开栏目公开。\n' +
  '二、依申请公开\n受理机构为白沙职业技术学院党政办公室。通讯地址:白沙市青河路12号;咨询时间:周一至周五9:00-11:30。\n' +
  '申请人可根据学院信息公开实施细则的要求提出书面申请,并填写《白沙职业技术学院信息公开申请表》。\n' +
  '学院收到申请后,能够当场答复的当场答复;不能当场答复的,以书面形式告知申请人。\n';

const HEADING_ONLY =
  '青河县林业局政府信息公开指南\n一、主动公开\n本局主动公开机构职能、政策文件。\n二、依申请公开\n(一)受理机构\n受理机构为青河县林业局办公室。' +
  '办公地址:青河县林场路3号。联系电话:0000-7712345\n(二)申请方式\n1.网上申请\n2.书面申请\n3.传真申请\n';

describe('gaps55: whether an application must be in writing (made-up guides)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['baisha-college.txt', BAISHA_COLLEGE],
      ['qinghe-lyj.txt', HEADING_ONLY],
    ]);
  });
  afterAll(() => app.dispose());

  it('reads the guide’s words on applying in writing, not a heading nor a reply in writing', () => {
    expect(parseAgencyGuide(BAISHA_COLLEGE)?.fields.written_application).toContain('提出书面申请,并填写');
    expect(parseAgencyGuide(HEADING_ONLY)?.fields.written_application).toBeUndefined();
  });

  it('answers 要书面申请吗 with those words and the regulation’s rule', async () => {
    for (const question of [
      '白沙职业技术学院要书面申请吗',
      '我想找白沙职业技术学院要点资料 是不是要写书面申请啊',
      '白沙职院必须采用书面形式吗',
    ]) {
      const answer = await app.ask(question);
      expect(answer.kind, question).toBe('guide');
      expect(answer.answer, question).toContain('提出书面申请');
      expect(answer.answer, question).toContain('第二十九条');
    }
  });

  it('answers a guide without such words with the regulation’s rule, not a refusal', async () => {
    const answer = await app.ask('青河县林业局是不是要书面申请');
    expect(answer.kind).toBe('guide');
    expect(answer.answer).toContain('书面形式');
    expect(answer.answer).not.toContain('没有理解');
  });
});

/*
 * gaps55 (help): 不会网上申请 有人帮忙吗 asks who helps one apply: the guide's own words on it (安排专门志愿者指引…线上…申请操作,
 * 由工作人员代为填写), not the online address it lacks; 能帮我查下…电话吗 is no such question.
 */
const LIUTANG_HELP =
  '青禾区柳塘街道设有政务公开专区,该功能区域包括提供以下服务:\n' +
  '1、提供专用电脑方便群众查询政府信息;\n' +
  '2、接受本单位依申请公开件并受理,安排专人指导群众通过网络进行线上政府信息公开申请操作;\n' +
  '柳塘街道政务公开专区地址:青禾市青禾区柳塘路8号柳塘街道办事处一楼便民服务中心,联系电话:0000-5550123,上班时间:工作日(8:30-12:00,14:30-17:30)。\n';

describe('gaps55: who helps one apply (made-up pages)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [['liutang-help.txt', LIUTANG_HELP]]);
  });
  afterAll(() => app.dispose());

  it('reads the guide’s words on helping applicants', () => {
    expect(parseAgencyGuide(LIUTANG_HELP)?.fields.application_help).toContain('安排专人指导群众');
  });

  it('answers 有人帮忙吗 with those words, and a phone asked with the phone', async () => {
    for (const question of ['我不会在网上申请 柳塘街道有人帮忙吗', '柳塘街道有人指导申请吗']) {
      const answer = await app.ask(question);
      expect(answer.kind, question).toBe('guide');
      expect(answer.answer, question).toContain('安排专人指导');
    }
    const phone = await app.ask('能帮我查下柳塘街道的电话吗');
    expect(phone.answer).toContain('0000-5550123');
    expect(phone.answer).not.toContain('安排专人指导');
  });
});

/*
 * gaps55 (compiled under): 指南是根据哪个条例定的 asks what the guide says it was compiled under (为了…,根据《…条例》(国务院令第
 * 492号),编制本指南): those words from 根据 on, not a refusal.
 */
const HEXI_TOWN =
  '河西镇政府信息公开指南\n为了方便公民、法人或其他组织依法获取政府信息,根据《中华人民共和国政府信息公开条例》(国务院令第492号)和' +
  '《青禾省政府信息公开办法》,编制本指南。\n一、主动公开\n本镇主动公开机构职能、政策文件。\n二、依申请公开\n受理机构为河西镇党政办公室。' +
  '办公地址:青禾县河西镇人民路1号。联系电话:0000-6601234\n';

describe('gaps55: what a guide was compiled under (made-up guide)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [['hexi-town.txt', HEXI_TOWN]]);
  });
  afterAll(() => app.dispose());

  it('reads the words naming what it was compiled under', () => {
    expect(parseAgencyGuide(HEXI_TOWN)?.fields.compiled_under).toMatch(/^根据《中华人民共和国政府信息公开条例》\(国务院令第492号\)/);
  });

  it('answers 指南是根据哪个条例定的 with them', async () => {
    for (const question of ['河西镇的指南是根据哪个条例定的', '河西镇指南的编制依据是什么']) {
      const answer = await app.ask(question);
      expect(answer.kind, question).toBe('guide');
      expect(answer.answer, question).toContain('492号');
    }
  });
});
