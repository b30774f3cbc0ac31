/**
 * qaguide33: guides a mirror copied with noise, and questions asked of them (issue #11). A copy-guard's random token ending
 * each line (邮编:250100 b2+10B2.1fd2;5A) is no part of the value before it; of two offices named in one sentence for two
 * levels (学校层面的受理机构为…办公室,学院层面的受理机构为本学院…) the body's own, the first, accepts; a grid company's branch
 * under its province's company (国网…省电力有限公司X供电分公司) is X供电公司; 那X街道的呢 after a 街道 not stored, with two X街道
 * stored, is the one in the place the missed question named; 向哪个法院起诉 is told the court. Made-up guides.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAgencyGuide } from '../../../src/guide/agency-guide.js';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const guardedCollege = `宁夏交通大学信息公开网简介
信息公开指南 Q7.2kd,?3Hn5!1W
为更好地提供信息公开服务,根据《高等学校信息公开办法》有关要求,编制本指南。 T4;2m09?5eR,~3k
宁夏交通大学信息公开采用主动公开、依申请公开和不予公开三种方式。 g5.1Kd7?3wP,~6s
一、依申请公开 M2:8dC5!3TF1-4q
学校师生员工,有关社会公民、法人或者其他组织根据自身学习、科研、生产、生活等特殊需要,可以向宁夏交通大学申请获取主动公开以外的信息。 k,-3hw5;2Tb7-1D
(一)受理机构 u27Rn3!4WE9:1H
宁夏交通大学正式受理信息公开申请,学校层面的受理机构为宁夏交通大学信息公开办公室,院系层面的受理机构为各院系办公室。 Z5.2KM3:,pa9:4x
通讯地址:银川市交大路8号宁夏交通大学行政楼302室 X82mn4~51c7=3L
邮编:750099 c4+21D7.3ge5;2B
咨询时间:周一至周五:8:30-11:30,14:30-17:00,法定节假日除外。 R3+4VF2;7pt1;
`;

describe('qaguide33: a copy-guard mirror and two levels of office', () => {
  it('reads the values without the tokens and the school’s own office', () => {
    const guide = parseAgencyGuide(guardedCollege);
    expect(guide.agency).toBe('宁夏交通大学');
    expect(guide.fields.accepting_office).toBe('宁夏交通大学信息公开办公室');
    expect(guide.fields.address).toBe('银川市交大路8号宁夏交通大学行政楼302室');
    expect(guide.fields.post_code).toBe('750099');
    expect(guide.fields.office_hours).toBe('周一至周五:8:30-11:30,14:30-17:00,法定节假日除外');
  });

  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [['nx-jtdx-guide.txt', guardedCollege]]);
  });
  afterAll(() => app.dispose());

  it('answers where letters go without the token', async () => {
    const [answer] = await converse(app, 'u1', ['宁夏交通大学信息公开申请寄到哪']);
    expect(answer.kind).toBe('guide');
    expect(answer.answer).toContain('交大路8号');
    expect(answer.answer).not.toContain('X82mn4');
  });
});

const gridBranch = `国网云岭省电力有限公司青禾供电分公司信息公开指南
为更好的提供供电企业信息公开服务,根据《供电企业信息公开实施办法》规定,特制订本指南。
一、信息公开工作机构
机构名称:国网云岭省电力有限公司青禾供电分公司办公室
办公地址:青禾市电业路18号
联系电话:0999-2295598
邮政编码:999900
`;

const zoneNearby = `青禾经济技术开发区管理委员会政府信息公开指南
根据《中华人民共和国政府信息公开条例》,编制本指南。
受理机构:青禾经济技术开发区管理委员会党政办公室
办公地址:青禾市开发大道1号
联系电话:0999-2281000
`;

const street = (city: string, district: string, phone: string) => `${city}${district}柳林街道办事处政府信息公开指南
根据《中华人民共和国政府信息公开条例》,编制本指南。
受理机构:${city}${district}柳林街道办事处党政办公室
办公地址:${city}${district}柳林路${phone.slice(-2)}号
联系电话:${phone}
`;

describe('qaguide33: a grid branch, a street after a miss, the court', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['qinghe-gdgs-guide.txt', gridBranch],
      ['qinghe-kfq-guide.txt', zoneNearby],
      ['hexi-liulin-guide.txt', street('江北市', '河西区', '0999-3312341')],
      ['nanhu-liulin-guide.txt', street('湖东市', '南湖区', '0998-4412378')],
    ]);
  });
  afterAll(() => app.dispose());

  it('knows the branch by its place and kind', async () => {
    for (const question of ['青禾供电公司信息公开电话', '国网青禾供电公司信息公开电话多少']) {
      const [answer] = await converse(app, question, [question]);
      expect(answer.kind, question).toBe('guide');
      expect(answer.answer, question).toContain('0999-2295598');
      expect(answer.answer, question).not.toContain('0999-2281000');
    }
  });

  it('takes the street in the place the missed question named', async () => {
    const [missed, street] = await converse(app, 'liulin', ['江北市河西区桃园街道信息公开电话', '那柳林街道的呢']);
    expect(missed.kind).toBe('refusal');
    expect(street.kind).toBe('guide');
    expect(street.answer).toContain('0999-3312341');
    expect(street.answer).not.toContain('0998-4412378');
  });

  it('still asks which street with no place named before', async () => {
    const [answer] = await converse(app, 'liulin2', ['柳林街道信息公开电话']);
    expect(answer.kind).toBe('clarify');
  });

  it('says which court takes a lawsuit', async () => {
    const [, court] = await converse(app, 'court', ['青禾供电公司信息公开不给公开咋办', '向哪个法院起诉']);
    expect(court.answer).toContain('中级人民法院');
    expect(court.answer).toContain('所在地');
  });
});

const platformBureau = `江北市河西区水利局信息公开指南
根据《中华人民共和国政府信息公开条例》,编制本指南。
办公地址:江北市河西区滨江路6号
联系电话:0999-5561234
互联网联系方式:依申请公开互联网申请受理(http://www.hexi.example.cn/ysqgk)“依申请公开”的版块;提出政府信息公开工作相关意见建议在江北政务服务网统一咨询投诉平台(http://ts.jiangbei.example.cn),点击“我要咨询”相关栏目,该平台不受理政府信息公开申请。
`;

describe('qaguide33: a platform said again as 该平台', () => {
  it('notes the platform named before 该平台 as not taking applications', async () => {
    expect(parseAgencyGuide(platformBureau).fields.channel_notes).toEqual(['平台：江北政务服务网统一咨询投诉平台不受理政府信息公开申请']);
    const app = makeTestApp();
    try {
      await importTexts(app, [['hexi-slj-guide.txt', platformBureau]]);
      const [answer] = await converse(app, 'platform', ['河西区水利局能在江北政务服务网上申请吗']);
      expect(answer.kind).toBe('guide');
      expect(answer.answer).toContain('不受理政府信息公开申请');
    } finally {
      app.dispose();
    }
  });
});

const helpedStreet = `江北市河西区桃源街道政务公开专区服务
江北市河西区桃源街道设有政务公开专区,该功能区域包括提供以下服务:
1、设有政府信息公开申请表,接受本单位依申请公开件并受理,同时安排工作人员协助群众通过网上平台向河西区各部门提交政府信息公开申请;
2、设有政策文件阅读材料提供翻阅。
桃源街道政务公开专区地址:江北市河西区桃源路9号便民服务中心,联系电话:0999-3367890。
`;

describe('qaguide33: help with applying online', () => {
  it('tells who helps with applying online', async () => {
    const guide = parseAgencyGuide(helpedStreet);
    expect(guide.fields.channel_notes).toEqual(['网上申请：安排工作人员协助群众通过网上平台向河西区各部门提交政府信息公开申请']);
    const app = makeTestApp();
    try {
      await importTexts(app, [['hexi-taoyuan-guide.txt', helpedStreet]]);
      const [answer] = await converse(app, 'helped', ['桃源街道能帮我网上申请吗']);
      expect(answer.kind).toBe('guide');
      expect(answer.answer).toContain('工作人员协助');
    } finally {
      app.dispose();
    }
  });
});
