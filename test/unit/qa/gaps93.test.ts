/**
 * gaps93's classes, over made-up guides of real places:
 * - a reading place asked by its own name with its place (安吉县档案馆电话, 安吉县图书馆几点开门), no stored agency but a place a
 *   guide lists under its own label (安吉县档案馆：…,联系电话:…): answered from that guide's line of the place, not the rules;
 *   a holiday asked of a reading place just listed (图书馆过年开吗) reads that place's line;
 * - 查阅 as a verb (周末能去查阅吗) names no reading place: the office's hours (or the reading place's) answer, where the
 *   question had been refused as not understood;
 * - a guide with no phone of its office whose ways of publishing name a national hotline (专线咨询电话:12360…,24小时人工服务):
 *   电话多少 and 12360几点有人接 quote that clause after saying no phone (or hours) is written, not the rules alone;
 * - a rate of the applications named alone (申请办结率, no 多少) is the figure the sentence of the applications prints (办结率100%),
 *   as 申请办结率多少 is; never a rate of messages (网民留言…按时办结率达100%) for it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, cutPage, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

/** A made-up county bureau's guide whose offline channel lists the county's archive and library, each with its contacts. */
const ANJI_YJJ = [
  '安吉县应急管理局政府信息公开指南(2025年版)',
  '为便于公民、法人和其他组织依法获取本机关的政府信息,根据《中华人民共和国政府信息公开条例》,编制本指南。',
  '一、本机关主动公开政府信息情况',
  '(一)本机关公开范围:',
  '根据《中华人民共和国政府信息公开条例》第十九条、第二十条规定应当公开的本机关政府信息。',
  '(二)本机关主动公开政府信息的渠道如下:',
  '1.线上渠道:',
  '官方网站网址:www.anji.gov.cn',
  '2.线下渠道:',
  '政务公开专区。公众可以在安吉县档案馆(地址:安吉县递铺街道天目路1号,联系电话:0572-5000001,开放时间:周一至周五:上午9:00—12:00、下午2:00—5:30,法定节假日除外)、安吉县图书馆(地址:安吉县递铺街道昌硕路2号,联系电话:0572-5000002,开放时间:上午8:30—下午6:00,全年开放)查阅本机关政府信息。',
  '二、本机关依申请公开政府信息情况',
  '(一)申请接收渠道',
  '申请人可以通过当面提交、邮政寄送等方式提出申请。',
  '(二)办理时限',
  '本机关收到申请后,自收到申请之日起20个工作日内予以答复。',
].join('\n');

/** A made-up town office's guide with office hours and a board to read at the office, no reading place with hours of its own. */
const XIAOFENG_ZF = [
  '孝丰镇人民政府政府信息公开指南',
  '为保障公民、法人和其他组织依法获取政府信息,编制本指南。',
  '一、主动公开',
  '(一)公开形式',
  '1.安吉县人民政府门户网站孝丰镇栏目(www.anji.gov.cn)。',
  '2.宣传栏(设在孝丰镇人民政府政务公开栏)',
  '二、依申请公开',
  '(一)受理机构',
  '受理机构:孝丰镇党政办公室',
  '办公地址:安吉县孝丰镇人民路3号',
  '办公时间:周一至周五上午8:30-12:00,下午2:30-5:30',
  '联系电话:0572-5000003',
].join('\n');

/** A made-up customs house's guide: no office phone, the national hotline among its two channels of publishing. */
const JILONG_HG = [
  '吉隆海关政府信息公开指南',
  '为方便公民、法人和其他组织获取吉隆海关政府信息,根据《中华人民共和国政府信息公开条例》,编制本指南。',
  '一、本机关对外发布政府信息情况',
  '本机关对外公开政府信息的渠道有如下2个:',
  '1.吉隆海关门户网站网址:http://jilong.customs.gov.cn/;',
  '2.专线咨询电话:12360海关统一服务热线,24小时人工服务。',
  '二、政府信息公开申请渠道',
  '申请人可在吉隆海关门户网站上自行下载、打印《海关政府信息公开申请表》。',
].join('\n');

let app: TestApp;
beforeAll(async () => {
  app = makeTestApp();
  await importTexts(app, [
    ['anji-yjj-guide.txt', ANJI_YJJ],
    ['xiaofeng-zf-guide.txt', XIAOFENG_ZF],
    ['jilong-hg-guide.txt', JILONG_HG],
    [
      'mianchi-wlj-2025.txt',
      cutPage(
        '渑池县文化广电和旅游局',
        2025,
        '2025年度全年共依法受理政府信息公开申请3件,均已按期规范办结,办结率100%,保障了申请人的合法权益。',
      ),
    ],
    ['lushi-zf-2025.txt', cutPage('卢氏县人民政府', 2025, '全年共受理并办结网民留言24条,按时办结率达100%。')],
  ]);
});
afterAll(() => app.dispose());

describe('a reading place asked by its own name, listed by a guide', () => {
  it('gives the phone and hours of the place the guide lists, from that guide', async () => {
    const asked: Array<[string, string, string]> = [
      ['安吉县档案馆电话', '0572-5000001', '0572-5000002'],
      ['安吉县图书馆几点开门查信息', '8:30', '0572-5000001'],
      ['安吉县档案馆周末开吗', '周一至周五', '全年开放'],
      ['我想问安吉县档案馆电话', '0572-5000001', '0572-5000002'],
    ];
    for (const [question, said, notSaid] of asked) {
      const answer = await app.ask(question, `place-${question}`);
      expect(answer.kind, question).toBe('guide');
      expect(answer.answer, question).toContain(said);
      expect(answer.answer, question).not.toContain(notSaid);
      expect(answer.answer, question).toContain('安吉县应急管理局政府信息公开指南');
    }
  });

  it('a place no guide lists by that name is not answered as one', async () => {
    const answer = await app.ask('安吉县政务服务大厅电话', 'place-unlisted');
    expect(answer.answer).not.toContain('0572-5000001');
    expect(answer.answer).not.toContain('0572-5000002');
  });

  it('a holiday asked of a listed place after the places were given reads that place', async () => {
    const [, holiday] = await converse(app, 'place-holiday', ['安吉县应急管理局在哪能看公开的信息', '图书馆过年开吗']);
    expect(holiday.kind).toBe('guide');
    expect(holiday.answer).toContain('全年开放');
    expect(holiday.answer).not.toContain('0572-5000001');
  });
});

describe('查阅 as a verb names no reading place', () => {
  it('周末能去查阅吗 is answered with the office hours', async () => {
    const answer = await app.ask('孝丰镇人民政府周末能去查阅吗', 'read-weekend');
    expect(answer.kind).toBe('guide');
    expect(answer.answer).toContain('周一至周五');
  });

  it('周末能去查阅吗 of a guide giving a reading place’s hours answers with that place', async () => {
    const answer = await app.ask('安吉县应急管理局周末能去查阅吗', 'read-weekend-place');
    expect(answer.kind).toBe('guide');
    expect(answer.answer).toContain('周一至周五');
  });
});

describe('a national hotline among the ways of publishing', () => {
  it('is quoted for the phone and for its hours when the guide prints no phone of its office', async () => {
    for (const [question, said] of [
      ['吉隆海关信息公开电话多少', '没有写明咨询电话'],
      ['吉隆海关12360几点有人接', '没有写明办公时间'],
    ]) {
      const answer = await app.ask(question, `hotline-${question}`);
      expect(answer.kind, question).toBe('guide');
      expect(answer.answer, question).toContain(said);
      expect(answer.answer, question).toContain('12360海关统一服务热线,24小时人工服务');
    }
  });

  it('is not given for a guide printing its own phone', async () => {
    const answer = await app.ask('孝丰镇人民政府信息公开电话多少', 'hotline-own');
    expect(answer.answer).toContain('0572-5000003');
    expect(answer.answer).not.toContain('12360');
  });
});

describe('a rate of the applications named alone', () => {
  it('申请办结率 is the printed rate of the applications, as a figure', async () => {
    const answer = await app.ask('渑池县文化广电和旅游局2025年申请办结率', 'rate-alone');
    expect(answer.kind).toBe('figure');
    expect(answer.facts.map((fact) => fact.value)).toEqual([100]);
  });

  it('a rate of messages is no rate of the applications', async () => {
    const answer = await app.ask('卢氏县人民政府2025年申请办结率', 'rate-messages');
    expect(answer.kind).not.toBe('figure');
    expect(answer.facts).toEqual([]);
  });
});
