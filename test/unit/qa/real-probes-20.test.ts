/**
 * Probes of the twentieth session, over the sample reports, a real county's report and made-up pages:
 * - a review or lawsuit asked for how it went (行政复议情况如何, 复议结果怎么样, 诉讼的结果呢) gets every result column of table
 *   四 (结果维持、结果纠正、其他结果、尚未审结 with the 总计), not the total alone;
 * - a bare 结果怎么样 right after a count of reviews asks the review's results, not table 三's 办理结果 (was: 共办结0件);
 * - which part of one report's breakdown is the largest or smallest (申请人里最多的是哪类, 办理结果哪种最多, 不予公开的主要原因,
 *   复议结果哪种最多, and 哪类最多 / 哪个最少 after 都是谁申请的) is answered from the cells, the total left out
 *   (was: 没有理解 or the off-topic reply);
 * - a question whose where-words stay in it when asked again (年报统计的是哪段时间: 哪段 read as a part of the report) no
 *   longer asks itself without end (was: a stack overflow, the service's answer lost); nested questions stop at a depth;
 * - the report's statistics period (数据统计到什么时候, 统计的是哪段时间) is answered: the sentence that states it, else the
 *   format's calendar year (was: off-topic);
 * - a kind's last character mistyped must sound like it (科技句, 教育据): 统计到, 教育了, 科技是 are no 统计局, 教育局, 科技局
 *   (数据统计到什么时候 had become 数据统计局什么时候 and asked which 统计局);
 * - a town's or a street's own name read from a one-character typo (宗官街道 → 宗关街道) is said with the answer, and never read
 *   so with a county written before it (始兴县马市镇 is no stored 马水镇, also where the town's whole name is its kind).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importFixtureFiles, importTexts, makeTestApp, type TestApp, xigongAs } from '../../helpers.js';

/** The sample 西工区 report made 东川县民政局's, with table 三 and 四 filled (made up, consistent by column). */
function dongchuan(): string {
  const rows: Record<string, string> = {
    '一、本年新收政府信息公开申请数量': '9\t2\t0\t0\t1\t0\t12',
    '(一) 予以公开': '4\t2\t0\t0\t1\t0\t7',
    '(二) 部分公开 (区分处理的, 只计这一情形, 不计其他情形)': '1\t0\t0\t0\t0\t0\t1',
    '5. 属于三类内部事务信息': '3\t0\t0\t0\t0\t0\t3',
    '1. 本机关不掌握相关政府信息': '1\t0\t0\t0\t0\t0\t1',
    '(七) 总计': '9\t2\t0\t0\t1\t0\t12',
  };
  let text = xigongAs('东川县民政局', '东川县', '主动公开政府信息60条。', '收到政府信息公开申请12件。');
  for (const [label, cells] of Object.entries(rows)) {
    const at = text.indexOf(label);
    const end = text.indexOf('\n', at);
    text = `${text.slice(0, at + label.length)}\t${cells}${text.slice(end)}`;
  }
  // Table 四: 行政复议 维持3 纠正1 其他0 尚未审结2 总计6; 直接起诉 维持1 尚未审结1 总计2; 复议后起诉 none.
  return text.replace(/\n0(?:\t0){14}\n/, '\n3\t1\t0\t2\t6\t1\t0\t0\t1\t2\t0\t0\t0\t0\t0\n');
}

// Made up: a town stored under its bare name (its kind is the whole name), and a 统计局.
const YUSHUI = `余水镇2024年政府信息公开工作年度报告
本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。
一、总体情况
2024年,余水镇主动公开政府信息40条,收到政府信息公开申请2件。联系电话:0751-1234567。
`;
const TONGJI = `南湖县统计局2024年政府信息公开工作年度报告
一、总体情况
2024年,南湖县统计局主动公开政府信息33条。
`;

let app: TestApp;
beforeAll(async () => {
  app = makeTestApp();
  await importTexts(app, [
    ['dongchuan.txt', dongchuan()],
    ['yushui.txt', YUSHUI],
    ['tongji.txt', TONGJI],
  ]);
  // Real: 沭阳县人民政府's 2025 report (stored as its page prints the name, 沐阳县人民政府), with every table filled.
  await importFixtureFiles(app, [['reports-more3', '31.txt']]);
});
afterAll(() => app.dispose());

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('a review or lawsuit asked for how it went', () => {
  it('gets every result column, the zero ones named together', async () => {
    const answer = await app.ask('东川县民政局2024年行政复议结果怎么样');
    expect(answer.kind).toBe('figure');
    expect(answer.answer).toContain('行政复议共6件，其中结果维持3件、结果纠正1件、尚未审结2件；其他结果为0');
    expect(values(answer)).toEqual([3, 1, 0, 2, 6]);
  });

  it('行政诉讼情况如何 gives both kinds of lawsuit by result', async () => {
    const answer = await app.ask('东川县民政局2024年行政诉讼情况如何');
    expect(answer.answer).toContain('未经复议直接起诉）共2件，其中结果维持1件、尚未审结1件');
    expect(answer.answer).toContain('复议后起诉）共0件（结果维持、结果纠正、其他结果、尚未审结均为0）');
  });

  it('a count alone is still the total; a result named is that column', async () => {
    expect(values(await app.ask('东川县民政局2024年被复议了几次'))).toEqual([6]);
    expect(values(await app.ask('东川县民政局2024年复议被纠正了几件'))).toEqual([1]);
  });

  it('结果怎么样 right after a count of reviews asks the review, and a column after it is that column alone', async () => {
    const [count, results, corrected] = await converse(app, 'appeal-1', ['东川县民政局2024年被复议了几次', '结果怎么样', '纠正了几件']);
    expect(values(count)).toEqual([6]);
    expect(results.answer).toContain('行政复议共6件，其中结果维持3件');
    expect(results.answer).not.toContain('办结');
    expect(values(corrected)).toEqual([1]);
  });

  it('办理结果呢 after it is still table 三', async () => {
    const [, handled] = await converse(app, 'appeal-2', ['东川县民政局2024年被复议了几次', '申请的办理结果呢']);
    expect(handled.answer).toContain('办结12件');
  });

  it('on a real report: 沭阳县 2025, 61 reviews', async () => {
    const answer = await app.ask('沐阳县人民政府2025年行政复议情况如何');
    expect(answer.answer).toContain('行政复议共61件，其中结果维持27件、结果纠正10件、其他结果9件、尚未审结15件');
  });
});

describe('the largest part of a breakdown', () => {
  it('申请人里最多的是哪类: the applicant column, the total left out', async () => {
    const answer = await app.ask('东川县民政局2024年申请人里最多的是哪类');
    expect(answer.kind).toBe('figure');
    expect(answer.answer).toContain('本年新收申请中，自然人最多，9件（共12件）');
  });

  it('办理结果哪种最多 / 不予公开的主要原因 / 复议结果哪种最多', async () => {
    expect((await app.ask('东川县民政局2024年办理结果哪种最多')).answer).toContain('办理结果中，予以公开最多，7件（共12件）');
    expect((await app.ask('东川县民政局2024年不予公开的主要原因是什么')).answer).toContain('属于三类内部事务信息最多，3件');
    expect((await app.ask('东川县民政局2024年复议结果哪种最多')).answer).toContain('行政复议中，结果维持最多，3件（共6件）');
  });

  it('哪类最多 and 哪个最少 after 都是谁申请的', async () => {
    const [, who, most, fewest] = await converse(app, 'part-1', ['东川县民政局2024年收到几件申请', '都是谁申请的', '哪类最多', '哪个最少']);
    expect(who.answer).toContain('自然人9件');
    expect(most.answer).toContain('自然人最多，9件');
    expect(fewest.answer).toContain('科研机构、社会公益组织和其他组织最少，各0件');
  });

  it('on a real report: 沭阳县 2025, 705 of 713 applications by natural persons', async () => {
    const answer = await app.ask('沐阳县人民政府2025年哪类申请人最多');
    expect(answer.answer).toContain('自然人最多，705件（共713件）');
    const reasons = await app.ask('沐阳县人民政府2025年不予公开的主要原因是什么');
    expect(reasons.answer).toContain('属于三类内部事务信息最多，13件（共32件）');
  });

  it('a breakdown of zeros has no largest part (a sample report)', async () => {
    const answer = await app.ask('海原县科技局2024年申请人里最多的是哪类');
    expect(answer.answer).toContain('各项都是0件，没有哪一项更多');
  });

  it('a ranking of agencies is not taken for a part of one report', async () => {
    const answer = await app.ask('2024年哪个单位收到的政府信息公开申请最多');
    expect(answer.answer).not.toContain('本年新收申请中，');
    const [, compared] = await converse(app, 'part-2', ['东川县民政局和海原县科技局2024年谁收到的申请多', '哪个最多']);
    expect(compared.answer).not.toContain('本年新收申请中，');
  });
});

describe('a question that would ask itself again', () => {
  it('年报统计的是哪段时间 answers the period, no stack overflow', async () => {
    const answer = await app.ask('中卫市科技局的年报统计的是哪段时间');
    expect(answer.kind).toBe('text');
    expect(answer.answer).toContain('2025年1月1日至2025年12月31日');
  });

  it('a where-question whose words stay inside it is refused or answered, never thrown', async () => {
    for (const question of ['中卫市科技局年报第几部分讲的是申请情况', '海原县科技局哪段讲了问题', '西工区科技局出自哪个文件的数据'])
      await expect(app.ask(question)).resolves.toHaveProperty('kind');
  });
});

describe("the report's statistics period", () => {
  it("after a figure, of the conversation's agency: the sentence that states it (the sample 西工区 report)", async () => {
    const [, period] = await converse(app, 'period-1', ['西工区科技局2024年收到几件申请', '数据统计到什么时候']);
    expect(period.answer).toContain('写明：“本报告所列数据的统计期限为2024年1月1日至2024年12月31日');
  });

  it("where no stored part states it, the format's calendar year (made up: the sentence before part 一 is not kept)", async () => {
    const [, period] = await converse(app, 'period-2', ['余水镇2024年主动公开了多少条', '统计的是哪段时间']);
    expect(period.answer).toContain('统计期限是2024年1月1日至2024年12月31日');
  });

  it('统计 of the question is no 统计局, and a 统计局 asked is that one', async () => {
    const own = await app.ask('南湖县统计局2024年的数据统计到什么时候');
    expect(own.answer).toContain('南湖县统计局2024年');
    expect(own.answer).toContain('2024年12月31日');
  });
});

describe("a kind's last character mistyped", () => {
  it('must sound like it: 统计了几次 / 教育了多少人 are no 统计局 or 教育局', async () => {
    const answer = await app.ask('余水镇2024年统计了几次');
    expect(answer.answer).not.toContain('统计局');
    const typed = await app.ask('南湖县统计据2024年主动公开了多少条');
    expect(typed.facts.map((fact) => fact.value)).toEqual([33]);
  });
});

describe("a town's own name read from a typo", () => {
  it('is said with the answer (余睡镇 → 余水镇)', async () => {
    const answer = await app.ask('余睡镇2024年主动公开了多少条');
    expect(answer.answer).toContain('（“余睡镇”按余水镇理解；如不是，请核对名称再问。）');
    expect(answer.facts.map((fact) => fact.value)).toEqual([40]);
  });

  it('is not read so with a county written before it', async () => {
    const answer = await app.ask('始兴县余睡镇信息公开电话');
    expect(answer.kind).toBe('refusal');
    expect(answer.answer).not.toContain('按余水镇理解');
    expect(answer.answer).not.toContain('0751-1234567');
  });
});
