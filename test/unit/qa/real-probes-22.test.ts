/**
 * Lead probes of the twenty-second session, on made-up reports in a real SQLite store: a citizen names an agency the store
 * does not hold.
 * - The refusal shows what the store holds of the place named (济南外事办, 淮安市规划局, 淮安规划局) before the first names
 *   of the alphabet, when the place has stored agencies; a kind the store holds still lists that kind's agencies first.
 * - A guide's question (电话多少, 在哪申请) of such an agency says no guide or report was found, not only no report; an office
 *   named short after its city with its level (济南市外事办电话多少) is refused by its name, not answered with the rules.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFixtureFiles, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

function report(agency: string, year: number, proactive: number): string {
  return [
    `${agency}${year}年政府信息公开工作年度报告`,
    `本报告中所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`,
    '一、总体情况',
    `${year}年,${agency}全年主动公开政府信息${proactive}条,收到政府信息公开申请3件。`,
    '',
  ].join('\n');
}

describe('an agency the store does not hold, asked by a citizen', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    // Made-up reports of agencies of real places; an 教育局 elsewhere, so that the kind is one the store holds.
    await importTexts(app, [
      ['huaian-qinghe.txt', report('淮安市清江浦区人民政府清河街道办事处', 2024, 41)],
      ['huaian-water.txt', report('淮安市水利局', 2023, 77)],
      ['jinan-street.txt', report('济南市历下区人民政府东关街道办事处', 2024, 52)],
      ['dazhi-edu.txt', report('大冶市教育局', 2024, 66)],
    ]);
  });
  afterAll(() => app.dispose());

  it('shows the place’s stored agencies, the place written with or without its level', async () => {
    for (const question of ['淮安市规划局2024年收到多少申请', '淮安规划局去年收到几件申请']) {
      const answer = (await app.ask(question)).answer;
      expect(answer, question).toMatch(/没有找到“淮安市?规划局”/);
      expect(answer, question).toContain('淮安市有年度报告的机关：');
      expect(answer, question).toContain('淮安市水利局（2023年）');
      expect(answer, question).toContain('淮安市清江浦区人民政府清河街道办事处（2024年）');
      expect(answer, question).not.toContain('济南市');
      expect(answer, question).not.toMatch(/\d+条/);
    }
  });

  it('lists the kind’s stored agencies first when the kind is one the store holds', async () => {
    const answer = (await app.ask('淮安市教育局2024年收到多少申请')).answer;
    expect(answer).toContain('没有找到“淮安市教育局”');
    expect(answer).toContain('有年度报告的教育局：大冶市教育局（2024年）');
  });

  it('says no guide was found either when a guide’s field is asked, and names a short office with its city’s level', async () => {
    const phone = (await app.ask('淮安市教育局电话多少')).answer;
    expect(phone).toContain('没有找到“淮安市教育局”的政府信息公开指南或年度报告');
    for (const question of ['济南市外事办电话多少', '济南外事办地址在哪']) {
      const answer = (await app.ask(question)).answer;
      expect(answer, question).toMatch(/没有找到“济南市?外事办”的政府信息公开指南或年度报告/);
      expect(answer, question).not.toContain('东关街道办事处的');
    }
    expect((await app.ask('济南外事办地址在哪')).answer).toContain('济南市有年度报告的机关：济南市历下区人民政府东关街道办事处（2024年）');
  });

  it('keeps the store’s first names for a name that opens with no place', async () => {
    // 星辰区 is no place of the divisions and no stored agency's: the first names of the store, not a place's.
    const answer = (await app.ask('星辰区规划局2024年收到多少申请')).answer;
    expect(answer).toContain('没有找到“星辰区规划局”');
    expect(answer).toContain('目前可查询的报告有：');
    expect(answer).not.toContain('有年度报告的机关：');
  });
});

/**
 * Words of the question read as names, and a withheld count read as a published one:
 * - 信息公开平台 holds 开平 (开平市's short form): no place is read from it;
 * - 人民政府 written right is no typo of 民政局 (古蔺县人民政府网站 was refused as “古蔺县人民政局”);
 * - a year's 年 starts no unknown agency's name (2024年…), nor do the question's verbs (公开发布市政府);
 * - 公开信息多少条 is never answered with 不予公开信息数.
 */
describe('question words are no names, and withheld is not published', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['kaiping.txt', report('开平市水利局', 2025, 31)],
      ['town.txt', report('古蔺县大村镇人民政府', 2024, 12)],
      [
        'platform.txt',
        [
          '桂北县卫生健康局2023年政府信息公开工作年度报告',
          '本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。',
          '一、总体情况',
          '2023年,全年共在市政府信息公开平台公开信息58条。',
          '',
        ].join('\n'),
      ],
    ]);
    // Real (漳平市卫生健康局's 2023 page): 全年共公开信息58条 …; 共制作信息112条,其中主动公开信息数7条…不予公开信息数46条.
    await importFixtureFiles(app, [['reports-more11', '34.txt']]);
  });
  afterAll(() => app.dispose());

  it('reads no 开平 in 信息公开平台', async () => {
    const answer = (await app.ask('桂北县卫生健康局2023年在市政府信息公开平台公开信息多少条')).answer;
    expect(answer).not.toContain('开平市');
    expect(answer).toContain('58条');
    // 开平 written as a place is still the place.
    expect((await app.ask('开平2025年主动公开多少条')).answer).toContain('31条');
  });

  it('reads 人民政府 as written, and no name from a year’s 年 or the question’s verbs', async () => {
    const site = (await app.ask('2024年古蔺县人民政府网站公开信息多少条')).answer;
    expect(site).not.toContain('民政局');
    expect(site).not.toContain('“年');
    const files = (await app.ask('2024年公开发布市政府和市政府办公室文件多少件')).answer;
    expect(files).not.toContain('没有找到“年');
    expect(files).not.toContain('公开发布市政府”');
  });

  it('never answers a count of what was published with what was withheld', async () => {
    const answer = (await app.ask('漳平市卫生健康局2023年全年共公开信息多少条')).answer;
    expect(answer).not.toContain('46条');
    expect((await app.ask('漳平市卫生健康局2023年不予公开信息多少条')).answer).toContain('46条');
  });
});

/**
 * A city stored under its bare name (开远市, whose name is its own kind) is no near-miss of another real city: 开封市 and
 * 开原市 are places of the division data, never typos of 开远市 (开封市祥符区人民政府信息公开咨询电话 was answered with
 * 开远市's phone).
 */
describe('a real place one character off a stored city named bare', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'kaiyuan.txt',
        [
          '开远市2025年政府信息公开工作年度报告',
          '本报告中所列数据的统计期限自2025年1月1日起至2025年12月31日止。',
          '一、总体情况',
          '2025年,全市主动公开政府信息1200条。',
          '六、其他需要报告的事项',
          '开远市政府信息公开工作联系方式：咨询电话：0000—7236877。',
          '',
        ].join('\n'),
      ],
      [
        'xiangfu-guide.txt',
        '开封市祥符区人民政府信息公开指南\n一、受理机构\n受理机构：政务公开办公室\n办公地址：开封市祥符区某某路1号\n咨询电话：0000-26669198\n',
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('answers 开封市祥符区 from its own guide, and never gives 开远市’s phone for 开原市', async () => {
    const own = (await app.ask('开封市祥符区人民政府信息公开咨询电话是多少')).answer;
    expect(own).toContain('0000-26669198');
    expect(own).not.toContain('开远市');
    expect((await app.ask('开原市信息公开电话')).answer).not.toContain('7236877');
    // The stored city itself is still answered.
    expect((await app.ask('开远市信息公开电话')).answer).toContain('7236877');
  });
});

/**
 * Pages in 繁体 state their prose figures in words the readers know in simplified script: they are read so (a mirror's copy
 * of a town's page had no prose figure at all, and 主动公开了多少条 was refused although it prints 全年公開政府信息23條).
 * A 主动公开 count of two places published in together (目录和专题专栏共150条), its parts after it, is the year's total.
 */
describe('prose figures of 繁体 pages, and a total said of two places together', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'joint.txt',
        [
          '青岭县发展和改革局2024年政府信息公开工作年度报告',
          '本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。',
          '一、总体情况',
          '2024年,主动公开政府信息公开目录和我局专题专栏共150条。其中政府信息公开目录中公开部门文件30条、工作动态60条,共发布90条;专题专栏包括价格收费40条、重点项目20条,共发布60条。',
          '',
        ].join('\n'),
      ],
    ]);
    // Real (衡山縣長江鎮's 2023 page, 繁体): 在鎮微信公眾號公開工作動態信息80餘條,長江鎮全年公開政府信息23條,其中:…
    await importFixtureFiles(app, [['reports-more27', '04.txt']]);
  });
  afterAll(() => app.dispose());

  it('answers a 繁体 page’s year total from its own clause', async () => {
    // 主动公开 asked in so many words reads the page's prose figures (it was refused: 没有写明主动公开信息的条数).
    const answer = (await app.ask('衡山县长江镇2023年主动公开了多少条')).answer.split('\n')[0];
    expect(answer).toMatch(/^衡山縣長江鎮2023年主动公开政府信息23条/);
  });

  it('answers the total said of two places together, not its parts', async () => {
    const answer = (await app.ask('青岭县发改局2024年主动公开信息共多少条')).answer.split('\n')[0];
    expect(answer).toContain('150条');
    expect(answer).not.toContain('90条');
  });
});

/**
 * 转结 printed for 结转 is read as 结转 in the sentences; the question's own 转结 is read so too, else its words no longer meet the
 * sentence's (上年度转结多少件 had become 没有理解, and 上年度转结申请多少件 was answered with the year's 95 received).
 */
describe('转结 asked as the page prints it', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'carried.txt',
        [
          '青岭市人民政府办公室2024年政府信息公开工作年度报告',
          '本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。',
          '一、总体情况',
          '(二)依申请公开',
          '2024年,共受理政府信息公开申请95件,答复政府信息公开申请98件(含上年度转结申请8件,另有5件申请转结下年度继续办理)。',
          '',
        ].join('\n'),
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('answers 上年度转结 and 转结下年度 from the clause that prints them', async () => {
    const over = (await app.ask('青岭市人民政府办公室2024年上年度转结多少件')).answer.split('\n')[0];
    expect(over).toContain('上年度转结申请8件');
    const applications = (await app.ask('青岭市人民政府办公室2024年上年度转结申请多少件')).answer.split('\n')[0];
    expect(applications).toContain('8件');
    expect(applications).not.toContain('95');
    expect((await app.ask('青岭市人民政府办公室2024年转结下年度多少件')).answer.split('\n')[0]).toContain('5件');
  });
});
