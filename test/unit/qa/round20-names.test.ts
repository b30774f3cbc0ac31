/**
 * Classes closed for real-questions-38 and -39, each with a made-up second example: a name with a second name in brackets
 * (…民族事务委员会(宗教事务局)) is known by either; a vocational college by its name with 学院; a zone named with its province
 * first is known without it, and short; a zone's bureau with its district in brackets is the publisher and is known as the
 * district's bureau; 环保信息 is 环境保护; a website printed as 官网 is the website asked; 未接收到 states none received; a
 * 2019-layout 本年增/减 asked as 增加了几项; a platform called after the place is no second agency; a zone's own office is the zone's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plainWords } from '../../../src/qa/colloquial.js';
import { agencyAliases } from '../../../src/report/agency-names.js';
import { subjectOfOpening } from '../../../src/report/identity.js';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

describe('round 20 agency names', () => {
  it('a second name in brackets names the agency alone, short, and as 民宗委', () => {
    const aliases = agencyAliases('兰州市民族事务委员会(宗教事务局)');
    expect(aliases).toEqual(expect.arrayContaining(['兰州市民委', '兰州市宗教事务局', '兰州市民宗委', '兰州民委']));
    expect(agencyAliases('西宁市发展和改革委员会(粮食局)')).toEqual(expect.arrayContaining(['西宁市发改委', '西宁市粮食局']));
    expect(aliases.some((alias) => /^[(（]/.test(alias))).toBe(false);
  });

  it('a vocational college is known by its own name and 学院, never by its city alone', () => {
    expect(agencyAliases('浙江纺织服装职业技术学院')).toContain('浙江纺织服装学院');
    expect(agencyAliases('温州职业技术学院')).not.toContain('温州学院');
  });

  it('a zone named with its province first is known without it', () => {
    expect(agencyAliases('江西樟树经济开发区')).toEqual(expect.arrayContaining(['樟树经济开发区', '樟树经开区', '樟树开发区']));
  });

  it("a zone's bureau with its district in brackets is the publisher, known as either's bureau", () => {
    const opening = '2020年,宜昌高新区(猇亭区)财政局政府信息公开工作在管委会的领导下,扎实推进。';
    expect(subjectOfOpening(opening, opening)).toBe('宜昌高新区(猇亭区)财政局');
    expect(agencyAliases('宜昌高新区(猇亭区)财政局')).toEqual(expect.arrayContaining(['猇亭区财政局', '宜昌高新区财政局']));
  });

  it('环保信息 is 环境保护; 环保局 stays an agency', () => {
    expect(plainWords('某县2022年环保信息公开多少条')).toContain('环境保护信息');
    expect(plainWords('某县环保局电话')).toBe('某县环保局电话');
  });
});

describe('round 20 classes over a made-up report', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'songxi-sw.txt',
        `松溪县商务局2023年政府信息公开工作年度报告
一、总体情况
(一)主动公开情况。2023年,县商务局通过官网主动公开政府信息57条,其中通知公告12条。
(二)依申请公开情况。2023年本局未接收到政府信息公开申请。
(三)平台建设。在“数字松溪”平台发布营商信息8条。
`,
      ],
      [
        'songxi-jy.txt',
        `松溪县教育局2023年政府信息公开工作年度报告
一、总体情况
2023年,县教育局主动公开政府信息120条。
`,
      ],
      [
        'qingyang-kfq.txt',
        `青阳经济开发区管理委员会2023年政府信息公开工作年度报告
本报告由青阳经济开发区管理委员会编制。如有疑问,请与青阳经济开发区管委会综合办公室联系(电话:0566-5012345)。
一、总体情况
2023年,青阳经济开发区主动公开政府信息64条。
`,
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('官网 asked is the 官网 printed', async () => {
    const answer = await app.ask('松溪县商务局2023年官网公开了多少条政府信息');
    expect(answer.facts.map((fact) => fact.value)).toEqual([57]);
  });

  it('未接收到 answers a count of applications with none', async () => {
    const answer = await app.ask('松溪县商务局2023年收到几个信息公开申请');
    expect(answer.facts.map((fact) => fact.value)).toEqual([0]);
  });

  it('a platform called after the place (数字松溪) is no second question of which agency', async () => {
    const answer = await app.ask('松溪县商务局2023年在数字松溪平台发布了几条营商信息');
    expect(answer.kind).not.toBe('clarify');
    expect(answer.facts.map((fact) => fact.value)).toEqual([8]);
  });

  it("a zone's own 综合办公室 is the zone's", async () => {
    const answer = await app.ask('青阳经济开发区综合办公室电话是多少');
    expect(answer.answer).toContain('0566-5012345');
  });
});
