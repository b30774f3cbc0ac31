/**
 * A sound-alike one-character typo of a place or a kind (额州 for 鄂州, 平谭 for 平潭, 明政局 for 民政局), closed as a class in
 * the tenth gaps session, over made-up reports: read as the one stored agency it fits (and said so), never where the
 * name written is a real place of the division data, an ordinal, or where no stored agency or several fit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const report = (agency: string, applications: number) => `${agency}2024年政府信息公开工作年度报告
一、总体情况
(二)依申请公开情况。全年共收到政府信息公开申请${applications}件,均按期答复。
`;

describe('sound-alike typos of a place or a kind (made-up reports)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['yingtan.txt', report('鹰潭市民政局', 23)],
      ['xinyu.txt', report('新余市自然资源局', 41)],
    ]);
  });
  afterAll(() => app.dispose());

  it('reads a place typed with a sound-alike character (鹰谭) as the stored one, and says so', async () => {
    const answer = await app.ask('鹰谭市民政局2024年收到多少申请');
    expect(answer.facts.map((fact) => fact.value)).toEqual([23]);
    expect(answer.answer).toContain('按鹰潭市民政局理解');
  });

  it('reads a kind typed with a sound-alike character (明政局) as the stored one', async () => {
    expect((await app.ask('鹰潭市明政局2024年收到多少申请')).facts.map((fact) => fact.value)).toEqual([23]);
  });

  it('reads a place without its level typed with a sound-alike character (新鱼 for 新余)', async () => {
    expect((await app.ask('新鱼自然资源局2024年收到几件申请')).facts.map((fact) => fact.value)).toEqual([41]);
  });

  it('never reads a real place that is not stored (湘潭市, 新乡市) as another', async () => {
    for (const question of ['湘潭市民政局2024年收到多少申请', '新乡自然资源局2024年收到几件申请']) {
      const answer = await app.ask(question);
      expect(answer.facts, question).toEqual([]);
    }
  });
});
