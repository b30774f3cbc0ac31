/**
 * qaguide30: guides the parser misread or left unread (issue #11). A bare-titled guide compiled 根据《某市政府信息公开指南》有关要求
 * belongs to the body whose office accepts, not to the city whose guide it follows; a fax label glued to its number
 * (传真电码0999-…) is the fax; 受理机构为X办公室,办公地址为…,办公时间为… gives the office and its address apart; where the
 * catalogue is read keeps the places after a long address; the accepting office's 联系人 is the person to contact (a reading
 * place's is not); 几号办公室 asks the address, which prints the room; a mirror's domain printed with one slash (http:/x.com) goes
 * whole, as with two; 中午休息多久 asks the hours, not how long a reply takes. Made-up guides.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAgencyGuide } from '../../../src/guide/agency-guide.js';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const citedGuide = `政府信息公开指南

  为更好地提供政府信息公开服务,根据《青禾市政府信息公开指南》有关要求,特编制本指南。

  一、主动公开的政府信息

  公开范围参见《青禾市林业局信息主动公开基本目录》,网址为lyj.qinghe.gov.cn。

  二、依申请公开

  (一)受理机构

  本机关自2010年3月1日起正式受理政府信息公开申请,受理机构:青禾市林业局办公室;办公地址:青禾市松涛路66号;受理时间为正常工作日;受理机构联系电话:0999—5123456; 电子邮箱:qhlyj@example.cn。
`;

const sentenceOffice = `柳河县水务局政府信息公开指南

一、主动公开

●受理机构

本局自2011年1月1日起正式受理政府信息公开申请,受理机构为柳河县水务局综合股,办公地址为县行政中心C座215室,办公时间为上午8:30-12:00,下午14:00-17:30(双休日和节假日除外),联系电话:0999-6600321,通信地址:柳河县水务局综合股,邮编:999100,电子邮箱:lhsw@example.cn
`;

const gluedFax = `白沙区交通运输局政府信息公开指南
依据《条例》规定,编制本指南。
1.当面提交
办公地址为:白沙区滨河路9号交通运输局二楼205;
办公时间:周一至周五(法定节假日除外),每天8:30—12:00,14:30—17:30;
受理机构联系电话:0999—7700111;传真电码0999—7700112,
2.邮政寄送
邮编:999200
3.网络提交
请登录白沙区交通运输局门户网站“政府信息依申请公开系统”(http:/jtj.baishaxq.com)提交申请。
`;

const longCatalogue = `松林县市场监督管理局政府信息公开指南

一、主动公开

(一)公开范围。

本机关主动公开的信息范围参见《松林县市场监督管理局信息公开目录》。公民、法人和其他组织可以在松林县人民政府信息公开网站上查阅《目录》https://www.songlin.example.cn/zfxxgk/public/column/88001?type=4&action=list&page=1,也可以到本机关办公室或是到县图书馆查阅。(办公地址:松林县解放路3号)
`;

const personOffice = `青禾县退役军人事务局政府信息公开指南
一、公开方式
1.查阅场所:青禾县档案馆 电话:0999-8800100 联系人:李明
二、依申请公开
1.受理机构
青禾县退役军人事务局办公室为本机关信息公开工作机构,负责受理依申请公开本机关政府信息工作。
联 系 人:赵雪梅
联系电话:0999-8800200
办公地址:青禾县人民路18号行政中心3号楼
`;

describe('qaguide30: guides read whole', () => {
  it('a guide compiled after a city’s guide is the accepting office’s body', () => {
    const guide = parseAgencyGuide(citedGuide);
    expect(guide.agency).toBe('青禾市林业局');
    expect(guide.fields.accepting_office).toBe('青禾市林业局办公室');
    expect(guide.fields.address).toBe('青禾市松涛路66号');
  });

  it('受理机构为…,办公地址为…: the office and its address apart', () => {
    const guide = parseAgencyGuide(sentenceOffice);
    expect(guide.fields.accepting_office).toBe('柳河县水务局综合股');
    expect(guide.fields.address).toBe('县行政中心C座215室');
    expect(guide.fields.post_code).toBe('999100');
  });

  it('传真电码 glued to its number is the fax', () => {
    const guide = parseAgencyGuide(gluedFax);
    expect(guide.fields.fax).toBe('0999—7700112');
    expect(guide.fields.phone).toBe('0999—7700111');
  });

  it('a mirror’s domain printed http:/x.com goes whole from the words', () => {
    const notes = parseAgencyGuide(gluedFax).fields.channel_notes ?? [];
    const online = notes.find((note) => note.includes('依申请公开系统'));
    expect(online).toBeDefined();
    expect(online).not.toMatch(/http|baishaxq/);
  });

  it('where the catalogue is read keeps the places after a long address', () => {
    expect(parseAgencyGuide(longCatalogue).fields.catalogue_reading).toContain('县图书馆');
  });

  it('the accepting office’s 联系人 is read, a reading place’s is not', () => {
    expect(parseAgencyGuide(personOffice).fields.contact_person).toBe('赵雪梅');
    expect(parseAgencyGuide(gluedFax).fields.contact_person).toBeUndefined();
  });
});

describe('qaguide30: asked in citizens’ words', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['qinghe-lyj-guide.txt', citedGuide],
      ['liuhe-swj-guide.txt', sentenceOffice],
      ['baisha-jtj-guide.txt', gluedFax],
      ['songlin-scjg-guide.txt', longCatalogue],
      ['qinghe-tyjr-guide.txt', personOffice],
    ]);
  });
  afterAll(() => app.dispose());

  it('the bureau of a guide compiled after its city’s is found by its own name', async () => {
    const answer = await app.ask('青禾林业局信息公开电话');
    expect(answer.kind).toBe('guide');
    expect(answer.answer).toContain('5123456');
  });

  it('几号办公室 gives the address with its room', async () => {
    const answer = await app.ask('柳河县水务局信息公开是几号办公室');
    expect(answer.kind).toBe('guide');
    expect(answer.answer).toContain('215室');
  });

  it('传真 of a glued fax label', async () => {
    const answer = await app.ask('白沙区交通局传真号多少');
    expect(answer.kind).toBe('guide');
    expect(answer.answer).toContain('7700112');
  });

  it('中午休息多久 gives the hours, not the reply’s time limit', async () => {
    const answer = await app.ask('白沙区交通局中午休息多久');
    expect(answer.kind).toBe('guide');
    expect(answer.answer).toContain('14:30');
    expect(answer.answer).not.toContain('答复期限');
  });

  it('目录除了网上还能去哪看 names the library after a long address', async () => {
    const answer = await app.ask('松林县市场监管局信息公开目录除了网上还能去哪看');
    expect(answer.kind).toBe('guide');
    expect(answer.answer).toContain('县图书馆');
  });

  it('联系人是谁 names the office’s person, and 那电话呢 follows', async () => {
    const [person, phone] = await converse(app, 'qg30-person', ['青禾县退役军人局信息公开联系人是谁', '电话呢']);
    expect(person.kind).toBe('guide');
    expect(person.answer).toContain('赵雪梅');
    expect(person.answer).not.toContain('李明');
    expect(phone.answer).toContain('0999-8800200');
  });
});
