/**
 * qaguide27: citizens' own words over stored guides (issue #11). A betting mirror's own name glued before the agency's
 * (xx88备用网址_123_xx中文官方网站青禾县人民政府…) is no part of it, and a government's organs (人民政府机关) are the government;
 * what a body publishes, said between its name and 信息公开指南 (…总务处后勤管理信息公开指南), is no part of the name; reading
 * places listed in one sentence with their contacts in brackets (可以到A(地址:…,联系电话:…)、B(…)查阅) are as many places.
 * Made-up guides.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAgencyGuide } from '../../../src/guide/agency-guide.js';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const mirrored = `ab888备用网址_1234567_888ab中文官方网站青禾土家族自治县人民政府机关政府信息公开指南(2022年版)
为便于公民、法人和其他组织获取ab888备用网址_1234567_888ab中文官方网站青禾土家族自治县人民政府的政府信息,编制本指南。
一、本机关对外发布政府信息渠道
1. ab888备用网址_1234567_888ab中文官方网站青禾县人民政府网(网址:http://qinghe.example.cn/)。
2. 线下渠道。公民、法人和其他组织可以到青禾县政务服务中心(地址:青禾县东街1号1楼,联系电话:0999-7001001)、青禾县档案馆(地址:青禾县西街2号2楼;联系电话:0999-7001002)、青禾县图书馆(地址:青禾县西街2号5楼;联系电话:0999-7001003)查阅本机关政府信息。
`;

const weather = `青禾市气象局政府信息公开指南
一、政府信息公开工作机构
工作机构名称:市气象局办公室
办公地址:青禾市和平大道7号
办公时间:法定工作日冬令时,上午8:30--12:00,下午14:00—17:00;夏令时,上午8:30--12:00,下午14:30—17:30
咨询电话:0999-8001001
依申请公开互联网申请受理网址:
http://www.qinghe.example.cn/apply.action?sysid=2
`;

const logistics = `青禾职业学院总务处后勤管理信息公开指南
为了更好地提供青禾职业学院后勤管理信息公开服务,青禾职业学院总务处编制了《后勤管理信息公开指南》。
二、依申请公开
●公开受理点
总务处办公室:
办公地址:青禾市学院路9号;
办公时间:工作日;联系电话:0999-6001001;
`;

describe('qaguide27: guides mirrored, titled with their topic, and reading places in one sentence', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['mirrored.txt', mirrored],
      ['logistics.txt', logistics],
      ['weather.txt', weather],
    ]);
  });
  afterAll(() => app.dispose());

  it('drops a betting mirror’s name and reads 人民政府机关 as the government', () => {
    const guide = parseAgencyGuide(mirrored);
    expect(guide.agency).toBe('青禾土家族自治县人民政府');
    expect(guide.fields.proactive_channels ?? '').not.toContain('备用网址');
  });

  it('reads each bracketed reading place of one sentence with its phone', () => {
    const places = parseAgencyGuide(mirrored).fields.reading_places ?? [];
    expect(places).toHaveLength(3);
    expect(places.some((place) => place.startsWith('青禾县档案馆') && place.includes('0999-7001002'))).toBe(true);
    expect(places.some((place) => place.startsWith('青禾县图书馆') && place.includes('0999-7001003'))).toBe(true);
  });

  it('names a body by its name, not the topic its title says it publishes on', () => {
    expect(parseAgencyGuide(logistics).agency).toBe('青禾职业学院总务处');
  });

  it('answers the county government asked short, and the 总务处 by its college', async () => {
    const archive = await app.ask('青禾县政府的信息去档案馆能看吗 电话多少');
    expect(archive.kind).toBe('guide');
    expect(archive.answer).toContain('0999-7001002');
    const office = await app.ask('青禾职业学院总务处电话');
    expect(office.kind).toBe('guide');
    expect(office.answer).toContain('0999-6001001');
  });

  it('reads an online application address printed on the line after its label', () => {
    expect(parseAgencyGuide(weather).fields.online_application_url).toBe('http://www.qinghe.example.cn/apply.action?sysid=2');
  });

  it('takes 找谁 after an agency for the office that accepts applications, and 夏天下午呢 for the office hours', async () => {
    const office = await app.ask('青禾市气象局 找谁');
    expect(office.kind).toBe('guide');
    expect(office.answer).toContain('市气象局办公室');
    await app.ask('青禾市气象局几点上班', 'qaguide27-hours');
    const summer = await app.ask('夏天下午呢', 'qaguide27-hours');
    expect(summer.kind).toBe('guide');
    expect(summer.answer).toContain('14:30');
    // 咋办 找谁 is still a remedy asked, not the office.
    const remedy = await app.ask('青禾市气象局不给我公开咋办 找谁');
    expect(remedy.answer).toContain('行政复议');
  });

  it('says a guide-only agency’s guide names no account, and a place’s weather is off-topic', async () => {
    const media = await app.ask('青禾职业学院总务处有公众号吗');
    expect(media.kind).toBe('guide');
    expect(media.answer).toContain('没有写明');
    const weather = await app.ask('青禾明天下雨吗');
    expect(weather.kind).toBe('clarify');
    expect(weather.answer).toContain('回答不了');
  });
});
