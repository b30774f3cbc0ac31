/**
 * qachat30's classes (citizen-questions-58), each on made-up reports built from 西工区's layout with another agency, years and
 * figures, and on real reports: 其余的呢 after one part of a whole (the whole its sentence prints before 其中, or the table row's
 * total) is the whole less the part; 还有呢 after one part of a breakdown lists the items printed after it in its measure word;
 * 哦 是25年 (a year said as the correction) is the last question in that year; 不是这个，我说的是X局 is no correction of 不是
 * alone; X与Y局呢 (自然资源与生态环境局) is one agency, never two things joined; emoji after the words are dropped; 多少电话 (a
 * count by its noun) is never a share; a clause listing a third thing with the two asked is no sum of the two; 这个办公室 in
 * front of a follow-up points at the agency talked about.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importFixtureFiles, importTexts, makeTestApp, type TestApp, xigongAs } from '../../helpers.js';

/** 西工区's report as another agency's (2024 unless said), its 主动公开 paragraph and 依申请公开 sentence replaced. */
function madeUp(agency: string, proactive: string, received: string, year = 2024): string {
  return xigongAs(agency, '北林区', proactive, received, year);
}

const REPORTS: Record<string, string> = {
  'wenlv.txt': madeUp(
    '北林区文化和旅游局',
    '2024 年，我局主动公开政府信息 140 条，其中：通过政府网站公开 35 条，政务公开栏公开 20 条，微信公众号发布 85 条。热线共接听电话 3120 通，其中外地来电占总数的 12.5%。',
    '2024 年，我局收到信息公开申请 6 件。',
  ),
  'jiaojian.txt': madeUp(
    '北林区交通与建设局',
    '2024 年，我局主动公开政务信息 300 条，其中工作动态 120 条，通知公告 90 条，政策文件 40 条，开展培训 3 期。',
    '2024 年，我局收到信息公开申请 2 件。',
  ),
  'jiaojian-2023.txt': madeUp('北林区交通与建设局', '2023 年，我局主动公开政务信息 210 条。', '2023 年，我局收到信息公开申请 1 件。', 2023),
  'meiti.txt': madeUp(
    '北林区融媒体中心',
    '2024 年，我中心主动公开信息 900 条（省市媒体、网站、新媒体平台 300 条；区政府网站 250 条；区内政务新媒体 350 条）。',
    '2024 年，我中心未收到信息公开申请。',
  ),
};

describe('qachat30 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
    await importFixtureFiles(app, [
      ['reports-real', '01.txt'],
      ['reports-real', '05.txt'],
      ['reports-real', '07.txt'],
      ['reports-more28', '01.txt'],
      ['reports-more28', '07.txt'],
      ['reports-more28', '12.txt'],
    ] as const);
  });
  afterAll(() => app.dispose());

  it('其余的呢 after a part of a whole printed before 其中: the whole less the part (made up)', async () => {
    const [, part, rest] = await converse(app, 'c30-rest', ['北林区文化和旅游局24年主动公开了多少条', '其中网站多少条', '其余的呢']);
    expect(part.facts.map((fact) => fact.value)).toEqual([35]);
    expect(rest.kind).toBe('figure');
    expect(rest.answer).toContain('其余的共105条（140 − 35）');
  });

  it('其余的呢 after one applicant column: the row total less the column (real, 君山片区 2021: 8 − 5)', async () => {
    const [, , rest] = await converse(app, 'c30-rest-table', ['君山片区管理局21年收到多少件申请', '其中自然人呢', '剩下的呢']);
    expect(rest.answer).toContain('其余的共3件（8 − 5）');
  });

  it('其余的呢 with no whole printed for the part: no remainder is made up', async () => {
    const [, rest] = await converse(app, 'c30-rest-none', ['北林区文化和旅游局24年收到几件申请', '其余的呢']);
    expect(rest.answer).not.toContain('其余的共');
  });

  it('还有呢 after one item of a breakdown: the items of its measure word printed after it (made up and real)', async () => {
    const [, , more] = await converse(app, 'c30-more', ['北林区交通与建设局24年主动公开了多少条', '其中工作动态多少', '还有呢']);
    expect(more.facts.map((fact) => fact.value)).toEqual([90, 40]);
    expect(more.answer.split('\n')[0]).not.toContain('3期');
    const [, , real] = await converse(app, 'c30-more-real', ['富县24年主动公开了多少条信息', '其中政务动态多少', '还有呢']);
    expect(real.facts.map((fact) => fact.value)).toEqual([1129, 62]);
  });

  it('哦 是23年 after a year not held: the last question in that year (made up)', async () => {
    const [first, again] = await converse(app, 'c30-year', ['北林区交通与建设局22年主动公开了多少条', '哦 是23年']);
    expect(first.facts).toEqual([]);
    expect(again.facts.map((fact) => fact.value)).toEqual([210]);
  });

  it('不是这个，我说的是X局 after another agency of the place, X与Y局 named as one agency (real, 平潭)', async () => {
    const answers = await converse(app, 'c30-repair', [
      '平潭君山片区21年收到几件申请',
      '不是这个，我说的是自然资源与生态环境局',
      '予以公开了多少',
    ]);
    expect(answers.map((answer) => answer.facts.map((fact) => fact.value))).toEqual([[8], [18], [14]]);
    const [, joined] = await converse(app, 'c30-joined', ['北林区交通与建设局24年收到几件申请', '那文化和旅游局呢']);
    // (The made-up table prints 0 received, as 西工区's does: one agency's figure, not two things' answers.)
    expect(joined.facts.map((fact) => fact.agency)).toEqual(['北林区文化和旅游局']);
  });

  it('emoji after a follow-up are no part of it; an emoji alone is still an acknowledgement', async () => {
    const [, channel, thumbs] = await converse(app, 'c30-emoji', ['北林区文化和旅游局24年主动公开了多少条😊', '微信公众号呢🤔', '👍']);
    expect(channel.facts.map((fact) => fact.value)).toEqual([85]);
    expect(thumbs.kind).toBe('text');
    expect(thumbs.facts).toEqual([]);
  });

  it('多少电话 (a count by its noun) is the calls, never the share printed beside them (made up and real)', async () => {
    const made = await app.ask('北林区文化和旅游局24年热线接了多少电话');
    expect(made.facts.map((fact) => fact.value)).toEqual([3120]);
    const real = await app.ask('平潭行政审批局19年12345热线接了多少电话');
    expect(real.facts.map((fact) => fact.value)).toEqual([84472]);
    // A share asked is still the share.
    expect((await app.ask('北林区文化和旅游局24年外地来电占比多少')).answer).toContain('12.5%');
  });

  it('a clause listing a third thing with the two asked is no sum of the two: they are added (made up and real)', async () => {
    const made = await app.ask('北林区融媒体中心24年网站和新媒体加起来多少');
    expect(made.answer).not.toContain('报告写明了两者合计');
    expect(made.answer).toContain('600');
    const real = await app.ask('环县25年网站和新媒体加起来多少');
    expect(real.answer).toContain('44891');
  });

  it('这个办公室 in front of a follow-up points at the agency talked about (real, 硚口区政府办 on a page cut before its table)', async () => {
    const [, carried] = await converse(app, 'c30-pointed', ['硚口区政府办25年新收到多少依申请', '这个办公室上年结转了几件']);
    expect(carried.facts.map((fact) => fact.value)).toEqual([3]);
  });
});
