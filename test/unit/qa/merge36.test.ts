/**
 * Fixes made when the thirty-sixth session's branches were merged, found by the question suite (made-up reports):
 * - prose37 made a site's 专栏 a channel of its own (so a 视频号's count is never a 专栏's): 网站上的专题专栏几件 (real-questions
 *   of the sample reports) was then refused, the 专栏 read as another channel than the website asked. A 专栏 named alone is a
 *   column of the site.
 * - wrongfig54 refused a percentage for a count asked by its noun before a bare 多少 (制发信息多少): 公开面多少 (a level, printed
 *   公开面达100%, real-questions-corpus41) was refused. A noun ending in 面, 度 or 率 asks a level.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { understand } from '../../../src/qa/understand.js';
import { importTexts, makeTestApp, type TestApp, xigongAs } from '../../helpers.js';

describe('merge fixes of the thirty-sixth session', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'lanting.txt',
        xigongAs(
          '兰亭县档案局',
          '兰亭县',
          '2024年,我局通过县政府网站主动公开政府信息40条，其中：机构职能2件，专题专栏3件，部门动态20件，公开面达100%。',
          '全年收到政府信息公开申请2件。',
        ),
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('reads a 专栏 of the site asked with the website', async () => {
    const answer = await app.ask('兰亭县档案局网站上的专题专栏几件', 'merge36-column');
    expect(answer.kind).toBe('figure');
    expect(answer.facts.map((fact) => fact.value)).toEqual([3]);
  });

  it('answers a level asked by its noun (公开面多少) with the percentage printed', async () => {
    const answer = await app.ask('兰亭县档案局2024年公开面多少', 'merge36-level');
    expect(answer.kind).toBe('figure');
    expect(answer.facts.map((fact) => fact.value)).toEqual([100]);
  });
});

describe('which of several named agencies has fewer, the thing asked between who and 少', () => {
  it.each([
    ['2025年甲县 乙县 丙县 谁收到的申请少', 'asc'],
    ['甲县、乙县和丙县哪个发的信息少', 'asc'],
    ['甲县 乙县 丙县 谁收到的申请多', undefined],
    ['甲县 乙县 丙县 谁收到多少申请', undefined],
    ['甲县 乙县 丙县 谁收到的申请最少', 'asc'],
  ])('%s', (question, order) => {
    const understood = understand(question, 2026);
    if (order === undefined) expect(understood.rankOrder).not.toBe('asc');
    else expect(understood.rankOrder).toBe(order);
  });
});
