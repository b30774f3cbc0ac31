/**
 * Lead probes of the twenty-sixth session, on made-up and real reports in a real SQLite store.
 * - 哪个收到申请最多 / 那行政复议呢 right after a ranking among a scope (甘肃哪个科技局2024年公开的信息最多): asked among the same
 *   agencies in the same year. The next ranking was over every agency of every year, and the thing alone got 请问哪个机关.
 *   The scope is written back as the ranking wrote it and must read back as that scope: 公安局里 reads as the county 公安县.
 * - 被申请最多的是哪个 / 谁被申请得最多: only an agency is applied to, so it ranks the applications received (it was off-topic).
 * - 行政复议和行政诉讼被纠正了几件: the passive after the second side is said of both (the first was asked bare: 行政复议's 总计, a
 *   wrong cell). 有没有被纠正的 / 被纠正了几件 naming neither: table 四's 结果纠正 of both (没有理解 before).
 * - 律师呢 then 占总数多少: an applicant column's share is of its own row's 总计; it was computed against 无法提供113件, a larger
 *   figure of another row asked before (a wrong figure). On a real report (reports-more3/31).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importFixtureFiles, importTexts, makeTestApp, type TestApp, xigongAs } from '../../helpers.js';

const received = '全年收到政府信息公开申请0件。';

describe('a ranking followed by another thing ranked keeps its agencies and year', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['linze.txt', xigongAs('临泽县科学技术局', '临泽县', '2024年，主动公开政府信息300条。', received)],
      ['gaotai.txt', xigongAs('高台县科学技术局', '高台县', '2024年，主动公开政府信息120条。', received)],
      ['pidu.txt', xigongAs('郫都区科学技术局', '郫都区', '2024年，主动公开政府信息999条。', received)],
      ['linze-police.txt', xigongAs('临泽县公安局', '临泽县', '2024年，主动公开政府信息70条。', received)],
      ['gaotai-police.txt', xigongAs('高台县公安局', '高台县', '2024年，主动公开政府信息40条。', received)],
    ]);
  });
  afterAll(() => app.dispose());

  it('asks the next ranking and the thing alone among the same place, kind and year', async () => {
    const [first, applications, reviews] = await converse(app, 'scope', [
      '甘肃哪个科技局2024年公开的信息最多',
      '哪个收到申请最多',
      '那行政复议呢',
    ]);
    expect(first.answer).toMatch(/最多的是临泽县科学技术局300条/);
    for (const answer of [applications, reviews]) {
      expect(answer.kind).toBe('figure');
      expect(answer.answer).toContain('2024年库中的甘肃省的科技局');
      expect(answer.answer).not.toMatch(/郫都|西工|沙坡头|海原/);
    }
    expect(applications.answer).toContain('本年新收申请');
    expect(reviews.answer).toContain('行政复议');
  });

  it('writes a kind back so that it reads as that kind, not as a county named like it (公安局里 → 公安县)', async () => {
    const [, lawsuits] = await converse(app, 'police', ['哪个公安局公开的信息最多', '那行政诉讼呢']);
    expect(lawsuits.kind).toBe('figure');
    expect(lawsuits.answer).toContain('库中的公安局');
    expect(lawsuits.answer).not.toContain('公安县');
    expect(lawsuits.answer).not.toMatch(/科学技术局/);
  });

  it('leaves a follow-up naming an agency, or no figure, to the usual readings', async () => {
    const [, named] = await converse(app, 'named', ['甘肃哪个科技局2024年公开的信息最多', '那高台县呢']);
    expect(named.answer).toContain('高台县科学技术局');
    expect(named.answer).not.toContain('临泽县');
    const [, phone] = await converse(app, 'phone', ['甘肃哪个科技局2024年公开的信息最多', '电话呢']);
    expect(phone.answer).not.toMatch(/最多的是|没有高低之分/);
  });
});

describe('被申请最多 ranks the applications received', () => {
  let app: TestApp;
  beforeAll(() => {
    app = makeTestApp();
  });
  afterAll(() => app.dispose());

  it('ranks with or without an agency word, and leaves what was applied for alone', async () => {
    for (const question of ['被申请最多的是哪个', '谁被申请得最多', '2024年被申请最多的是哪个单位']) {
      const answer = await app.ask(question, `ranked-${question}`);
      expect(answer.kind, question).toBe('figure');
      expect(answer.answer, question).toMatch(/本年新收申请(?:最多的是|都是)/);
    }
    const what = await app.ask('被申请最多的是什么信息', 'what');
    expect(what.answer).not.toMatch(/本年新收申请(?:最多的是|都是)/);
  });
});

/** The sample report with table 四's 行政复议 at 维持1, 纠正1 (总计2) and no lawsuits. */
function withReviewCorrected(agency: string, place: string): string {
  return xigongAs(agency, place, '全年主动公开政府信息50条。', received).replace(
    /^0(?:\t0){14}$/m,
    ['1', '1', '0', '0', '2', ...Array(10).fill('0')].join('\t'),
  );
}

describe('decisions corrected asked of reviews and lawsuits together, or of neither by name', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [['corrected.txt', withReviewCorrected('澜沧县林业局', '澜沧县')]]);
  });
  afterAll(() => app.dispose());

  it('asks each side with the passive said after the second (被纠正了几件), never the review total', async () => {
    const answer = await app.ask('澜沧县林业局行政复议和行政诉讼被纠正了几件', 'pair');
    expect(answer.answer).toMatch(/行政复议（结果纠正）为1件/);
    expect(answer.answer).toMatch(/行政诉讼（未经复议直接起诉）（结果纠正）为0件/);
    expect(answer.answer).not.toMatch(/行政复议（总计）/);
  });

  it('reads 被纠正 naming neither as the 结果纠正 of both', async () => {
    const [yes] = await converse(app, 'yes-no', ['澜沧县林业局有没有被纠正的']);
    expect(yes.answer).toMatch(/^有/);
    expect(yes.answer).toContain('行政复议（结果纠正）为1件');
    const [count] = await converse(app, 'count', ['澜沧县林业局被纠正了几件']);
    expect(count.answer).toContain('行政复议（结果纠正）为1件');
    expect(count.answer).not.toMatch(/总计/);
  });
});

describe('the share of an applicant column asked after other figures (沐阳县人民政府 2025, reports-more3/31)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importFixtureFiles(app, [['reports-more3', '31.txt']]);
  });
  afterAll(() => app.dispose());

  it('is of its own row’s 总计 (713件), never of a larger figure of another row remembered before (无法提供113件)', async () => {
    const [unavailable, , lawyers, share] = await converse(app, 'share', [
      '沐阳县政府2025年无法提供的有几件',
      '企业申请了多少',
      '律师呢',
      '占总数多少',
    ]);
    expect(unavailable.answer).toContain('113件');
    expect(lawyers.answer).toContain('（法律服务机构）为5件');
    expect(share.answer).toContain('5件占713件的0.7%');
    expect(share.answer).not.toContain('113');
  });
});
