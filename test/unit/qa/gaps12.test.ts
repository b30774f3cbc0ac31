/**
 * Gap classes closed in the twelfth gaps session, over made-up reports and guides: a follow-up after a guide's answer whose
 * body's reports are stored under the other form of its name (…委员会 and …委) reads those reports' sentences when the
 * table is cut; 结转2025年办理2件 in a report's prose is the count carried over (the year after 结转 is where it went, not when it
 * was counted), and a clause that never says 结转 (受理…40件) is no answer for it; two channels asked together (视频号快手) that a
 * figure lumps with others (视频号、快手、今日头条等平台…120条) are given that shared figure, one channel alone still is not; a
 * place's name followed by 放假期间办公吗 (办公 is working, no office) or by 找哪个办公室 (哪 asks which, no other body's kind)
 * still names the agency; a spoken filler between a place and a school's or hospital's name (石门那个第二中学) is dropped.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

describe('gaps12 classes (made-up reports and guides)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'hanzhong-wjw-guide.txt',
        `汉中市卫生健康委员会信息公开指南
一、依申请公开
（一）受理机构
受理机构：汉中市卫生健康委员会办公室
通信地址：汉中市天汉大道18号
联系电话：0916-2000000
申请方式：当面提交；信函（邮寄）；网上申请
`,
      ],
      [
        'hanzhong-wjw-2024.txt',
        `汉中市卫生健康委2024年政府信息公开工作年度报告
一、总体情况
2024年,共收到政府信息公开申请58件。其中,通过网站提交的41件,通过信函提交的17件。
二、主动公开政府信息情况
`,
      ],
      [
        'yongxing-sthj-2024.txt',
        `永兴县生态环境局2024年政府信息公开工作年度报告
一、总体情况
1.主动公开情况。全年主动公开政府信息126条。
2.依申请公开办理情况。全年受理依申请公开事项40件,当年办结38件,结转2025年办理2件。
`,
      ],
      [
        'dengfeng-wlj-2024.txt',
        `登封市文化广电和旅游局2024年政府信息公开工作年度报告
一、总体情况
全年通过局门户网站主动公开政府信息210条,“登封文旅”视频号、快手、今日头条等平台发布短视频120条。
`,
      ],
      [
        'qingshi-guide.txt',
        `青石镇政府信息公开指南
一、工作机构
机构名称:青石镇人民政府党政综合办公室
办公地址:青石镇人民路1号
办公时间:周一至周五 09:00-12:00,14:00-17:00
联系电话:0000-66123456
`,
      ],
      [
        'yunxi-kfq-guide.txt',
        `云溪经开区管委会政府信息公开指南
一、工作机构
机构名称:云溪经开区管委会综合协调办公室
办公地址:云溪市工业大道6号
联系电话:0000-55123456
`,
      ],
      [
        'shimen-erzhong-guide.txt',
        `石门县第二中学信息公开指南
一、工作机构
机构名称:石门县第二中学校长办公室
办公地址:石门县楚江街道学府路2号
联系电话:0736-5321234
`,
      ],
      [
        'baiyang-mzj-guide.txt',
        `白杨县民政局政府信息公开指南
一、工作机构
机构名称:白杨县民政局办公室
办公地址:白杨县和平路9号
联系电话:0000-44123456
二、依申请公开
申请人可以向县政府设立的政府信息公开集中受理窗口(县政务服务中心一楼)提出申请,也可以直接向本局提出申请。
三、其他
本指南可以在县政府门户网站查阅,也可以到本局档案室索取《指南》。
`,
      ],
      [
        'qinglong-town-2023.txt',
        `青龙镇人民政府2023年政府信息公开工作年度报告
一、总体情况
2023年,青龙镇通过县人民政府网公开信息41条,通过镇微信公众号发布信息180条。
`,
      ],
      [
        'songling-swj-guide.txt',
        `松岭县商务局政府信息公开指南
一、工作机构
机构名称:松岭县商务局办公室
办公地址:松岭县建设路3号
联系电话:0000-33123456
二、其他
12345政务服务便民热线客户端不受理政府信息公开申请,申请人可以通过本局办公室提交。
`,
      ],
    ]);
  });
  afterAll(() => app.dispose());

  const values = async (question: string, user?: string) => (await app.ask(question, user)).facts.map((fact) => fact.value);

  it('a follow-up after the guide of a …委员会 reads the sentences of its reports stored under …委', async () => {
    const user = 'g12:a';
    expect((await app.ask('汉中市卫生健康委员会信息公开怎么申请', user)).kind).toBe('guide');
    const answer = await app.ask('2024年收到几件申请', user);
    expect(answer.facts.map((fact) => fact.value)).toEqual([58]);
  });

  it('结转2025年办理2件 answers the count carried into the next year, asked in other words', async () => {
    expect(await values('永兴县生态环境局2024年的申请有几件拖到2025年才办')).toEqual([2]);
    expect(await values('永兴县生态环境局2024年有几件申请结转到下一年')).toEqual([2]);
    expect(await values('永兴县生态环境局2024年受理了多少件申请')).toEqual([40]);
  });

  it('two channels asked together get the figure a clause lumps them in; one alone does not', async () => {
    expect(await values('登封市文旅局2024年视频号快手发布了多少条短视频')).toEqual([120]);
    expect(await values('登封市文旅局2024年快手发布了多少条短视频')).not.toContain(120);
  });

  it('办公 after a town is working, not another office; 找哪个办公室 after a zone asks its accepting office', async () => {
    for (const question of ['青石镇国庆放假期间办公吗', '青石镇节假日办公吗']) {
      const answer = await app.ask(question);
      expect(answer.kind, question).toBe('guide');
      expect(answer.answer).toContain('09:00');
    }
    const office = await app.ask('云溪经开区信息公开找哪个办公室');
    expect(office.kind).toBe('guide');
    expect(office.answer).toContain('综合协调办公室');
  });

  it('那个 between a place and a school named by its ordinal is a filler', async () => {
    const answer = await app.ask('喂 石门那个第二中学 信息公开打哪个电话');
    expect(answer.kind).toBe('guide');
    expect(answer.answer).toContain('0736-5321234');
  });

  it("a guide's own reading place and its central accepting point are read and answered", async () => {
    const reading = await app.ask('白杨县民政局的信息公开指南去哪看');
    expect(reading.kind).toBe('guide');
    expect(reading.answer).toContain('档案室');
    const central = await app.ask('白杨县民政局信息公开申请可以到县政务服务中心递交吗');
    expect(central.kind).toBe('guide');
    expect(central.answer).toContain('集中受理窗口');
  });

  it('the accepting office asked in other words, and 说没有我要的信息 as the rules on replies', async () => {
    const office = await app.ask('青石镇信息公开工作机构叫啥');
    expect(office.kind).toBe('guide');
    expect(office.answer).toContain('党政综合办公室');
    const which = await app.ask('我想找白杨县民政局要份材料 该找哪个部门');
    expect(which.kind).toBe('guide');
    expect(which.answer).toContain('白杨县民政局办公室');
    const none = await app.ask('白杨县民政局说没有我想要的信息怎么办');
    expect(none.kind).toBe('guide');
    expect(none.answer).toContain('信息不存在');
  });

  it('the rules on processing information and on petitions made as applications, with an agency named or not', async () => {
    const processing = await app.ask('白杨县民政局能不能帮我把数据重新统计一下');
    expect(processing.kind).toBe('guide');
    expect(processing.answer).toContain('加工');
    const petition = await app.ask('拿信息公开申请当投诉用可以吗');
    expect(petition.kind).toBe('guide');
    expect(petition.answer).toContain('不作为政府信息公开申请');
  });

  it("政府网 without 站 after a town government's name is the channel asked", async () => {
    expect(await values('青龙镇2023年县政府网上发了几条')).toEqual([41]);
    expect(await values('青龙镇2023年在政府网发了多少条信息')).toEqual([41]);
  });

  it("a platform that takes no applications, in the guide's words, answers whether one may apply there", async () => {
    const answer = await app.ask('松岭县商务局的便民热线客户端上可以申请信息公开吗');
    expect(answer.kind).toBe('guide');
    expect(answer.answer).toContain('不受理政府信息公开申请');
  });
});
