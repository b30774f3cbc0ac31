/**
 * corpus66: two answer classes of real-questions-corpus66 (reports-more72), on made-up pages of real places in a real SQLite
 * store, made-up figures.
 * - 收到几件依申请公开 against 因政府信息依申请公开工作提起上诉案件1件 and 共收到政府信息公开申请3宗: a lawsuit or a review over
 *   requests is no request received (it answered the 1, and a comparison of two 街道 stated it as the second's count).
 * - Section 二 written as prose and cut by the page's end before its full stop (…更新了《…指南(2024)》和《…2023年度…报告》,并发布了
 *   94篇法定主动公开内容,其内容包括:…): its count is read, the cited titles' years set aside (the run was never indexed, so
 *   发布了多少篇 was refused).
 * - 受理申请多少件次 against 共受理政府信息公开申请4件次共6项: a count asked in 件次 is the one printed so (it answered the total
 *   after 共, 6项, the items the requests asked).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

describe('a lawsuit over requests is no request received', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'street.txt',
        [
          '2024年,石井街严格按照区委、区政府的工作部署要求,全面落实《中华人民共和国政府信息公开条例》的规定。',
          '一、总体情况',
          '(一)政府信息主动公开情况',
          '2024年主动公开政务信息共48条。',
          '(二)政府信息依申请公开情况',
          '1.政府信息依申请公开答复情况。2024年共收到政府信息公开申请5宗,均已按规定时限办理答复。',
          '2.政府信息依申请公开诉讼情况。2024年因政府信息依申请公开工作提起上诉案件2件,该案件已审结。',
          '',
        ].join('\n'),
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('收到几件 is answered with the requests received, never the appeal cases', async () => {
    for (const question of ['石井街2024年收到依申请公开几件', '石井街2024年收到的依申请公开有多少']) {
      const answer = await app.ask(question, `received-${question}`);
      expect(
        answer.facts.map((fact) => fact.value),
        question,
      ).toContain(5);
      expect(
        answer.facts.map((fact) => fact.value),
        question,
      ).not.toContain(2);
    }
  });
});

describe('section 二 in prose, cut by the page before its full stop', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'cut.txt',
        [
          '廉江市罗州街道2024年度政府信息公开工作年度报告',
          '本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。',
          '一、总体情况',
          '2024年,我街道加强组织领导,健全工作机制,扩大公开范围。',
          '二、主动公开政府信息情况',
          '2024年,我街道在政府信息公开平台更新了《罗州街道政务信息公开指南(2024)》和《廉江市罗州街道2023年度政府信息公开工作年度报告》,并发布了57篇法定主动公开内容,其内容包括:街道领导班子分工、政府机构等基本信息,街道制发的普发性非涉密文',
          '',
        ].join('\n'),
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('发布了多少篇 is answered with the count of the cut run', async () => {
    const answer = await app.ask('廉江市罗州街道2024年发布了多少篇法定主动公开内容', 'cut');
    expect(answer.facts.map((fact) => fact.value)).toContain(57);
  });
});

describe('a count asked in 件次', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'zone.txt',
        [
          '信阳经济开发区管委会2020年政府信息公开工作年度报告',
          '本年度报告中使用数据统计期限为2020年1月1日至12月31日。',
          '一、总体情况',
          '(二)依申请公开办理情况',
          '2020年共受理政府信息公开申请3件次共8项,办理回复3件次共8项,全部按时答复办结。',
          '',
        ].join('\n'),
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('多少件次 is the count printed in 件次, not the total of items after 共', async () => {
    const answer = await app.ask('信阳经济开发区管委会2020年受理信息公开申请多少件次', 'times');
    expect(answer.facts.map((fact) => fact.value)).toContain(3);
    expect(answer.facts.map((fact) => fact.value)).not.toContain(8);
  });
});
