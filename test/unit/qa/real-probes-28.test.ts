/**
 * Lead probes of the twenty-eighth session, found by asking every hand-read prose question of the real fixture folders of
 * one store holding all of them, with the users of an earlier run still remembered.
 * - 平潭综合实验区财政金融局2020年制作、获取政府信息总数是多少条 asked right after another agency's 依申请公开 count was read as a
 *   follow-up asking another column of the applications row: its 总数 is a word of the total column, so it was answered with
 *   the table's 本年新收申请（总计） 0 (prefixed 报告没有单独写明…) instead of the sentence's 425. A counted message that names a
 *   thing of its own besides a column word is a new question.
 * - 天津市北辰区人民政府集贤里街道办事处2023年受理依申请公开申请多少条, the street office not stored, was answered with 天津市's own
 *   14283 (its 2021 report): the municipality's government is stored under the place's name alone, so the place written before
 *   the lower one was read as that agency. It is now read as the place only, and the office named is refused as not held.
 * - 银川市政府门户网站2022年发布信息多少条 was read as a typo of the stored town's kind 银川镇政府 (积石山县银川镇人民政府), and
 *   then as that town's name with the city's level dropped. A city of the division data written whole is that city (a district
 *   government under it, 银川市兴庆区人民政府, may still answer, with the note that it is the level below).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importFixtureFiles, importTexts, makeTestApp, type TestApp, xigongAs } from '../../helpers.js';

describe('a counted question naming its own thing after a count of applications', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importFixtureFiles(app, [['reports-more8', '02.txt']]);
    await importTexts(app, [
      [
        'yanchi.txt',
        xigongAs(
          '盐池县财政局',
          '盐池县',
          '（一）主动公开政府信息的数量2023年制作、获取政府信息总数512条，其中主动公开政府信息300条，依申请公开信息数12条。',
          '全年收到政府信息公开申请3件。',
          2023,
        ),
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('answers the sentence’s figure, not the total column of the applications asked before', async () => {
    const [, answer] = await converse(app, 'yanchi', [
      '西工区科技局2024年收到多少申请',
      '盐池县财政局2023年制作、获取政府信息总数是多少条',
    ]);
    expect(answer.kind).toBe('figure');
    expect(answer.facts.map((fact) => fact.value)).toContain(512);
    expect(answer.answer).not.toContain('本年新收申请');
  });

  it('answers the real report’s sentence after another agency’s count of applications', async () => {
    const [, answer] = await converse(app, 'pingtan', [
      '盐池县财政局2023年收到多少申请',
      '平潭综合实验区财政金融局2020年制作、获取政府信息总数是多少条？',
    ]);
    expect(answer.facts.map((fact) => fact.value)).toContain(425);
  });

  it('still reads a bare column asked after a count of applications as that column of the row', async () => {
    const [, natural, business] = await converse(app, 'yanchi-columns', [
      '盐池县财政局2023年收到多少申请',
      '自然人几件',
      '其中企业申请的有几件',
    ]);
    expect(natural.answer).toContain('自然人');
    expect(business.answer).toContain('商业企业');
  });
});

describe('an unstored agency written whole under a place whose government is stored under the place alone', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['lanzhou.txt', xigongAs('兰州市', '兰州市', '2023年，全市主动公开政府信息52100条。', '全年收到政府信息公开申请1867件。', 2023)],
    ]);
  });
  afterAll(() => app.dispose());

  it('is refused by name, never answered with the city’s figure', async () => {
    const [answer] = await converse(app, 'zhangye-road', ['兰州市城关区人民政府张掖路街道办事处2023年受理依申请公开申请多少条？']);
    expect(answer.kind).toBe('refusal');
    expect(answer.facts.map((fact) => fact.value)).not.toContain(1867);
    expect(answer.answer).not.toContain('1867');
  });

  it('still answers the city asked by its own name', async () => {
    const [answer] = await converse(app, 'lanzhou', ['兰州市2023年收到多少政府信息公开申请']);
    expect(answer.kind).toBe('figure');
    expect(answer.answer).toContain('兰州市2023年');
  });
});

describe('a city’s government asked where only a district’s government or a town named like the city is stored', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'chengguan.txt',
        xigongAs('兰州市城关区人民政府', '兰州市城关区', '2023年，全区主动公开政府信息6321条。', '全年收到政府信息公开申请41件。', 2023),
      ],
      ['wuwei-town.txt', xigongAs('武威镇人民政府', '武威镇', '2023年，全镇主动公开政府信息97条。', '全年收到政府信息公开申请1件。', 2023)],
      [
        'jiuquan-town.txt',
        xigongAs('和政县酒泉镇人民政府', '和政县', '2023年，全镇主动公开政府信息288条。', '全年收到政府信息公开申请2件。', 2023),
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('answers 兰州市政府 from the district’s government only saying plainly it is the level below', async () => {
    const [answer] = await converse(app, 'lanzhou-city', ['兰州市政府2023年主动公开了多少条信息']);
    expect(answer.facts.map((fact) => fact.value)).toContain(6321);
    expect(answer.answer).toContain('兰州市下面一级的单位');
  });

  it('does not read 酒泉市政府 as a typo of the town 酒泉镇’s government', async () => {
    const [answer] = await converse(app, 'jiuquan-city', ['酒泉市政府2023年主动公开了多少条信息']);
    expect(answer.facts.map((fact) => fact.value)).not.toContain(288);
    expect(answer.answer).not.toContain('酒泉镇');
  });

  it('does not read 武威市政府 as a typo of the kind of a town stored without its county (武威镇政府)', async () => {
    const [answer] = await converse(app, 'wuwei-city', ['武威市政府2023年主动公开了多少条信息']);
    expect(answer.facts.map((fact) => fact.value)).not.toContain(97);
    expect(answer.answer).not.toContain('武威镇');
  });

  it('does not read 酒泉市政府 before its website as a typo of the town’s kind (酒泉镇政府)', async () => {
    const [answer] = await converse(app, 'jiuquan-site', ['酒泉市政府门户网站2023年发布信息多少条？']);
    expect(answer.answer).not.toContain('酒泉镇');
  });

  it('still answers the district and the town asked by their names', async () => {
    const [district, town] = await converse(app, 'both', [
      '兰州市城关区政府2023年主动公开了多少条信息',
      '酒泉镇2023年主动公开了多少条信息',
    ]);
    expect(district.facts.map((fact) => fact.value)).toContain(6321);
    expect(town.facts.map((fact) => fact.value)).toContain(288);
  });
});
