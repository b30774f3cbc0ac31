/**
 * qachat29's classes (citizen-questions-57), each on real reports and on made-up reports built from 西工区's layout with
 * another agency, years and figures: 那X局呢 after a sub-area's body (君山片区管理局) is the X局 of the enclosing place, and
 * a kind of ten characters (自然资源与生态环境局) is still a kind; 门户网站发了多少信息 in a conversation (the thing counted
 * after 多少, no measure word) is the remembered agency's count, not the rules on what is published; a phone whose dash
 * is typed twice (0531--85876766) is read whole; 按时办结987件 (the count after the words) is the applications finished in time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importFixtureFiles, importTexts, makeTestApp, type TestApp, xigongAs } from '../../helpers.js';

/** 西工区's report as another agency's, its 主动公开 paragraph and 依申请公开 sentence replaced. */
function madeUp(agency: string, proactive: string, received: string): string {
  return xigongAs(agency, '东山区', proactive, received);
}

const REPORTS: Record<string, string> = {
  'qingshi.txt': madeUp('东山区青石片区管理局', '2024 年，我局主动公开政务信息 40 条。', '2024 年，我局收到信息公开申请 4 件。'),
  'baozhi.txt': madeUp(
    '东山区民政局',
    '2024 年，我局通过报纸、微信公众号等媒体发布信息 120 条。',
    '2024 年，我局共办理信息公开申请 5 件，按时办结 4 件，结转下年度 1 件。',
  ),
  'guihua.txt': madeUp(
    '东山区自然资源与规划建设局',
    '2024 年，我局主动公开政务信息 77 条，通过政府网站公开政府信息 41 条。如有疑问请联系我局办公室（电话:0631--5551234）。',
    '2024 年，我局收到信息公开申请 9 件。',
  ),
};

describe('qachat29 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
    await importFixtureFiles(app, [
      ['reports-real', '01.txt'],
      ['reports-real', '07.txt'],
      ['reports-real', '06.txt'],
      ['reports-more24', '07.txt'],
      ['reports-more24', '16.txt'],
      ['reports-more24', '19.txt'],
      ['reports-more24', '21.txt'],
    ] as const);
  });
  afterAll(() => app.dispose());

  const chat = (user: string, lines: string[]) => converse(app, user, lines);
  const values = (answer: { facts: { value: number }[] }) => answer.facts.map((fact) => fact.value);

  it('reads 那X局呢 after a sub-area body as the X局 of the enclosing place, long kinds included', async () => {
    const real = await chat('r1', ['君山片区管理局二〇二一年收到多少申请', '那自然资源与生态环境局呢 收到几件申请', '它被起诉了几次']);
    expect(values(real[0])).toEqual([8]);
    expect(values(real[1])).toContain(18);
    expect(values(real[2])).toContain(12);
    const real2 = await chat('r2', ['君山片区管理局21年收到多少申请', '那行政审批局呢']);
    expect(real2[1].answer).toContain('平潭综合实验区行政审批局');
    expect(values(real2[1])).toContain(7);
    const made = await chat('m1', ['东山区青石片区管理局24年主动公开了多少条', '那规划建设局呢']);
    expect(values(made[0])).toContain(40);
    expect(made[1].answer).toContain('东山区自然资源与规划建设局');
    expect(values(made[1]), made[1].answer).toContain(77);
  });

  it('answers 门户网站发了多少信息 of the remembered agency, not from the rules', async () => {
    const real = await chat('r3', ['咸宁市农业农村局24年收到几件申请', '门户网站发了多少信息']);
    expect(real[1].kind).toBe('figure');
    expect(values(real[1])).toContain(575);
    const made = await chat('m2', ['东山区自然资源与规划建设局24年收到几件申请', '政府网站发了多少信息']);
    expect(made[1].kind).toBe('figure');
    expect(values(made[1])).toContain(41);
  });

  it('reads a phone whose dash after the area code is typed twice', async () => {
    const real = await chat('r4', ['文化东路街道25年主动公开多少条', '他们电话多少']);
    expect(real[1].answer).toContain('0531--85876766');
    const made = await chat('m3', ['东山区自然资源与规划建设局电话多少']);
    expect(made[0].answer).toContain('0631--5551234');
  });

  it('reads the count after 按时办结 as the applications finished in time', async () => {
    const real = await chat('r6', ['孝感市24年办理了多少件申请', '按时办结多少']);
    expect(values(real[1])).toEqual([987]);
    const made = await chat('m5', ['东山区民政局24年办理了多少件申请', '按时办结多少']);
    expect(values(made[1]), made[1].answer).toEqual([4]);
  });
});
