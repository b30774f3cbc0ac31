/**
 * More real 2025 pages (街道 of 深圳, 无锡, 长春 and 国家卫生健康委's 2024 page, from the search corpus), asked in
 * citizens' words, with made-up second examples:
 * - an item printed number first (其中4宗申请人已主动撤销申请,1宗仍在…) is named by the words after it, never by the
 *   words that end the item before the comma;
 * - 全年累计公开信息59条 is the year's total;
 * - who applied, asked where table 三 is cut, is answered from the prose that says it (均为个人申请);
 * - a phone read with the bracket opened before it (公布举报电话(0941-8212568)) is kept without it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractContacts, extractProseFigures } from '../../../src/report/prose.js';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const MINZHI = `民治街道2025年度政府信息公开工作报告
一、总体情况
(二)依申请公开政府信息情况
2025年,我街道新收政府信息公开申请31宗,其中4宗申请人已主动撤销申请,1宗仍在法定办理期限内,其余26宗均已在法定期限内及时履行受理、告知、答复等相应法定程序。
`;
const YINGBIN = `迎宾街道2025年政府信息公开工作年度报告
一、总体情况
二是依申请公开政府信息情况,本年度共接到依申请公开8个,均为个人申请,无律师代为申请。
`;
// Made up: the same shapes in other words.
const MADE_UP = `青松县白杨街道办事处2025年政府信息公开工作年度报告
一、总体情况
2025年共收到政府信息公开申请12件,其中3件申请人撤回申请,2件转交其他机关办理,其余7件均已答复。申请全部为个人申请。
`;

describe('real 街道 pages and made-up second examples', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['minzhi-2025.txt', MINZHI],
      ['yingbin-2025.txt', YINGBIN],
      ['baiyang-jd-2025.txt', MADE_UP],
    ]);
  });
  afterAll(() => app?.dispose());
  const ask = (q: string) => app.engine.ask(q, { user: `probe14b:${Math.random()}` });

  it.each([
    ['民治街道撤销了几件申请', 4],
    ['民治街道还有几件在办理期限内', 1],
    ['白杨街道撤回了几件申请', 3],
    ['白杨街道转交了几件', 2],
  ])('%s → %i', (q, value) => {
    expect(ask(q).facts.map((fact) => fact.value)).toEqual([value]);
  });

  it.each([
    ['迎宾街道申请都是谁提的', '均为个人申请'],
    ['白杨街道的申请主要是个人还是企业', '申请全部为个人申请'],
  ])('%s: the prose that says who applied', (q, said) => {
    const answer = ask(q);
    expect(answer.kind).toBe('text');
    expect(answer.answer).toContain(said);
    expect(answer.answer).toContain('表三（页面）不完整');
  });
});

describe('prose figures and contacts of real pages', () => {
  it('全年累计公开信息59条 is the year’s total (安镇街道2025); 共公开政务信息 too (made up)', () => {
    const real = extractProseFigures('全年累计公开信息59条,内容涵盖政务信息12条、基层政务8条、工作动态29条。', 'overview');
    expect(real.filter((figure) => figure.key === 'proactive_items').map((figure) => figure.value)).toEqual([59]);
    const made = extractProseFigures('本年度共公开政务信息40条。', 'overview');
    expect(made.filter((figure) => figure.key === 'proactive_items').map((figure) => figure.value)).toEqual([40]);
  });

  it('a phone in brackets after its label is read without the bracket (甘南州卫生健康委2025); one bracketing the area code stays', () => {
    expect(extractContacts('公布举报电话(0941-8212568),接受社会各界和群众监督。').phone).toBe('0941-8212568');
    expect(extractContacts('联系电话：(0951)5012345').phone).toBe('(0951)5012345');
  });
});
