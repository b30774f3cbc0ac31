/**
 * qachat52's classes (conversations after a miss over every folder, citizen-questions-86), each with a made-up example that
 * fails without its fix.
 * 1. 那行政复议呢 after two agencies compared, each page cut before its tables: each agency's prose count (was: refused, 页面不完整),
 *    and 哪个多 then weighs the two counts of cases (7起 against 5件 are one measure; was: 57件 of the applications for one side).
 * 2. A share of the last figure: its whole stated in the sentence before 其中 with its change after it (主动公开…9000条,同比增长3.2%。
 *    其中…), and the share asked with the figure's own name before 占 (新媒体占了全部发布的多少).
 * 3. 收费了多少钱 of the agency talked about: its table 二's 行政事业性收费 (was: the fee rules of applying).
 * 4. No bare 街道办 alias of a street office whose region took its own name (某市城区街道办事处).
 * 5. 那省政府规章呢: the 那 of a follow-up before a level alone names no agency (was: 没有找到“那省政府”).
 * 6. 不是微博 我问的是主动公开一共多少条: a correction whose space is dropped is still a correction.
 * 7. 收到几件申请 against 收到…8条…。其中…自然人申请…7条: an applicant's part is no count of the applications asked.
 * 8. 通化县 向阳区 黄石市 spaced: a list of places, not a district of the county.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyAliases } from '../../../src/report/agency-names.js';
import { cutPage, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

describe('qachat52: a street office whose region took its own name', () => {
  it('is never known as 街道办 or 街道办事处 alone', () => {
    const aliases = agencyAliases('青禾市城区街道办事处');
    expect(aliases).not.toContain('街道办');
    expect(aliases).not.toContain('街道办事处');
    expect(aliases).toContain('城区街道办');
  });
});

describe('qachat52: follow-ups after a miss (made-up store)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'qinghe.txt',
        cutPage(
          '青禾县人民政府',
          2025,
          '(一)主动公开情况',
          '全县累计发布各类政府信息8000条,其中:县政府网站发布2000条,政府信息公开专栏发布1000条,政务新媒体发布5000条。',
          '(二)依申请公开情况',
          '全年累计受理政府信息公开申请40件,完成答复38件。',
          '审理政府信息公开行政复议案件6起,其中:结果维持2起,结果纠正3起,其他结果1起。',
        ),
      ],
      [
        'lanxi.txt',
        cutPage(
          '白川市兰溪区人民政府',
          2025,
          '(一)主动公开情况',
          '全区各部门通过政府门户网站、政务新媒体等渠道,主动公开信息9000条,同比增长3.2%。其中:政府网站公开1000条,政务新媒体公开8000条。',
          '(二)依申请公开情况',
          '全区各部门累计处理政府信息公开申请30件(含上年度结转1件)。依申请公开引起的行政复议4件(3件结果维持,1件结果纠正)。',
        ),
      ],
      ['lanxi-office.txt', cutPage('兰溪区人民政府办公室', 2023, '(二)依申请公开情况', '区政府办共受理政府信息公开申请2件。')],
      [
        'liaoning.txt',
        cutPage(
          '辽宁省人民政府办公厅',
          2025,
          '(一)依法主动公开政府信息。通过省政府门户网站等渠道主动公开本年度制发的省政府规章3件、省政府及省政府办公厅行政规范性文件4件,其他文件90件,财政预决算信息31条。',
        ),
      ],
      [
        'nongye.txt',
        cutPage(
          '白川市兰溪区农业农村局',
          2024,
          '(二)依申请公开',
          '2024年,区农业农村局收到依申请公开8条,为本机构掌握信息,已按程序办理。其中,商业企业申请政务公开信息1条,收到自然人申请政府信息公开申请7条,已按规定程序完成公开。',
        ),
      ],
      [
        'weibo.txt',
        cutPage(
          '青禾县卫生健康委员会',
          2022,
          '2022年度,我委主动公开政府信息1200条,其中政务动态信息更新量700条,概况类信息更新量500条。',
          '微博公开政府信息90条,微信公开政府信息300条。',
        ),
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('answers 那行政复议呢 of two agencies compared from each one’s prose, and 哪个多 weighs those cases', async () => {
    await app.ask('2025年青禾县和兰溪区谁收到的信息公开申请多', 'q52-1');
    const cases = await app.ask('那行政复议呢', 'q52-1');
    expect(cases.facts.map((fact) => fact.value)).toEqual(expect.arrayContaining([6, 4]));
    const more = await app.ask('哪个多', 'q52-1');
    expect(more.answer).toContain('青禾县人民政府2025年6起最多');
  });

  it('works out a share of a whole stated before 其中 with its change, and one asked with the figure’s own name', async () => {
    await app.ask('兰溪区2025年政务新媒体发了多少条', 'q52-2');
    expect((await app.ask('占全部主动公开的百分之多少', 'q52-2')).answer).toContain('88.9%');
    await app.ask('青禾县政务新媒体一年发了多少条', 'q52-3');
    expect((await app.ask('新媒体占了全部发布的多少', 'q52-3')).answer).toContain('62.5%');
  });

  it('answers 收费了多少钱 of the agency talked about from its table 二', async () => {
    await app.ask('西工区科技局2024年行政处罚多少', 'q52-4');
    const fee = await app.ask('收费了多少钱', 'q52-4');
    expect(fee.answer).toContain('行政事业性收费');
  });

  it('asks which street office for 街道办 alone, never one office known by it', async () => {
    await importTexts(app, [
      ['chengqu.txt', cutPage('青禾市城区街道办事处', 2025, '2025年以来,青禾市城区街道办事处政府信息公开申请受理1条。')],
    ]);
    const asked = await app.ask('街道办去年收到几件信息公开申请', 'q52-5');
    expect(asked.kind).toBe('clarify');
  });

  it('reads 那省政府规章呢 as a follow-up of the agency talked about', async () => {
    await app.ask('辽宁省政府办公厅2025年其他文件公开了多少件', 'q52-6');
    const rules = await app.ask('那省政府规章呢', 'q52-6');
    expect(rules.facts.map((fact) => fact.value)).toContain(3);
  });

  it('reads 不是微博 我问的是… as a correction though its space is dropped', async () => {
    await app.ask('青禾县卫健委2022年微博发了多少', 'q52-7');
    const whole = await app.ask('不是微博 我问的是主动公开一共多少条', 'q52-7');
    expect(whole.facts.map((fact) => fact.value)).toContain(1200);
  });

  it('answers the applications received, not one applicant’s part of them', async () => {
    const received = await app.ask('兰溪区农业农村局2024年收到几件信息公开申请', 'q52-8');
    expect(received.facts[0]?.value).toBe(8);
  });

  it('reads places put apart by spaces as a list', async () => {
    const compared = await app.ask('2025年青禾县 兰溪区这两个地方谁收到的申请多', 'q52-9');
    expect(compared.answer).toContain('白川市兰溪区人民政府');
    expect(compared.answer).not.toContain('兰溪区人民政府办公室');
  });
});
