/**
 * qaguide26: citizens' own words over stored guides (issue #11). 信息公开去哪儿办 (办 with no 申请) asks where to apply; 那白银给排水呢
 * (a company named by its place and words of its own name, 公司 left out) switches the conversation to it; 打哪个电话投诉 asks
 * the guide's complaint phone and 周末能投诉吗 its complaint hours; 几点上班 of a guide with complaint hours only gives those,
 * saying no office hours are written; 申请书寄哪 asks where to send it, not about the form; a reading place asked by its name
 * less the region (政务服务中心电话呢) is that place; a sentence naming the sites it publishes through (通过X门户网站、Y政务服务网
 * 向社会公开) is the ways of publishing when no heading gives them; 能按关键词搜吗 gets the guide's words on searching (使用关键词进行检索). Made-up guides.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const town = `青禾县石门镇人民政府信息公开指南
本机关主要通过政府门户网站主动公开政府信息。
本机关收到申请后,能够当场答复的,将当场答复;不能当场答复的,自收到申请之日起15个工作日内予以答复。
公民、法人或其他组织认为本机关未依法履行政府信息公开义务的,可以向本机关投诉电话举报。投诉电话:0999—6260001,传真号码:0999—6260002,通信地址:青禾县石门镇民主街1号,邮政编码:999423。接待投诉时间:周一至周五上午8:30-12:00,下午14:30-17:30,法定节假日除外。
`;

const water = `青禾市给排水公司政府信息公开指南
一、主动公开
本公司当面受理点:青禾市给排水公司客服中心;办公时间:星期一至星期五,早上8:00-12:00;下午2:30-6:00;联系电话:0999-5930001。
二、依申请公开
(一)受理机构
本公司信息公开申请受理机构:青禾市给排水公司客服中心
办公地址:青禾市北京路99号
`;

const district = `青禾市白塔区人民政府信息公开指南
一、白塔区政府对外公布政府信息渠道
1.白塔区人民政府网站。网址:http://www.bt.qinghe.gov.cn/
2.白塔区政府信息公开查阅场所:
白塔区档案馆 电话:0999-3730001 联系人:张 三
白塔区政务服务中心 电话:0999-3730002 联系人:李 四
二、白塔区政府信息公开申请渠道
1. 邮政寄送。申请人可通过邮政寄送方式提出申请,并在信封的显著位置标注“政府信息公开申请”字样,将申请书邮寄至白塔区政府办公室(青禾市白塔区花园街9号,办公地址:白塔区政府办公楼225室,联系电话:0999-3730003,邮政编码:999000)。
`;

const bureau = `青禾市文旅局政府信息公开指南
为了更好地提供政府信息公开服务,本机关编制了本指南。
具体承办机构为青禾市文旅局办公室,地址:青禾市南湖区广益路99号,办公时间:上午9:00--12:00,下午14:00—17:30 (法定工作日)。
对主动公开的政府信息,主要采取网上公开的形式,通过青禾市文旅局门户网站、青禾政务服务网向社会公开。
`;

const company = `青禾供电公司政府信息公开指南
一、主动公开
(一)公开范围
本公司主动免费向社会公开的内容具体参见《青禾市人民政府信息公开目录》。
(二)查询方式
公民、法人和其他组织可登录青禾市人民政府信息公开门户网站(网址:www.qinghe.gov.cn)后,进入青禾供电公司政府信息公开子站,使用关键词进行检索即可获取该信息。
`;

describe('citizens own words over made-up guides (qaguide26)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['shimen-guide.txt', town],
      ['qinghe-gps-guide.txt', water],
      ['baita-guide.txt', district],
      ['qinghe-wlj-guide.txt', bureau],
      ['qinghe-gdgs-guide.txt', company],
    ]);
  });
  afterAll(() => app.dispose());

  it('reads 信息公开去哪儿办 (办 with no 申请) as where to apply', async () => {
    const answer = await app.ask('青禾市给排水公司信息公开去哪儿办');
    expect(answer.kind).toBe('guide');
    expect(answer.answer).toContain('北京路99号');
  });

  it('switches to a company named by its place and words of its own name (那青禾给排水呢)', async () => {
    const [, , other] = await converse(app, 'qaguide26-a', ['石门镇传真', '地址呢', '那青禾给排水呢']);
    expect(other.kind).toBe('guide');
    expect(other.answer).toContain('北京路99号');
  });

  it('reads 打哪个电话投诉 as the complaint phone and 周末能投诉吗 as the complaint hours', async () => {
    const phone = await app.ask('石门镇不给我公开咋办 打哪个电话投诉');
    expect(phone.kind).toBe('guide');
    expect(phone.answer).toContain('0999—6260001');
    const weekend = await app.ask('石门镇周末能投诉吗');
    expect(weekend.answer).toContain('周一至周五上午8:30');
  });

  it('gives the complaint hours, and says no office hours are written, when only those are stated (几点能打)', async () => {
    const [, hours] = await converse(app, 'qaguide26-b', ['石门镇投诉电话', '几点能打']);
    expect(hours.kind).toBe('guide');
    expect(hours.answer).toContain('接待投诉时间');
    expect(hours.answer).toContain('没有写明办公时间');
  });

  it('reads 申请书寄哪 as where to send the application, not as a question on the form', async () => {
    const answer = await app.ask('白塔区政府申请书寄哪');
    expect(answer.kind).toBe('guide');
    expect(answer.answer).toContain('花园街9号');
    expect(answer.answer).not.toContain('没有写明申请表');
  });

  it('reads a reading place asked by its name less the region (政务服务中心电话呢) as that place', async () => {
    const [, place] = await converse(app, 'qaguide26-c', ['白塔区政府在哪办公', '政务服务中心电话呢']);
    expect(place.kind).toBe('guide');
    expect(place.answer).toContain('0999-3730002');
  });

  it('reads the sites named in a sentence with no heading as the ways of publishing', async () => {
    const answer = await app.ask('青禾市文旅局公开的信息在哪能下载');
    expect(answer.kind).toBe('guide');
    expect(answer.answer).toContain('青禾政务服务网');
  });

  it("gives the guide's words on searching what it publishes (能按关键词搜吗)", async () => {
    const answer = await app.ask('青禾供电公司公开的信息能按关键词搜吗');
    expect(answer.kind).toBe('guide');
    expect(answer.answer).toContain('使用关键词进行检索');
  });
});
