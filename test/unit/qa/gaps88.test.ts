/**
 * gaps88's classes (issue #11: conversations after a miss), each with a made-up example that fails without its fix.
 * 1. A stored agency named by its zone's short place and another form of its kind whose characters the stored kind does not hold in order
 *    (碧溪自然资源与环保局 for 碧溪综合实验区自然资源与生态环境局, 岚山环保局 for 岚山经济开发区生态环境局, 碧溪自然资源和生态环境局 with 和 for 与): that agency (was: refused, the refusal
 *    listing it by name).
 * 2. 废止了几件 / 现行有效的有几件 with no kind of document named: table 二's act of both its documents (行政规范性文件 and 规章)
 *    (was: not understood).
 * 3. 上年结转和结转下年各多少: both carries joined by 和 are both answered (was: only the first).
 * 4. A place, a year, then which of its agencies had a figure (岚皋2024年都有哪些单位被告过): the place's
 *    agencies listed by that figure (was: the place's own report, or the years of reports held).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTexts, makeTestApp, type TestApp, xigongAs } from '../../helpers.js';

const withDocuments = (text: string, issued: number, repealed: number, inForce: number) =>
  text.replace('行政规范性文件\t0\t0\t0', `行政规范性文件\t${issued}\t${repealed}\t${inForce}`);

describe('gaps88: known gaps closed (made-up store)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'bixi-zrzy.txt',
        withDocuments(
          xigongAs(
            '碧溪综合实验区自然资源与生态环境局',
            '碧溪综合实验区',
            '本年主动公开政府信息312条。',
            '本年共收到政府信息公开申请17件。',
          ),
          6,
          3,
          21,
        ),
      ],
      ['bixi-edu.txt', xigongAs('碧溪综合实验区教育局', '碧溪综合实验区', '本年主动公开政府信息95条。', '本年共收到政府信息公开申请4件。')],
      [
        'langao-finance.txt',
        xigongAs('岚皋县财政局', '岚皋县', '本年主动公开政府信息40条。', '本年共收到政府信息公开申请2件。').replace(
          /^0(?:\t0){14}$/m,
          '0\t0\t0\t0\t0\t2\t0\t0\t1\t3\t0\t0\t0\t0\t0',
        ),
      ],
      ['langao-edu.txt', xigongAs('岚皋县教育局', '岚皋县', '本年主动公开政府信息66条。', '本年共收到政府信息公开申请1件。')],
      ['langao.txt', xigongAs('岚皋县', '岚皋县', '本年主动公开政府信息820条。', '本年共收到政府信息公开申请12件。')],
      [
        'lanshan-sthj.txt',
        xigongAs('岚山经济开发区生态环境局', '岚山经济开发区', '本年主动公开政府信息143条。', '本年共收到政府信息公开申请8件。'),
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('reads a citizen’s other form of a kind (环保局 for 生态环境局) as the place’s one agency of that kind', async () => {
    const joint = await app.ask('碧溪自然资源与环保局2024年主动公开了多少条', 'g88-env1');
    expect(joint.kind).toBe('figure');
    expect(joint.answer).toContain('碧溪综合实验区自然资源与生态环境局');
    expect(joint.facts.map((fact) => fact.value)).toContain(312);
    const joiner = await app.ask('碧溪自然资源和生态环境局2024年主动公开了多少条', 'g88-env3');
    expect(joiner.facts.map((fact) => fact.value)).toContain(312);
    const plain = await app.ask('岚山环保局2024年主动公开了多少条', 'g88-env2');
    expect(plain.answer).toContain('岚山经济开发区生态环境局');
    expect(plain.facts.map((fact) => fact.value)).toContain(143);
  });

  it('reads 废止了几件 / 现行有效的有几件 with no document named as table 二’s act of both its documents', async () => {
    const repealed = await app.ask('碧溪综合实验区自然资源与生态环境局2024年废止了几件', 'g88-doc1');
    expect(repealed.kind).toBe('figure');
    expect(repealed.answer).toContain('行政规范性文件本年废止3件');
    expect(repealed.answer).toContain('规章本年废止0件');
    const inForce = await app.ask('碧溪综合实验区自然资源与生态环境局2024年现行有效的有多少件', 'g88-doc2');
    expect(inForce.facts.map((fact) => fact.value)).toContain(21);
  });

  it('answers both carries joined by 和 with 各', async () => {
    const both = await app.ask('碧溪综合实验区教育局2024年上年结转和结转下年各多少件', 'g88-carry');
    expect(both.answer).toContain('上年结转');
    expect(both.answer).toContain('结转下年');
  });

  it('lists the agencies of a place that had a figure in a year, the year written between the place and 哪些', async () => {
    const sued = await app.ask('岚皋县2024年都有哪些单位被告过', 'g88-list1');
    expect(sued.kind).toBe('figure');
    expect(sued.answer).toContain('岚皋县财政局3件');
    expect(sued.answer).toContain('岚皋县教育局');
    expect(sued.answer).not.toContain('年度报告：');
  });
});
