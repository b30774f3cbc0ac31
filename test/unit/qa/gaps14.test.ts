/**
 * Classes closed in the gaps14 round over made-up reports: a figure only two agencies' sentences state, asked with 加起来 or
 * 一共, is added, never ranked; on a page cut before table 三, 依申请公开几条 (information counted in 条, no word of receiving)
 * is the prose's 依申请公开政府信息N条, while a count of applications received stays refused; one character's alternative
 * bracketed inside a word (专(兼)职, 卷(件)次) is read as part of it, and 卷次 is a measure word; 几类 counts kinds (9类重点领域信息),
 * the kind named after the number; one channel asked (抖音推送了几条) against a count several channels share is refused, the
 * shared count quoted as what the report gives, and never answered from a clause that names another channel (通过官网…412条);
 * 其他组织 or 法人 asked alone against a sentence counting 法人或其他组织 together is answered as the group's figure, said so;
 * three channels written together (微博微信抖音加起来发了多少条) are a list to add, as with 、 or 和 between them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

describe('gaps14 classes over made-up reports', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'lanxi-tj.txt',
        `岚溪县统计局2024年政府信息公开工作年度报告
一、总体情况
(一)主动公开情况。2024年本局组织政务公开业务培训4次。
六、其他需要报告的事项
本年度发布政策解读5条。
`,
      ],
      [
        'qinghe-sl.txt',
        `清河县水利局2023年政府信息公开工作年度报告
一、总体情况
(一)主动公开。全年通过县政府门户网站、“清河水利”公众号等渠道主动公开政务信息85条,依申请公开政府信息2条,及时发布防汛抗旱、河湖长制等信息。
`,
      ],
      [
        'dongling-da.txt',
        `东岭区档案馆2023年政府信息公开工作年度报告
一、总体情况
(一)主动公开。本馆全年在区政府门户网站公开信息36条。2023年共接待查阅档案群众580人次,提供档案查阅利用856卷(件)次,出具档案证明材料300余份。
(二)平台建设。配备专(兼)职信息公开人员5名,负责网站信息审核发布。编制8类政务服务事项清单和14类档案开放目录,在网站专栏公开。
`,
      ],
      [
        'baishui-sj.txt',
        `白水县审计局2024年政府信息公开工作年度报告
一、总体情况
(一)主动公开情况。2024年,通过局官网发布信息412条,其中审计结果公告9条。通过政务微博、微信公众号、抖音号、快手号等新媒体推送信息960条,阅读量达30万余次。
`,
      ],
      [
        'jinchuan-rs.txt',
        `金川县人力资源和社会保障局2024年政府信息公开工作年度报告
一、总体情况
(二)依申请公开情况。全年共收到政府信息公开申请27件,其中自然人申请21件,法人和其他组织申请6件,均已按期答复。
`,
      ],
      [
        'xilin-sj.txt',
        `西林县市场监督管理局2024年政府信息公开工作年度报告
一、总体情况
(一)主动公开情况。全年通过县政府门户网站公开信息210条;“西林市监”官方微博发布信息120条,“西林市监”微信公众号推送信息340条,抖音号发布短视频45条。
`,
      ],
      [
        'heyuan-tj.txt',
        `禾源县统计局2024年政府信息公开工作年度报告
一、总体情况
1、主动公开政府信息情况2024年度我局主动公开政务信息120条,其中工作动态80条、政策解读6条、公示公告34条等。
`,
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('two agencies’ prose figure with 一共 is their sum, not a ranking', async () => {
    const answer = await app.ask('岚溪统计局跟禾源统计局2024年解读政策一共几条');
    expect(answer.answer).toContain('合计11条');
    expect(answer.answer).not.toMatch(/最多|最少/);
    expect(answer.facts.map((fact) => fact.value)).toEqual(expect.arrayContaining([5, 6, 11]));
  });

  it('a cut page without table 三: 依申请公开 counted in 条 is the prose figure, as the report words it', async () => {
    const answer = await app.ask('清河水利局2023年依申请公开的信息有几条');
    expect(answer.kind).toBe('figure');
    expect(answer.answer).toContain('依申请公开政府信息2条');
    expect(answer.facts.map((fact) => fact.value)).toEqual([2]);
  });

  it('a year after the latest report keeps its refusal: the older prose stands in for no table of that year', async () => {
    const answer = await app.ask('清河县水利局2024年依申请公开几条');
    expect(answer.facts).toEqual([]);
  });

  it('applications received stay refused on that page: 依申请公开政府信息2条 counts no application', async () => {
    const answer = await app.ask('清河县水利局2023年收到多少件申请');
    expect(answer.facts).toEqual([]);
  });

  it('a measure word with a bracketed alternative (卷(件)次) is a count in 卷次, quoted as printed', async () => {
    const answer = await app.ask('东岭档案馆2023年档案查阅利用了多少卷次');
    expect(answer.facts.map((fact) => fact.value)).toEqual([856]);
    expect(answer.answer).toContain('856卷(件)次');
  });

  it('a noun with a bracketed alternative (专(兼)职) is found by its words written whole (专兼职)', async () => {
    const answer = await app.ask('东岭区档案馆2023年专兼职人员几个');
    expect(answer.facts.map((fact) => fact.value)).toEqual([5]);
    expect(answer.answer).toContain('配备专(兼)职信息公开人员5名');
  });

  it('a count of kinds (几类) is read from N类, the kind named after the number', async () => {
    const first = await app.ask('东岭区档案馆2023年档案开放目录编了几类');
    expect(first.facts.map((fact) => fact.value)).toEqual([14]);
    const second = await app.ask('东岭区档案馆2023年编制了几类政务服务事项清单');
    expect(second.facts.map((fact) => fact.value)).toEqual([8]);
  });

  it('one channel asked against a count several channels share: not given alone, the shared count quoted as such', async () => {
    const answer = await app.ask('白水审计局2024年抖音推送了几条');
    expect(answer.kind).toBe('refusal');
    expect(answer.facts).toEqual([]);
    expect(answer.answer).toContain('没有写明通过这个渠道（抖音）单独发布的条数');
    expect(answer.answer).toContain('通过政务微博、微信公众号、抖音号、快手号等新媒体推送信息960条');
  });

  it('one channel asked is never answered with a count whose clause names another channel (官网)', async () => {
    const answer = await app.ask('白水县审计局2024年微博发布了多少信息');
    expect(answer.facts.map((fact) => fact.value)).not.toContain(412);
  });

  it('one side of 法人或其他组织 asked alone, a sentence counting the group: the answer says it is the group’s figure', async () => {
    const answer = await app.ask('金川人社局2024年有几个其他组织来申请');
    expect(answer.facts.map((fact) => fact.value)).toEqual([6]);
    expect(answer.answer).toContain('这是“法人和其他组织”合起来的数字');
    const whole = await app.ask('金川县人社局2024年法人和其他组织申请了几件');
    expect(whole.answer).not.toContain('合起来的数字');
  });

  it('three channels written together with no word between them (抖音微博微信加在一起) are each asked and added', async () => {
    const answer = await app.ask('西林县市场监管局2024年抖音微博微信加在一起发了多少条');
    expect(answer.facts.map((fact) => fact.value)).toEqual(expect.arrayContaining([45, 120, 340, 505]));
    expect(answer.answer).toContain('合计505条');
  });

  it('one channel asked: the item leading to the number names it, not the channel before or after it in the clause', async () => {
    const answer = await app.ask('西林县市场监管局2024年微博推送了几条');
    expect(answer.facts.map((fact) => fact.value)).toEqual([120]);
  });
});
