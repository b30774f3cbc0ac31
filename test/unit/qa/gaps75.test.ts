/**
 * gaps75's classes (wrong-figure gap lines of real-questions-wrongfig46 and citizen-questions-gaps-26), on made-up reports:
 * 全年受理的总数 asked after table 三's 本年新收 is the prose's whole received when it is exactly new plus carried in; a rate
 * printed with an adverb (同比显著增长35%) is the stated change; rates given in turn (复议3件和诉讼4件,同比分别下降25%和50%)
 * are each of its own thing, 比上年降了多少 asks the one of the figure just answered, and 那复议呢 after it asks the other's
 * rate, not its count; a rate asked in a conversation about one agency, none named (申请比上年涨了百分之多少), is the one its
 * report prints, and 同比呢 alone never takes its one rate of something else; 覆盖面达到多少 / 覆盖面是百分之多少 drop the
 * verb and 百分之 before the question word (src/qa/retrieve.ts);
 * 主动公开 of one kind of document (主动公开人大代表建议答复情况45件) is no year's whole.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp, xigongAs } from '../../helpers.js';

/** Table 三 with 本年新收 and 上年结转 (总计 the last column) set. */
function withReceived(text: string, received: number, carried: number): string {
  return text
    .replace(/(一、本年新收政府信息公开申请数量\t\t)0(\t0\t0\t0\t0\t0\t)0/, `$1${received}$2${received}`)
    .replace(/(二、上年结转政府信息公开申请数量\t\t)0(\t0\t0\t0\t0\t0\t)0/, `$1${carried}$2${carried}`);
}

const cut = (title: string, body: string) => `${title}
本报告所列数据统计期限为2025年1月1日至12月31日。
一、总体情况
${body}
(三)政府信息管理
严格落实“三审三校”制度,对
`;

const REPORTS: Record<string, string> = {
  'whole.txt': withReceived(
    xigongAs(
      '东坡县人民政府',
      '东坡县',
      '2024 年，我县主动公开政府信息 500 条。',
      '全县全年共受理政府信息公开申请 58 件，其中自然人申请 55 件。',
      2024,
    ),
    50,
    8,
  ),
  'rates.txt': cut(
    '南湖区人民政府2025年政府信息公开工作年度报告',
    '(一)主动公开。全年主动公开政府信息900条。“南湖发布”公众号共推送信息1200条,阅读量为80万,同比显著增长35%。\n(二)依申请公开。2025年共收到政府信息公开申请40件。因政府信息公开申请引发行政复议案件3件和行政诉讼案件4件,同比分别下降25%和50%。',
  ),
  'rise.txt': cut(
    '东湖镇人民政府2025年政府信息公开工作年度报告',
    '(一)主动公开。全年主动公开政府信息120条。\n(二)依申请公开。本镇共收到各类政府信息公开申请24件,较上年度上升140%;行政复议2件,均维持。',
  ),
  'reach.txt': cut(
    '西岭市交通运输局2025年政府信息公开工作年度报告',
    '(一)主动公开。全年主动公开政府信息210条,基层政务公开覆盖面达95%。\n(二)依申请公开。2025年共收到政府信息公开申请3件。',
  ),
  'kind.txt': cut(
    '北塘县政府办公室2025年政府信息公开工作年度报告',
    '(一)主动公开。1.主动公开:持续推进决策公开,按时发布预决算信息。督促各单位主动公开人大代表建议答复情况45件。\n(二)依申请公开。2025年共收到政府信息公开申请6件。',
  ),
  'reading.txt': cut(
    '西塘县财政局2025年政府信息公开工作年度报告',
    '(一)主动公开。全年主动公开政府信息70条,其中工作动态40条、政策解读12条。\n(二)依申请公开。2025年共收到政府信息公开申请2件。',
  ),
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('gaps75 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('全年受理的总数 after 本年新收 is the prose whole of new plus carried in (58), not the new 50 alone', async () => {
    const [received, whole] = await converse(app, 'g75-whole', ['东坡县政府2024年新收的申请几件', '那全年受理的总数是多少']);
    expect(values(received)).toEqual([50]);
    expect(values(whole)).toEqual([58]);
    expect(whole.answer).toContain('上年结转8件');
  });

  it('公众号阅读量同比涨了多少 is the 同比显著增长35% printed, not the 80万 read', async () => {
    const [rate] = await converse(app, 'g75-adverb', ['南湖区政府2025年公众号阅读量同比涨了多少']);
    expect(values(rate)).toEqual([35]);
    expect(rate.answer).toContain('同比显著增长35%');
  });

  it('rates given in turn: 比上年降了多少 after the lawsuits is 50%, and 那复议呢 is 25%, not the count 3', async () => {
    const [suits, fell, review] = await converse(app, 'g75-in-turn', ['南湖区政府2025年行政诉讼案件几件', '比上年降了多少', '那复议呢']);
    expect(values(suits)).toEqual([4]);
    expect(values(fell)).toContain(50);
    expect(values(fell)).not.toContain(25);
    expect(values(review)).toEqual([25]);
    expect(review.answer).toContain('同比下降25%');
  });

  it('申请比上年涨了百分之多少 in a conversation about one agency, none named, is its 较上年度上升140% printed', async () => {
    const [, rise] = await converse(app, 'g75-remembered', ['东湖镇2025年行政复议几件', '申请比上年涨了百分之多少']);
    expect(values(rise)).toEqual([140]);
    expect(rise.answer).toContain('较上年度上升140%');
  });

  it('覆盖面达到多少 / 覆盖面是百分之多少 are the 覆盖面达95% printed (达到, 是 and 百分之 are no words of the thing)', async () => {
    const [reach] = await converse(app, 'g75-reach', ['西岭市交通运输局2025年覆盖面达到多少']);
    const [share] = await converse(app, 'g75-share', ['西岭市交通局的报告里覆盖面是百分之多少']);
    expect(values(reach)).toEqual([95]);
    expect(values(share)).toEqual([95]);
    expect(share.answer).toContain('覆盖面达95%');
  });

  it('主动公开人大代表建议答复情况45件 is no year’s whole: 主动公开了多少条 never states 45 as the total', async () => {
    const [proactive] = await converse(app, 'g75-kind', ['北塘县政府办公室2025年主动公开了多少条']);
    expect(proactive.answer).not.toMatch(/主动公开政府信息45/);
    expect(proactive.facts.every((fact) => fact.key !== 'proactive_items')).toBe(true);
  });

  it('政策解读 of another agency, then 那北塘县政府办呢 (its report prints none) states no 45 as its 政策解读', async () => {
    const [reading, other] = await converse(app, 'g75-kind-conv', ['西塘县财政局2025年政策解读发了多少条', '那北塘县政府办公室呢']);
    expect(values(reading)).toEqual([12]);
    expect(other.facts.every((fact) => fact.key !== 'proactive_items')).toBe(true);
  });
});
