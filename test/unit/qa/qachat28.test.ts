/**
 * qachat28's classes (citizen-questions-56), each on real reports and on made-up reports built from 西工区's layout with
 * another agency, years and figures: a year alone typed as the reply (23年的, no 呢) moves the last question to that year;
 * 比19年多了几个 / 21年比20年多了多少 after two years' figures is their gap (and only when the years typed are theirs); a
 * street's own name with 街道(办事处) dropped (漕河泾呢) names that street's office.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../../src/report/importer.js';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const FIXTURES = join(__dirname, '..', '..', 'fixtures');
const XIGONG = readFileSync(join(__dirname, '..', '..', '..', 'data', 'reports', 'xigong-kjj-2024.txt'), 'utf8');

/** 西工区's report as another agency's in another year, its 主动公开 paragraph and 行政许可 count replaced. */
function madeUp(agency: string, year: number, proactive: string, permits: number): string {
  return XIGONG.replaceAll('西工区科学技术局', agency)
    .replaceAll('西工区', agency.slice(0, 3))
    .replaceAll('2024', String(year))
    .replace(/（一）主动公开情况。[^\n]*/, `（一）主动公开情况。${proactive}`)
    .replace(/行政许可\t6/, `行政许可\t${permits}`);
}

const REPORTS: Record<string, string> = {
  'dongshan-2022.txt': madeUp('东山区民政局', 2022, '2022 年，我局主动公开政务信息 80 条，通过政府网站公开政府信息 30 条。', 3),
  'dongshan-2024.txt': madeUp('东山区民政局', 2024, '2024 年，我局主动公开政务信息 95 条，通过政府网站公开政府信息 41 条。', 11),
  'qingsongling.txt': madeUp('长安区青松岭街道办事处', 2024, '2024 年，街道主动公开政务信息 64 条。', 9),
};

describe('qachat28 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
    for (const [folder, name] of [
      ['reports-real', '05.txt'],
      ['reports-real', '06.txt'],
      ['reports-more22', '21.txt'],
      ['reports-more22', '28.txt'],
      ['reports-more23', '15.txt'],
      ['reports-more23', '16.txt'],
    ])
      await importFile(app.reports, join(FIXTURES, folder, name));
  });
  afterAll(() => app.dispose());

  const chat = (user: string, lines: string[]) => converse(app, user, lines);
  const values = (answer: { facts: { value: number }[] }) => answer.facts.map((fact) => fact.value);

  it('moves the last question to a year typed alone with 的 and no 呢 (23年的)', async () => {
    const real = await chat('r1', ['徐水自然资源分局主动公开多少条', '23年的']);
    expect(values(real[0])).toEqual([105]);
    expect(values(real[1])).toEqual([122]);
    const made = await chat('m1', ['东山区民政局主动公开多少条', '22年的']);
    expect(values(made[0])).toContain(95);
    expect(values(made[1])).toContain(80);
    expect(values(made[1])).not.toContain(95);
  });

  it('answers 比19年多了几个 and 21年比20年多了多少 with the gap of the two years answered, and only of those years', async () => {
    const real = await chat('r2', ['平潭行政审批局19年收到几个公开申请', '那23年的呢', '比19年多了几个']);
    expect(values(real[1])).toEqual([7]);
    expect(real[2].answer).toContain('相差6件');
    const made = await chat('m2', ['东山区民政局22年行政许可几件', '24年呢', '24年比22年多了多少', '22年比24年少了几件']);
    expect(values(made[1])).toEqual([11]);
    expect(made[2].answer).toContain('相差8件');
    expect(made[3].answer).toContain('相差8件');
    // A year typed that is not one of the two answered asks something else: no gap of the pair.
    const other = await chat('m2b', ['东山区民政局22年行政许可几件', '24年呢', '23年比22年多了多少']);
    expect(other[2].answer).not.toContain('相差8件');
  });

  it('reads a street’s own name with 街道 dropped as its office (漕河泾呢 after 打浦桥街道)', async () => {
    const real = await chat('r3', ['打浦桥街道23年受理了几件申请', '漕河泾呢', '哪个多', '多几件']);
    expect(values(real[0])).toEqual([10]);
    expect(values(real[1])).toEqual([15]);
    expect(real[2].answer).toContain('漕河泾');
    expect(real[3].answer).toContain('5件');
    const made = await chat('m3', ['沙坡头科技局24年行政许可几件', '青松岭呢']);
    expect(values(made[0])).toEqual([0]);
    expect(values(made[1])).toEqual([9]);
  });

  it('counts what the remembered agency published when the question ends in 多少 with no measure word', async () => {
    const real = await chat('r4', ['海原科技局前年主动公开多少条', '通过政府网站公开了多少']);
    expect(real[1].kind).toBe('figure');
    expect(values(real[1])).toEqual([19]);
    const made = await chat('m4', ['东山区民政局24年主动公开多少条', '通过政府网站公开了多少']);
    expect(values(made[1])).toEqual([41]);
  });

  it('reads 那哪个最多 多少条 after a ranking of the fewest as the ranking of the most (the 少 of 多少 asks no fewer)', async () => {
    const real = await chat('r5', ['哪个科技局主动公开最少', '那哪个最多 多少条']);
    expect(real[0].answer).toContain('最少的是西工区');
    expect(real[1].answer).toContain('最多的是沙坡头区');
    const made = await chat('m5', ['哪个科技局行政许可最少', '那谁最多 有多少件']);
    expect(made[1].answer).toContain('最多的是西工区');
    expect(made[1].answer).toContain('6件');
  });

  it('reads 低保 as the benefit’s full name the reports print (最低生活保障)', async () => {
    const made = await app.ask('青松岭街道24年低保的信息公开了多少条');
    expect(made.answer).not.toContain('最低生活保障局');
    const real = makeTestApp();
    try {
      await importFile(real.reports, join(FIXTURES, 'reports-more22', '24.txt'));
      const answers = await converse(real, 'r6', ['长子县民政局二三年公开通知公告多少条', '低保的信息呢']);
      expect(answers[1].answer).toContain('81条');
    } finally {
      real.dispose();
    }
  });

  it('answers 要交钱吗 right after an answer from the rules with the rules on fees, and as the agency’s fees otherwise', async () => {
    const real = await chat('r7', ['漕河泾街道23年收到多少申请', '对了 申请了一般多少天给答复', '要交钱吗', '那打浦桥街道收到几件申请']);
    expect(real[1].kind).toBe('guide');
    expect(real[2].kind).toBe('guide');
    expect(real[2].answer).toContain('原则上不收费');
    expect(values(real[3])).toEqual([10]);
    const made = await chat('m7', ['东山区民政局24年主动公开多少条', '补正要几天', '需要付费吗']);
    expect(made[2].kind).toBe('guide');
    expect(made[2].answer).toContain('原则上不收费');
    // No answer from the rules before it: whether the agency took fees, as before.
    const own = await chat('m7b', ['漕河泾街道23年收到多少申请', '要交钱吗']);
    expect(own[1].kind).not.toBe('guide');
  });
});
