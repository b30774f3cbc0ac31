/**
 * qachat53's classes (citizens' own phrasing and conversations after a miss over every folder, citizen-questions-87), each with
 * a made-up example that fails without its fix.
 * 1. 某地X区自然资源和规划分局: the 和 inside one agency's kind (自然资源和规划局) is no pair of agencies to give the kind to
 *    each (was: 规划分局, another city's branch, answered).
 * 2. 前年比大前年多了多少: both relative years are read (was: 大前年 alone, one figure).
 * 3. 废止了几份 after 现行有效的规范性文件有多少份: the act of the documents the last question named (was: 废止政府规章1份 of the
 *    same sentence).
 * 4. Shares of the figures just answered: 自然人占百分之多少 (the part named again; was: its count alone), 其中政策解读占多少 (a
 *    part printed after the whole answered; was: its count alone), 占它收到申请的比例 (the applications its sentence counts, not
 *    a larger figure of an earlier comparison).
 */
import { findYears } from '../../../src/qa/understand.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, cutPage, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

describe('qachat53: relative years', () => {
  it('reads 前年 and 大前年 together', () => {
    expect(findYears('前年比大前年多了多少', 2026).sort()).toEqual([2023, 2024]);
    expect(findYears('大前年呢', 2026)).toEqual([2023]);
  });
});

describe('qachat53: citizens’ phrasing (made-up store)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'qinghe-branch.txt',
        cutPage(
          '青禾市自然资源和规划局东川区分局',
          2024,
          '(二)依申请公开情况',
          '2024年依申请公开信息37条,涉及自然人30人,其中:按规定予以公开信息8条,部分公开信息10条,无法提供信息19条。',
        ),
      ],
      [
        'baichuan-branch.txt',
        cutPage(
          '白川市规划和自然资源局北塘分局',
          2023,
          '(二)依申请公开情况',
          '本年度受理依申请政府信息公开事项260件,其中250项为自然人提交。',
        ),
      ],
      // A city bureau's district branch: 分局 is then a kind of its own, distributed over a pair (X和Y分局).
      ['baichuan-police.txt', cutPage('白川市公安局北塘区分局', 2024, '全年主动公开政府信息66条。')],
      [
        'lanhe.txt',
        cutPage(
          '兰河市人民政府办公室',
          2024,
          '2024年,在市人民政府门户网站主动公开文件70件、政策解读15件。',
          '全年共制发政府规章2份,废止政府规章1份,现行有效政府规章9份;制发行政规范性文件5份,废止行政规范性文件14份,现行有效行政规范性文件63份。',
          '2024年,我办共受理依申请公开事项40件(其中:自然人申请30件、企业申请6件、其他组织申请4件),予以公开9件、部分公开11件。',
        ),
      ],
      [
        'lanhe-port.txt',
        cutPage(
          '兰河港区管理委员会',
          2024,
          '2024年共收到政府信息依申请公开申请50件,予以公开20件,不予公开2件,无法提供25件,结转下年度继续办理3件。',
        ),
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('reads 和 inside a compound kind as part of one name, not two agencies', async () => {
    const [answer] = await converse(app, 'branch', ['东川区自然资源和规划分局2024年依申请公开多少条']);
    expect(answer.answer).toContain('37条');
    expect(answer.answer).not.toContain('白川');
  });

  it('asks a bare act of the documents the last question named', async () => {
    const answers = await converse(app, 'documents', ['兰河市政府办公室2024年现行有效的规范性文件有多少份', '废止了几份']);
    expect(answers[1].facts.map((fact) => fact.value)).toContain(14);
    expect(answers[1].answer).not.toContain('废止政府规章1份');
  });

  it('gives the share of a part named again after its count', async () => {
    const answers = await converse(app, 'applicants', ['兰河市政府办公室2024年受理依申请公开多少件', '自然人呢', '自然人占百分之多少']);
    expect(answers[2].answer).toContain('75%');
  });

  it('gives the share of the applications its sentence counts, not of a figure asked before', async () => {
    const answers = await converse(app, 'port', [
      '兰河港区管委会2024年收到多少申请',
      '无法提供几件',
      '予以公开几件',
      '占它收到申请的比例是多少',
    ]);
    expect(answers[3].answer).toContain('40%');
    expect(answers[3].answer).not.toContain('80%');
  });
});

describe('qachat53: a part of the whole just answered (made-up store of one report)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'lanhe-health.txt',
        cutPage(
          '兰河市医疗保障局',
          2024,
          '全年累计主动公开政府信息900条。',
          '全年,在官方网站主动公开政府信息250条,其中医保政策文件150条,政策解读60条,其他40条。',
        ),
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('gives the share of a part printed after the whole just answered', async () => {
    const answers = await converse(app, 'parts', ['兰河市医保局2024年官网主动公开了多少条', '其中政策解读占多少']);
    expect(answers[1].answer).toContain('24%');
  });
});
