/**
 * qaguide35: guides read and asked in ways the parser and the answers missed (issue #11). A title-less guide is the body its
 * opening introduces as 本机关, not a street its second address lies in; places numbered after their label (地址1:, 地址2:) are
 * addresses; a value inside a bracket opened earlier in its sentence ends where the bracket closes; pinyin a mirror glued in with a space before the bracket (会(huì )) is dropped; a notice printing the guide with another
 * document (关于印发《…办法》和《…指南》的通知) is a guide, and its application list numbered (一)…(四) is what an application
 * holds. Asked: 信息公开去哪儿交 is where to apply, 信息还在哪发布 how it publishes, 单位申请要啥 the papers the guide names, 代理人要
 * 啥材料 (papers that do not speak of agents) the general rules on applying through someone else, the hours of the 政务服务中心
 * the guide names as a second place; 那X粮食局呢 (粮食和物资储备局) carries the last question over, 那X的呢 after a missed 粮食局
 * picks X's 粮食和物资储备局, and a place with several bodies asked 今年 something no report or guide holds is refused. Made-up guides.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { looksLikeAgencyGuide, parseAgencyGuide } from '../../../src/guide/agency-guide.js';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const selfNamed = `为便于公民、法人和其他组织获取青禾市松林区交通运输局(以下简称本机关)的政府信息,编制本指南并实时更新。
一、本机关持有政府信息基本情况
1.机构职能类信息;
二、本机关对外发布政府信息渠道
(一)线上渠道。
1.青禾市松林区交通运输局(网址:https://www.songlin.gov.cn/jtj/)。
(二)其他渠道。
新闻发布会、松林电视台、青禾晚报等。
三、政府信息依申请公开有关事项
(一)申请接收渠道。
1.当面提交。地址1:青禾市松林区人民路18号3楼302室。工作时间:工作日8:30-12:00、14:30-18:00。地址2:青禾市松林区东坡街道和平路6号松林区政务服务中心A区1楼政务公开专区;工作时间:工作日9:00-12:00、13:30-16:30。
2.邮政寄递。申请人通过信函方式提出申请的,请在信封左下角注明“政府信息公开申请”字样。
`;

const bracketed = `云岭县农业农村委员会政府信息公开指南(2023年版)
一、主动公开政府信息
(二)公开渠道。
1.线上渠道
网址:http://www.yunling.gov.cn/nyw/
2.线下渠道
公民、法人和其他组织可以到云岭县农业农村委员会(地址:云岭县城南街道滨河路8号2楼;联系方式:0999-7712345,工作时间:周一至周五8:30—12:00;14:30—17:30,法定节假日除外)查阅本机关政府信息。
`;

const mirrored = `雲嶺縣水務委員會(huì )
政府信息公開(kāi)指南(2024年版)
為便于公民、法人和其他組織獲取雲嶺縣水務委員會(huì )(以下簡(jiǎn)稱(chēng)本機關(guān))的政府信息,編制本指南。
二、本機關(guān)對外發(fā)布政府信息渠道
(二)其他渠道。
新聞發(fā)布會(huì )、雲嶺電視臺、雲嶺日報等。
三、政府信息依申請公開(kāi)有關(guān)事項
(一)申請接收渠道。
1.當面提交。地址1:雲嶺縣濱江路99號
`;

const notice = `青禾省粮食局关于印发《青禾省粮食局政府信息公开实施办法》和《青禾省粮食局政府信息公开指南》的通知

  三、获取方式

  (二)依申请公开的政府信息

  1、通过互联网提出申请。申请人可下载《申请表》,填写后通过电子邮件(邮箱地址:lyjxxgk@163.com)提交。

  2、书面申请。填写后通过信函或传真方式提交。

  申请人递交的申请书应包括下列内容:

  (一)申请人的姓名或者名称、住址、身份证明、联系方式;

  (二)申请公开的政府信息的内容描述;

  (三)申请人的签名或盖章。

  四、政府信息公开工作机构的名称、办公地址
`;

const jinzhouLike = `青禾市人民政府办公厅受理政府信息公开申请说明 一、受理机构 青禾市人民政府办公厅负责公开由青禾市人民政府办公厅制作的政府信息。 受理时间:上午8:30-11:30,下午13:30-17:00(节假日除外) 联系电话:0999-3312106 通信地址:青禾市府前路8号 邮政编码:999013 二、申请的提出 1、每张申请表申请一条政府信息; 2、公民提出申请时,应当同时提供身份证复印件作为申请的附件;法人或者其他组织提出申请时,应当同时提供统一社会信用代码证书或营业执照复印件作为申请的附件; 3、通过信函提出申请。申请人填写纸质申请表,邮寄到青禾市人民政府办公厅,信封注明“政府信息公开申请”字样。
`;

const grainBureau = `白河市粮食和物资储备局政府信息公开指南
一、工作机构
本行政机关政府信息公开工作机构为白河市粮食和物资储备局办公室。
联系电话:0999-6381111
通讯地址:白河市新华东路9号
邮政编码:999400
办公时间(工作日):8:00-12:00,14:30-17:30
`;

const grainHospital = `白河市儿童医院信息公开指南
二、信息公开工作机构
医院接受信息公开咨询的电话号码是:0999-2582000;
接受书面咨询的通讯地址:白河市长江路1号 邮编:999500
`;

const otherProvince = `云岭省民政厅政府信息公开指南
一、申请受理机构
云岭省民政厅受理依申请公开政府信息的机构为厅办公室,办公时间为8:30-12:00,13:00-17:00(工作日)。
三、申请的提交方式
1.当面申请
申请人可到省民政厅当面提交申请。地址:云岭市五华路1号,联系电话:0999-51781111,邮编:999000。
`;

describe('qaguide35: guides with no title, numbered places, bracketed contacts, mirrors and notices', () => {
  it('takes the body the opening introduces as 本机关, its numbered places and their hours', () => {
    const guide = parseAgencyGuide(selfNamed);
    expect(guide.agency).toBe('青禾市松林区交通运输局');
    expect(guide.fields.address).toBe('青禾市松林区人民路18号3楼302室');
    expect(guide.fields.office_hours).toBe('工作日8:30-12:00、14:30-18:00');
  });

  it('ends contacts inside a bracket where it closes', () => {
    const guide = parseAgencyGuide(bracketed);
    expect(guide.fields.office_hours).toBe('周一至周五8:30—12:00;14:30—17:30,法定节假日除外');
  });

  it('drops pinyin glued in with a space before the bracket, and reads the numbered address', () => {
    const guide = parseAgencyGuide(mirrored);
    expect(guide.agency).toBe('云岭县水务委员会');
    expect(guide.fields.address).toBe('雲嶺縣濱江路99號');
    expect(guide.fields.proactive_channels ?? '').not.toContain('huì');
  });

  it('reads a notice printing the guide with another document, and its numbered list of what an application holds', () => {
    expect(looksLikeAgencyGuide(notice)).toBe(true);
    const guide = parseAgencyGuide(notice);
    expect(guide.agency).toBe('青禾省粮食局');
    expect(guide.fields.email).toBe('lyjxxgk@163.com');
    expect(guide.fields.application_contents).toContain('申请人的签名或盖章');
  });

  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['songlin-jtj-guide.txt', selfNamed],
      ['yunling-nyw-guide.txt', bracketed],
      ['yunling-swj-guide.txt', mirrored],
      ['qinghe-lyj-guide.txt', notice],
      ['qinghe-bgt-guide.txt', jinzhouLike],
      ['qinghe-lsj-guide.txt', grainBureau],
      ['qinghe-etyy-guide.txt', grainHospital],
      ['yunling-mzt-guide.txt', otherProvince],
    ]);
  });
  afterAll(() => app.dispose());

  it('answers where to hand it in, where the information comes out, and the second place’s hours', async () => {
    const [where, published, centre] = await converse(app, 'u1', [
      '云岭县水务委员会信息公开去哪儿交',
      '云岭县水务委员会的信息还在哪发布',
      '松林区交通运输局政务服务中心那个点几点下班',
    ]);
    expect(where.kind).toBe('guide');
    expect(where.answer).toContain('滨江路99号');
    expect(published.kind).toBe('guide');
    expect(published.answer).toContain('云岭日报');
    expect(centre.kind).toBe('guide');
    expect(centre.answer).toContain('16:30');
  });

  it('answers what an application holds, what an organisation sends, and what an agent needs', async () => {
    const [contents] = await converse(app, 'u2', ['青禾省粮食局申请书要写啥']);
    expect(contents.answer).toContain('签名或盖章');
    const [organisation, agent] = await converse(app, 'u3', ['青禾市人民政府办公厅单位申请要啥', '代理人要啥材料']);
    expect(organisation.kind).toBe('guide');
    expect(organisation.answer).toContain('营业执照');
    expect(agent.kind).toBe('guide');
    expect(agent.answer).toContain('委托');
  });

  it('carries the last question to 那X粮食局呢, and picks the 粮食和物资储备局 after a missed 粮食局', async () => {
    const [, grain] = await converse(app, 'u4', ['云岭省民政厅中午休息吗', '那白河粮食局呢']);
    expect(grain.kind).toBe('guide');
    expect(grain.answer).toContain('14:30');
    const [missed, picked] = await converse(app, 'u5', ['白水市粮食局信息公开电话', '那白河的呢']);
    expect(missed.kind).toBe('refusal');
    expect(picked.kind).toBe('guide');
    expect(picked.answer).toContain('0999-6381111');
  });

  it('refuses what no report or guide holds of a place with several bodies, a year said or not', async () => {
    const [answer] = await converse(app, 'u6', ['白河今年粮食收购价多少']);
    expect(answer.kind).toBe('refusal');
  });
});
