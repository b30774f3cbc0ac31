/**
 * Lead probes of the forty-third session: citizens' own words over one store of every real fixture folder (/tmp/all43.db,
 * 1,671 reports and guides imported) and the sample reports. The classes found, each with a made-up example below:
 * - 排第几 / 排名怎么样 / 在全省排第几 / 在贵州排第几, said alone after one agency's figure: "这个问题我回答不了" (only a
 *   ranking remembered, or an agency named with its thing, was placed). Now the agency's place on the thing last asked among
 *   the stored agencies of its kind, kept to the province or city written (全省 and 全市: its own); a province it does not
 *   lie in is said so; 全国 is every one stored.
 * - 信息公开由哪个部门负责 / 谁管信息公开 in a conversation about one agency whose report names no one for the work: the rules
 *   on what guides hold. Now its office, as the question naming the agency is answered (its guide's 工作机构, else its
 *   report's contacts); 由哪个部门负责 / 归哪个科室管 are read as asking who does the work.
 * - 驳回了几个 / 有没有驳回的申请 after an agency's figure: "没有理解" (驳回 is kept for a review's outcome). Now, once nothing
 *   of the report answered (a page may state 驳回7件 itself), the nearest results table 三 counts, 不予公开 and 不予处理, under
 *   a note that reports count no application as 驳回.
 * - 曲靖排第几 after another agency's figure (a place naming one stored agency, no ranking remembered): off-topic. Now that
 *   agency placed on the thing last asked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, cutPage, importFixtureFiles, importTexts, makeTestApp, type TestApp, xigongAs } from '../../helpers.js';

describe('lead probes of session 43', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['zunyi.txt', xigongAs('遵义市科学技术局', '遵义市', '全年主动公开政府信息120条。', '全年未收到申请。')],
      ['liupanshui.txt', xigongAs('六盘水市科学技术局', '六盘水市', '全年主动公开政府信息300条。', '全年未收到申请。')],
      ['qujing.txt', xigongAs('曲靖市科学技术局', '曲靖市', '全年主动公开政府信息50条。', '全年未收到申请。')],
    ]);
    await importTexts(app, [
      ['anshun.txt', cutPage('安顺市西秀区人民政府', 2024, '全年共收到政府信息公开申请12件,驳回7件,均已按时办结。')],
    ]);
    // 泸州市龙马潭区安宁街道 2024: its contacts (受理机构：安宁街道党建办) and no sentence of who does the work.
    await importFixtureFiles(app, [['reports-more20', '02.txt']]);
  });
  afterAll(() => app.dispose());

  it('places the agency talked about on the thing last asked when 排第几 is said alone', async () => {
    const [first, rank] = await converse(app, 'bare-rank', ['遵义市科技局2024年主动公开多少条', '排第几']);
    const [, how] = await converse(app, 'bare-rank-how', ['遵义市科技局2024年主动公开多少条', '他们排名怎么样']);
    const [, which] = await converse(app, 'bare-rank-which', ['遵义市科技局2024年主动公开多少条', '是第几名']);
    expect(first.facts.map((fact) => fact.value)).toContain(120);
    for (const answer of [rank, how, which]) {
      expect(answer.kind).toBe('figure');
      // 沙坡头区 455 and 六盘水 300 (the sample reports and the made-up ones) are above it among the 科学技术局.
      expect(answer.answer).toContain('遵义市科学技术局2024年120条，在库中有这项数字的科学技术局里排第3');
      expect(answer.facts.map((fact) => fact.value)).toEqual(expect.arrayContaining([455, 300, 120]));
    }
  });

  it('keeps the ranking to the province written, or to its own for 全省, and says when it does not lie there', async () => {
    const [, province, own, other, country] = await converse(app, 'province-rank', [
      '遵义市科技局2024年主动公开多少条',
      '在贵州排第几',
      '全省排第几',
      '在云南排第几',
      '全国排第几',
    ]);
    for (const answer of [province, own]) {
      expect(answer.answer).toContain('在库中有这项数字的贵州省的科学技术局里排第2');
      expect(answer.facts.map((fact) => fact.value)).not.toContain(455);
    }
    expect(other.kind).toBe('refusal');
    expect(other.answer).toContain('遵义市科学技术局不在云南省');
    expect(other.facts).toEqual([]);
    expect(country.answer).toContain('科学技术局里排第3');
  });

  it('places another agency a place names on the thing last asked', async () => {
    const [, other] = await converse(app, 'named-rank', ['遵义市科技局2024年主动公开多少条', '曲靖排第几']);
    expect(other.answer).toContain('曲靖市科学技术局2024年50条，在库中有这项数字的科学技术局里排第5');
  });

  it('answers who does the disclosure work of the agency talked about from its own contacts, not the rules on guides', async () => {
    const answers = await converse(app, 'office', [
      '龙马潭区安宁街道2024年主动公开了多少条',
      '信息公开由哪个部门负责',
      '谁管信息公开',
      '政务公开归哪个科室管',
    ]);
    for (const answer of answers.slice(1)) {
      expect(answer.answer).toContain('受理机构：安宁街道党建办');
      expect(answer.answer).not.toContain('每个行政机关都要编制');
    }
  });

  it('gives 不予公开 and 不予处理 for applications 驳回, unless the report states its own count', async () => {
    const [, rejected, any] = await converse(app, 'rejected', ['遵义市科技局2024年收到多少申请', '驳回了几个', '有没有驳回的申请']);
    for (const answer of [rejected, any]) {
      expect(answer.answer).toContain('没有单独写明“驳回”的件数');
      expect(answer.answer).toContain('遵义市科学技术局2024年“不予公开”共0件');
      expect(answer.answer).toContain('“不予处理”共0件');
    }
    const [, stated] = await converse(app, 'rejected-stated', ['西秀区政府2024年收到几个申请', '驳回了几个申请']);
    expect(stated.facts.map((fact) => fact.value)).toEqual([7]);
    expect(stated.answer).not.toContain('不予公开');
    // 驳回 after a review is the review's outcome: not answered with applications.
    const [, review] = await converse(app, 'rejected-review', ['遵义市科技局2024年有没有行政复议', '驳回了几个']);
    expect(review.answer).not.toContain('不予公开');
  });
});
