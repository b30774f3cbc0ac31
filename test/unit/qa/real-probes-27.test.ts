/**
 * Lead probes of the twenty-seventh session, found by asking every hand-read prose question of the real fixture folders
 * (their JSONs' "prose" lists) of one store holding all of them.
 * - An agency whose name holds a bracket (武汉经济技术开发区(汉南区)医疗保障局) made the agency index build a pattern with the
 *   name unescaped: asking it by its full name threw (SyntaxError: Unterminated group) instead of answering.
 * - 庐山市2025年…, 那庐山市呢: a city or county written with its level, in which no stored agency lies, named no agency the
 *   engine knew, so a conversation's remembered agency answered with its own figure (通化县's 3335 for 庐山市). It is now
 *   refused as a place whose report is not held.
 * - 武汉市东湖生态旅游风景区管理委员会办公室 written whole (its committee rewritten 管委会 to find names stored short) also lay in
 *   …管理委员会卫生健康办公室: it was asked back which of the two was meant. A name written whole is that agency.
 * - 张家川县龙山镇人民政府…协助处理天水市12345热线工单多少条: the city the town lies in, written inside the thing asked, was read as
 *   a second agency (天水市卫生健康委员会) and the question went unanswered. The town's county is an autonomous one written short
 *   (张家川县 for 张家川回族自治县), which the places data did not place the agency by.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importFixtureFiles, importTexts, makeTestApp, type TestApp, xigongAs } from '../../helpers.js';

describe('an agency whose name holds a bracket', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importFixtureFiles(app, [['reports-more14', '31.txt']]);
    await importTexts(app, [
      [
        'xihaian.txt',
        xigongAs(
          '青岛西海岸新区(黄岛区)教育和体育局',
          '青岛西海岸新区(黄岛区)',
          '2024年，主动公开政府信息88条。',
          '全年收到政府信息公开申请3件。',
        ),
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('is answered when asked by its full name, with the bracket (a real report)', async () => {
    const [answer] = await converse(app, 'wuhan', ['武汉经济技术开发区(汉南区)医疗保障局2020年收到多少申请']);
    expect(answer.kind).not.toBe('clarify');
    expect(answer.answer).toContain('武汉经济技术开发区(汉南区)医疗保障局');
  });

  it('is answered with its own figure (a made-up one)', async () => {
    const [answer] = await converse(app, 'xihaian', ['青岛西海岸新区(黄岛区)教育和体育局2024年主动公开了多少条信息']);
    expect(answer.kind).toBe('figure');
    expect(answer.facts.map((fact) => fact.value)).toContain(88);
  });
});

describe('a city or county with its level where no stored agency lies', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['lintao.txt', xigongAs('临洮县人民政府', '临洮县', '2024年，全县主动公开政府信息4210条。', '全年收到政府信息公开申请12件。')],
    ]);
  });
  afterAll(() => app.dispose());

  it('is refused by name after a conversation about another agency, never answered with that one’s figure', async () => {
    const [first, other, followUp] = await converse(app, 'unstored', [
      '临洮县2024年主动公开了多少条信息',
      '2024年彬州市主动公开了多少条信息',
      '那彬州市呢',
    ]);
    expect(first.facts.map((fact) => fact.value)).toContain(4210);
    for (const answer of [other, followUp]) {
      expect(answer.kind).toBe('refusal');
      expect(answer.answer).toContain('没有找到“彬州市”');
      expect(answer.facts).toEqual([]);
    }
  });

  it('still answers a place that holds a stored agency, and a scope among a place’s agencies is no place’s own report', async () => {
    const [own, scope] = await converse(app, 'stored', ['临洮县2024年收到多少申请', '彬州市哪个局收到的申请最多']);
    expect(own.kind).toBe('figure');
    expect(own.answer).toContain('临洮县人民政府');
    expect(scope.answer).not.toContain('没有找到“彬州市”');
  });
});

describe('a committee’s office named whole, and a city named inside the thing asked', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'office.txt',
        xigongAs(
          '铜陵市西湖风景区管理委员会办公室',
          '铜陵市',
          '2024年，办公室通过政府网站发布各类政府信息64条。',
          '全年收到政府信息公开申请2件。',
        ),
      ],
      [
        'health.txt',
        xigongAs('铜陵市西湖风景区管理委员会卫生健康办公室', '铜陵市', '2024年，主动公开政府信息9条。', '全年收到政府信息公开申请0件。'),
      ],
      [
        'town.txt',
        xigongAs(
          '循化县白庄镇人民政府',
          '循化县',
          '2024年，对外发布政府信息31条。此外，协助处理海东市12345热线工单212条，涵盖投诉类150条与政策咨询类62条。',
          '全年收到政府信息公开申请0件。',
        ),
      ],
      ['city.txt', xigongAs('海东市卫生健康委员会', '海东市', '2024年，主动公开政府信息400条。', '全年收到政府信息公开申请5件。')],
    ]);
  });
  afterAll(() => app.dispose());

  it('answers the office written whole, not asking which of the two offices', async () => {
    const [answer] = await converse(app, 'office', ['铜陵市西湖风景区管理委员会办公室2024年发布各类政府信息多少条']);
    expect(answer.kind).toBe('figure');
    expect(answer.facts.map((fact) => fact.value)).toContain(64);
  });

  it('reads the city inside a hotline’s name as where the hotline is, then its parts as follow-ups', async () => {
    const [hotline, part] = await converse(app, 'hotline', [
      '循化县白庄镇人民政府2024年协助处理海东市12345热线工单多少条',
      '其中投诉类多少条',
    ]);
    expect(hotline.facts.map((fact) => fact.value)).toContain(212);
    expect(hotline.answer).not.toContain('海东市卫生健康委员会');
    expect(part.facts.map((fact) => fact.value)).toContain(150);
  });

  it('still compares the city’s agency when the question joins the two', async () => {
    const [compared] = await converse(app, 'compare', ['循化县白庄镇人民政府和海东市卫健委2024年主动公开的信息谁多']);
    expect(compared.answer).toContain('海东市卫生健康委员会');
  });
});
