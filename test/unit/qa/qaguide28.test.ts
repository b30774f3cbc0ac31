/**
 * qaguide28: citizens' own words over stored guides (issue #11). A zone that is a place's own government (青禾|产城融合示范区)
 * is skipped when the bureau is named by the place alone (青禾民政局); 城管 is the short form of a 城市管理(行政)执法局; an office a
 * sentence calls the disclosure body (…办公室为本机关信息公开工作机构) takes applications; a reading point that is the bureau's own
 * office gives the office's contacts; a mailbox kept for applications (依申请公开专用邮箱) answers 能网上申请吗; 那去哪里办,
 * 七八月份下午呢 and 信息公开都通过啥方式 are guide questions. Made-up guides.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAgencyGuide } from '../../../src/guide/agency-guide.js';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const zone = `青禾产城融合示范区民政局政府信息公开指南
一、工作机构
本政府机关正式受理青禾产城融合示范区民政局信息公开申请,受理机构为青禾产城融合示范区民政局办公室。
办公地址:青禾大道中段1号
办公时间:
夏季:8:00—12:00,15:00—18:00
冬季:8:00—12:00,14:30—17:30
联系电话:0999-5001001
电子邮箱:qhmzj@example.cn(依申请公开专用邮箱)
`;

const enforcement = `青禾市城市管理行政执法局政府信息公开指南
一、主动公开
(一)公开渠道
1、青禾市城市管理行政执法局官方网站(http://cgzf.qinghe.gov.cn);
2、“青禾城管”微信公众号。
二、依申请公开
1.信函或传真提交:来信请寄:青禾市解放路2号;邮政编码:999002;传真号码:0999-5002002。
`;

const veterans = `为保障公民、法人和其他组织依法获取政府信息,结合青禾市退役军人事务局工作实际,编制本指南。
一、公开主体
青禾市退役军人事务局为本机关的政府信息公开主体。
二、依申请公开
1.受理机构
青禾市退役军人事务局办公室为本机关信息公开工作机构,负责受理依申请公开本机关政府信息工作。
联系电话:0999-5003003
`;

const readingPoint = `青禾县交通运输局信息公开指南
一、主动公开信息
(四)公开渠道
1、青禾县交通运输局网站。
2、公民、法人和其他组织也可前往青禾县交通运输局在局办公室设置的政府信息查阅点获取政府信息。
(1)县交通运输局办公室信息查阅点:
办公地址:青禾县新区长虹路6号
联系电话:0999-5004004
工作时间:周一至周五:8:30-12:00,下午14:00-18:00(7月1日至8月31日下午15:00-18:00,国家法定节假日除外)
二、依申请公开
公民、法人和其他组织可以依法向本局申请公开信息。
`;

const channels = `青禾县水利局信息公开指南
一、主动公开
(二)公开方式
本机关政务信息将通过网站公开或者结合“青禾水利”微信公众号、单位公示栏、报刊、广播、电视以及新闻发布会等方式公开。
二、工作机构
办公地址:青禾县河西路3号
联系电话:0999-5005005
`;

describe('qaguide28: zones named by their place, 城管, offices said in a sentence, phone follow-ups', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['zone.txt', zone],
      ['enforcement.txt', enforcement],
      ['veterans.txt', veterans],
      ['reading.txt', readingPoint],
      ['channels.txt', channels],
    ]);
  });
  afterAll(() => app.dispose());

  it('finds a zone’s bureau named by its place alone (青禾民政局 for 青禾产城融合示范区民政局)', async () => {
    const answer = await app.ask('青禾民政局信息公开电话');
    expect(answer.kind).toBe('guide');
    expect(answer.answer).toContain('0999-5001001');
  });

  it('reads 城管 as a 城市管理行政执法局', async () => {
    const fax = await app.ask('青禾城管传真多少');
    expect(fax.kind).toBe('guide');
    expect(fax.answer).toContain('0999-5002002');
  });

  it('reads the office a sentence calls the disclosure body', async () => {
    expect(parseAgencyGuide(veterans).fields.accepting_office).toBe('青禾市退役军人事务局办公室');
    const office = await app.ask('青禾退役军人局信息公开找谁');
    expect(office.answer).toContain('青禾市退役军人事务局办公室');
  });

  it('reads a reading point at the bureau’s own office as the office’s contacts', () => {
    const { fields } = parseAgencyGuide(readingPoint);
    expect(fields.phone).toBe('0999-5004004');
    expect(fields.address).toBe('青禾县新区长虹路6号');
  });

  it('answers 能网上申请吗 with a mailbox kept for applications', async () => {
    const online = await app.ask('青禾民政局能网上申请吗');
    expect(online.kind).toBe('guide');
    expect(online.answer).toContain('qhmzj@example.cn');
  });

  it('reads 那去哪里办 and 七八月份下午呢 as follow-ups on the guide', async () => {
    await app.ask('青禾退役军人局信息公开电话', 'qaguide28-where');
    const where = await app.ask('那去哪里办', 'qaguide28-where');
    expect(where.kind).toBe('guide');
    expect(where.answer).toContain('青禾市退役军人事务局办公室');
    await app.ask('青禾县交通运输局几点上班', 'qaguide28-months');
    const summer = await app.ask('七八月份下午呢', 'qaguide28-months');
    expect(summer.kind).toBe('guide');
    expect(summer.answer).toContain('15:00');
  });

  it('reads 信息公开都通过啥方式 as the ways of publishing', async () => {
    const ways = await app.ask('青禾水利局信息公开都通过啥方式');
    expect(ways.kind).toBe('guide');
    expect(ways.answer).toContain('青禾水利');
  });
});
