/**
 * gaps67's classes (gap lines of older sets), on made-up pages cut before their tables: 书面答复来信多少件 against a sentence
 * that counts the letters and then how they were answered (收到群众来信30件,书面答复12件、当面答复18件) is the handling asked
 * (12), not the letters' 30; 网上访谈几次 / 几场 against 网上访谈3期 is that count of sessions (期), while a count in 期 of
 * another session than the one asked stays unread.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const cut = (title: string, body: string) => `${title}
本报告所列数据统计期限为2025年1月1日至12月31日。
一、总体情况
${body}
(三)政府信息管理
严格落实“三审三校”制度,对
`;

const REPORTS: Record<string, string> = {
  'letters.txt': cut(
    '南岭县住房和城乡建设局2025年政府信息公开工作年度报告',
    '(一)主动公开。全年主动公开政府信息85条。收到群众来信30件,书面答复12件、当面答复18件,群众满意率98%。\n(二)依申请公开。2025年共收到政府信息公开申请3件。',
  ),
  'county.txt': cut(
    '东平县人民政府2025年政府信息公开工作年度报告',
    '(一)主动公开。全年主动公开政府信息520条。对县政府网站相关栏目进行了优化整合,撤消“东平风物”“东平影像”2个栏目。\n(二)依申请公开情况\n全年累计受理政府信息公开申请41件;完成答复38件,转下一年度继续办理3件。\n审理政府信息公开行政复议案件5起,其中:结果维持4起,其他结果1起。\n政府信息公开行\n',
  ),
  'health.txt': cut(
    '西岭市卫生健康委员会2025年政府信息公开工作年度报告',
    '(一)主动公开。全年主动公开政府信息96条。3月8日,成立“双随机一公开”工作专班,统筹推进监管信息公开。\n(二)依申请公开。2025年,我委收到政府信息公开申请5件,本年度办结5件。全年无涉及政府信息公开方面的行政复议、诉讼案件。\n(三)政府信息管理。',
  ),
  'sessions.txt': cut(
    '北湖区人民政府办公室2025年政府信息公开工作年度报告',
    '(一)主动公开。全年共发布政策解读26条,网上访谈3期,编印《北湖政务》12期。\n(二)依申请公开。2025年共收到政府信息公开申请9件。',
  ),
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('gaps67 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('书面答复来信多少件 is the 书面答复12件 after the letters’ count, not the 30 letters', async () => {
    const [written, letters] = await converse(app, 'g67-letters', ['南岭县住建局2025年书面答复来信多少件', '南岭县住建局2025年来信多少件']);
    expect(values(written)).toEqual([12]);
    expect(written.answer).toContain('书面答复12件');
    expect(values(letters)).toEqual([30]);
  });

  it('网上访谈几次 and 几场 are the 网上访谈3期 printed; 政策解读几次 is not read from it', async () => {
    const [times, sessions, other] = await converse(app, 'g67-sessions', [
      '北湖区政府办25年网上访谈几次',
      '北湖区政府办25年网上访谈搞了几场',
      '北湖区政府办25年政策解读几次',
    ]);
    expect(values(times)).toEqual([3]);
    expect(values(sessions)).toEqual([3]);
    expect(values(other)).not.toContain(3);
    expect(values(other)).not.toContain(12);
  });

  it('办完了几个 on a page cut before table 三 is the prose’s 完成答复38件', async () => {
    const [, done] = await converse(app, 'g67-done', ['东平县去年有人申请吗', '办完了几个']);
    expect(values(done)).toEqual([38]);
  });

  it('复议案子审了几个 is the 审理…行政复议案件5起 of the prose; 撤了几个栏目 the 撤消…2个栏目', async () => {
    const [heard, closed] = await converse(app, 'g67-cases', ['东平县复议案子审了几个', '东平县撤了几个栏目']);
    expect(values(heard)).toEqual([5]);
    expect(values(closed)).toEqual([2]);
    expect(closed.answer).toContain('撤消');
  });

  it('被告了几次 / 复议过几回 on a page cut before table 四 is the prose’s none (全年无涉及…行政复议、诉讼案件), no count but 0', async () => {
    const [sued, reviewed] = await converse(app, 'g67-none', ['西岭卫健委25年被告了几次', '西岭卫健委25年被复议过几回']);
    for (const answer of [sued, reviewed]) {
      expect(answer.answer).toMatch(/^没有/);
      expect(answer.answer).toContain('全年无涉及政府信息公开方面的行政复议、诉讼案件');
      expect(values(answer).every((value) => value === 0)).toBe(true);
    }
  });

  it('被告了几次 of a cut page whose prose only says no review came stays refused as cut', async () => {
    const [sued] = await converse(app, 'g67-none-other', ['东平县被告了几次']);
    expect(sued.answer).not.toMatch(/^没有/);
    expect(values(sued)).toEqual([]);
  });

  it('工作专班是哪天成立的 is the date opening the sentence before 成立 (3月8日,成立…工作专班)', async () => {
    const [founded] = await converse(app, 'g67-date', ['西岭卫健委25年双随机一公开工作专班是哪天成立的']);
    expect(founded.answer).toContain('3月8日');
    expect(founded.kind).toBe('text');
  });
});
