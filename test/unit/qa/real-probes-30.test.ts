/**
 * Lead probes of the thirtieth session, found as those of the twenty-ninth (real-probes-29): every hand-read prose question
 * of the real fixture folders answered right as written (1,098 over one store of all of them) was asked again in other
 * wordings, and the ones answered wrong or not at all became classes fixed here. First run over all 1,098:
 * - 一共 before the count (政策解读类信息一共多少条): 25 wrong figures (the sentence's total, 累计公布各类信息167条, for the item's
 *   32) and 20 misses (the report "does not state the total"). One thing named, then 一共, asks that thing's count.
 * - 想了解一下，X在2025年… (a request lead without 我, 在 before the year): 42 misses and 3 wrong; 在|线下办理 read as 在线 (online).
 * - the province before an agency whose name leaves it out (江西省袁州区审计局…): 222 misses and 10 wrong figures (the province
 *   was kept as a word of the thing asked, so the search read the whole message).
 * - the question first, then whose it is (主动公开多少条？X2024年的): 296 misses and 8 wrong (two questions, the first of no agency).
 * - the agency's short name said again after the year, a filler or the report (…2025年那个双河镇…, …的2025年报告里双河镇…): the
 *   headline's 170 for the website's 51, in three wordings.
 * - …条数是多少 / …件数是多少 (8 wrong of 839: 1 for 292, 5.1 for 59) and …2025年的年报上说… (43 missed): now 0 and 0 wrong, 4 missed.
 * After (over 1,103 at the session's end): 一共 1 wrong and 8 missed (…发布各类信息一共: 各类 keeps the rewrite out, as 各县区 must);
 * the request lead 0 and 0; province 0 wrong and 6 missed; question first 1 wrong and 9 missed (a first part whose words read as
 * an agency: 县级政府, 应急管理).
 * Made-up examples (other agencies, other words) below.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp, xigongAs } from '../../helpers.js';

describe('a prose question reworded as citizens type it (2)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'banqiao.txt',
        xigongAs(
          '临泽县板桥镇人民政府',
          '临泽县',
          '2023年,通过门户网站累计公布各类信息98条,发布通知公告4条,政策解读类信息12条。全年一共新增主动公开政府信息40条,其中项目审批类信息9条、安全生产和应急管理类信息3条、财政预决算类信息6条。',
          '全年收到政府信息公开申请9件,其中线上办理6件,线下办理3件。已答复8件,其中予以公开4件,占已答复件数的50%。',
          2023,
        ),
      ],
      [
        'shahe.txt',
        xigongAs(
          '重庆市南川区沙河镇人民政府',
          '南川区',
          '2023年,沙河镇主动公开政府信息70余条。其中,通过重庆市南川区沙河镇人民政府网站,公开政府信息25条,通过政务新媒体上报信息45余条。',
          '全年收到政府信息公开申请1件。',
          2023,
        ),
      ],
      [
        'yuanzhou.txt',
        xigongAs(
          '袁州区统计局',
          '袁州区',
          '2023年,我局在区政府网站发布统计信息57条,其中统计公报2条、统计分析11条。',
          '全年收到政府信息公开申请4件。',
          2023,
        ),
      ],
    ]);
  });
  afterAll(() => app.dispose());

  const values = (answer: { facts: ReadonlyArray<{ value: number }> }) => answer.facts.map((fact) => fact.value);

  it('reads 一共 after one thing named as that thing’s count, not the sentence’s total', async () => {
    const asked: Array<[string, number, number]> = [
      ['临泽县板桥镇人民政府2023年政策解读类信息一共多少条', 12, 98],
      ['临泽县板桥镇人民政府2023年通知公告总共几条', 4, 98],
      ['临泽县板桥镇人民政府2023年财政预决算类信息一共几条', 6, 40],
      // 和 inside the item's own name: no sum of two things.
      ['临泽县板桥镇人民政府2023年安全生产和应急管理类信息一共几条', 3, 40],
      // A thing named before the publishing verb: 通知公告 published, not every item.
      ['临泽县板桥镇人民政府2023年通知公告发布信息一共多少条', 4, 98],
    ];
    for (const [index, [question, right, total]] of asked.entries()) {
      const [answer] = await converse(app, `total-item-${index}`, [question]);
      expect(values(answer), question).toContain(right);
      expect(values(answer), question).not.toContain(total);
    }
  });

  it('still answers a sum of two things named, and 一共 of no item', async () => {
    const [sum] = await converse(app, 'total-sum', ['临泽县板桥镇人民政府2023年通知公告和政策解读类信息一共多少条']);
    expect(sum.answer).toContain('16');
    const [whole] = await converse(app, 'total-whole', ['临泽县板桥镇人民政府2023年一共新增主动公开政府信息多少条']);
    expect(values(whole)).toContain(40);
  });

  it('reads a request lead without 我 and 在 before the year', async () => {
    const asked: Array<[string, number]> = [
      ['想了解一下，临泽县板桥镇人民政府在2023年线上办理几件', 6],
      ['你好，想咨询下，袁州区统计局2023年统计公报几条', 2],
      ['临泽县板桥镇人民政府在2023年线下办理多少件', 3],
      ['咨询一下袁州区统计局在2023年统计分析多少条', 11],
    ];
    for (const [index, [question, right]] of asked.entries()) {
      const [answer] = await converse(app, `lead-${index}`, [question]);
      expect(values(answer), question).toContain(right);
    }
    const [online] = await converse(app, 'lead-online', ['临泽县板桥镇人民政府在2023年线下办理多少件']);
    expect(values(online)).not.toContain(6);
  });

  it('reads the province an agency lies in, written before its name, as no word of the thing asked', async () => {
    const asked: Array<[string, number]> = [
      ['江西省袁州区统计局2023年统计分析多少条', 11],
      ['江西省宜春市袁州区统计局2023年统计公报几条', 2],
      ['甘肃省临泽县板桥镇人民政府2023年政策解读类信息多少条', 12],
    ];
    for (const [index, [question, right]] of asked.entries()) {
      const [answer] = await converse(app, `province-${index}`, [question]);
      expect(values(answer), question).toContain(right);
    }
  });

  it('reads the agency said after the question as whose the question is', async () => {
    const [answer] = await converse(app, 'after-1', ['统计分析发了多少条？袁州区统计局2023年的']);
    expect(values(answer)).toContain(11);
    expect(answer.answer).not.toMatch(/^1\./);
    const [second] = await converse(app, 'after-2', ['线下办理几件？临泽县板桥镇人民政府的']);
    expect(values(second)).toContain(3);
  });

  // Over one store of every folder, …双河镇人民政府2025年那个双河镇通过网站… answered the headline's 170 for the website's 51 (the
  // short name said again, rare in the store, led the search to the sentence naming the town). This small store weighs the
  // words otherwise and passed before the fix too: a guard of the reading, not a reproduction.
  it('reads the agency’s short name said again after the year or the report as its name, no word of the thing asked', async () => {
    const asked = [
      '重庆市南川区沙河镇人民政府2023年那个沙河镇通过网站公开政府信息多少条',
      '那个重庆市南川区沙河镇人民政府就是2023年那个沙河镇通过网站公开政府信息多少条',
      '重庆市南川区沙河镇人民政府的2023年报告里沙河镇通过网站公开政府信息多少条',
    ];
    for (const [index, question] of asked.entries()) {
      const [answer] = await converse(app, `again-${index}`, [question]);
      expect(values(answer), question).toContain(25);
      expect(values(answer), question).not.toContain(70);
    }
  });

  it('reads a count asked by its 条数/件数, and the report named as where it is said, as the count asked', async () => {
    const asked: Array<[string, number]> = [
      ['临泽县板桥镇人民政府2023年政策解读类信息条数是多少', 12],
      ['临泽县板桥镇人民政府2023年线下办理件数是多少', 3],
      ['临泽县板桥镇人民政府2023年已答复件数是多少', 8],
      ['袁州区统计局2023年的年报上说统计分析多少条', 11],
      ['临泽县板桥镇人民政府2023年的年报上说线下办理多少件', 3],
      ['临泽县板桥镇人民政府2023年报告里面写的通知公告几条', 4],
    ];
    for (const [index, [question, right]] of asked.entries()) {
      const [answer] = await converse(app, `count-noun-${index}`, [question]);
      expect(values(answer), question).toContain(right);
    }
  });
});
