/**
 * qaguide25: citizens' own words over stored guides (issue #11). 申请寄哪 (寄 with no 到) asks where to send it; 能网上弄吗 (弄, 办,
 * 搞 for applying) asks whether one may apply online; 能去现场看吗 asks where to read; 都公开啥 asks what is published; a
 * platform named by its own name before 上 (能在民呼我为上申请吗) gets the guide's note that it takes no applications; 第五医院
 * (the 人民 left out) is the stored 第五人民医院; a guide taking applications by phone (接受网上和信函、电话申请) lists the phone
 * among its ways, and an item headed 通过互联网提出申请 is its note on applying online; where the guide itself is handed out,
 * after two websites' addresses, is not cut. Made-up guides.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const town = `青禾县石桥镇政府信息公开指南
一、主动公开的信息
我镇主动公开的信息范围参见本镇编制的《石桥镇政府信息公开目录》。
二、依申请公开的有关事项
公民、法人和其他组织需要我镇主动公开以外的政府信息,可以通过互联网、信函、来电咨询等途径提出申请。
(一)受理机构(接受网上和信函、电话申请)
受理机构为石桥镇人民政府办公室。
咨询电话:0999-67940001
通信地址:青禾县石桥镇人民政府
邮政编码:999625
咨询时间:周一至周五:上午8:30-11:30,下午14:00-17:30,法定节假日除外
(二)提出申请
1.通过互联网提出申请。申请人填写电子版申请书后,通过电子邮件方式发送至我镇电子邮箱即可。
2.通过信函提出申请。申请人可将申请书寄至我镇办公室。
`;

const police = `青禾县公安局信息公开指南
一、政府信息公开工作机构
工作机构名称:青禾县公安局办公室 办公地址:青禾县环城北路99号 办公时间:周一至周五上午8:30-12:00下午14:30-17:30 联系电话:0999-84200001 青禾省民声统一平台:http://example.gov.cn,提出政府信息公开工作相关意见建议。民声统一平台不受理政府信息公开申请。
二、主动公开
(一)公开范围
1.机构概况;2.政策文件;3.停限电情况;4.财政信息。
三、依申请公开
申请人可以当面提交或者邮寄《政府信息公开申请表》至青禾县公安局办公室。
`;

const hospital = `青禾市第三人民医院政府信息公开指南
二、信息公开工作机构 医院接受信息公开咨询的电话号码是:0999-2580003; 接受咨询的时间是:上午8:00-11:30,下午2:00-5:30 接受书面咨询的通讯地址:青禾市新兴路3号 邮编:999500
三、咨询人向医院提出书面信息公开咨询,应当通过邮寄方式提交,并在信封的显著位置注明“信息公开咨询”。
`;

const school = `青禾卫生学校信息公开指南
为了更好地提供信息公开服务,方便公民、法人或其他组织依法获取学校相关信息,特制定本指南。公民、法人或其他组织查询本学校相关信息,可以在青禾市教育局(http://jyj.qinghe.example.cn/)和本学校网站(http://www.qhweixiao.example.cn/)查阅本《指南》,也可以到本《指南》指定发放点学校办公室领取。
一、主动公开
(一)公开形式
学校“信息公开”网上专栏具体网址为:http://www.qhweixiao.example.cn/xinxigk/
`;

describe('citizens own words over made-up guides (qaguide25)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['shiqiao-guide.txt', town],
      ['qinghe-gaj-guide.txt', police],
      ['qinghe-3y-guide.txt', hospital],
      ['qinghe-wx-guide.txt', school],
    ]);
  });
  afterAll(() => app.dispose());

  it('reads 申请寄哪 (寄 with no 到) as where to send the application', async () => {
    const answer = await app.ask('青禾县公安局信息公开申请寄哪');
    expect(answer.kind).toBe('guide');
    expect(answer.answer).toContain('环城北路99号');
  });

  it('reads 能网上弄吗 as applying online, answered with the item headed 通过互联网提出申请', async () => {
    const [, online] = await converse(app, 'qaguide25-a', ['石桥镇信息公开电话', '能网上弄吗']);
    expect(online.kind).toBe('guide');
    expect(online.answer).toContain('通过电子邮件方式发送');
  });

  it('lists the telephone among the ways a guide takes applications (接受网上和信函、电话申请)', async () => {
    const answer = await app.ask('石桥镇能打电话申请不');
    expect(answer.kind).toBe('guide');
    expect(answer.answer).toContain('电话申请');
  });

  it('reads 能去现场看吗 as where published information may be read', async () => {
    const [, visit] = await converse(app, 'qaguide25-b', ['青禾卫生学校信息公开电话', '能去现场看吗']);
    expect(visit.kind).toBe('guide');
    expect(visit.answer).not.toContain('没有理解');
  });

  it('reads 都公开啥 as what the agency publishes', async () => {
    const answer = await app.ask('青禾县公安局信息公开都公开啥');
    expect(answer.kind).toBe('guide');
    expect(answer.answer).toContain('停限电情况');
  });

  it('gives the note that a platform named by its own name takes no applications (能在民声上申请吗)', async () => {
    const [, platform] = await converse(app, 'qaguide25-c', ['青禾县公安局信息公开找哪个部门', '能在民声统一平台上申请吗']);
    expect(platform.kind).toBe('guide');
    expect(platform.answer).toContain('不受理政府信息公开申请');
    const [, bare] = await converse(app, 'qaguide25-d', ['青禾县公安局信息公开找哪个部门', '能在民声上申请吗']);
    expect(bare.answer).toContain('不受理政府信息公开申请');
  });

  it('reads 第三医院 (the 人民 left out) as the stored 第三人民医院', async () => {
    const answer = await app.ask('青禾第三医院书面咨询寄哪');
    expect(answer.kind).toBe('guide');
    expect(answer.answer).toContain('新兴路3号');
  });

  it('keeps where the guide is handed out after two websites (…学校办公室领取)', async () => {
    const answer = await app.ask('青禾卫生学校的信息公开指南去哪领');
    expect(answer.kind).toBe('guide');
    expect(answer.answer).toContain('学校办公室领取');
  });
});
