/** Sums and differences of two figures a question asks for (src/qa/arithmetic.ts). */
import { describe, expect, it } from 'vitest';
import { askedOperation, listSum, pairedQuestion, withArithmetic, withDoubledVerdict } from '../../../src/qa/arithmetic.js';
import type { Answer, Fact } from '../../../src/qa/engine.js';

const fact = (agency: string, year: number, value: number, unit = '条'): Fact => ({
  agency,
  year,
  key: 'sentence',
  value,
  unit,
  source: { report: 'r', section: 's' },
});
const figure = (facts: Fact[]): Answer => ({ kind: 'figure', answer: 'A', facts });

describe('askedOperation', () => {
  it('reads a gap and a sum, and nothing else', () => {
    expect(askedOperation('公众号比微博多发了多少条')).toBe('difference');
    expect(askedOperation('主动公开差多少')).toBe('difference');
    expect(askedOperation('2023年比2022年增长了多少')).toBe('difference');
    expect(askedOperation('门户网站和公开栏加起来公开了多少条')).toBe('sum');
    expect(askedOperation('行政许可多少件')).toBeUndefined();
  });

  it('reads a ratio in 几倍, 多少倍 and 翻倍/翻番', () => {
    expect(askedOperation('红寺堡主动公开是海原县的几倍')).toBe('ratio');
    expect(askedOperation('R&D投入翻倍了吗')).toBe('ratio');
    expect(askedOperation('翻了一番没有')).toBe('ratio');
    expect(askedOperation('比去年多几倍')).toBe('difference');
  });
});

describe('ratio and 翻倍', () => {
  it('puts one agency’s later year over its earlier one, whatever the order of the facts', () => {
    const facts = [fact('海原县科学技术局', 2022, 840, '万元'), fact('海原县科学技术局', 2023, 2007, '万元')];
    expect(withArithmetic(figure(facts), 'ratio').answer).toContain('2023年的2007万元是2022年的840万元的2.4倍');
    expect(withArithmetic(figure([...facts].reverse()), 'ratio').answer).toContain('2023年的2007万元是2022年的840万元的2.4倍');
  });

  it('puts two agencies in the order asked, and computes nothing over zero', () => {
    const facts = [fact('红寺堡区科学技术局', 2023, 225), fact('海原县科学技术局', 2024, 89)];
    expect(withArithmetic(figure(facts), 'ratio').answer).toContain('225条是89条的2.5倍');
    const zero = figure([fact('a', 2024, 5), fact('b', 2024, 0)]);
    expect(withArithmetic(zero, 'ratio')).toBe(zero);
  });

  it('says yes or no to 翻倍了吗 from the two years, and nothing for other questions or two agencies', () => {
    const doubled = [fact('海原县科学技术局', 2023, 2007, '万元'), fact('海原县科学技术局', 2022, 840, '万元')];
    expect(withDoubledVerdict(figure(doubled), '翻倍了吗', doubled).answer).toMatch(/^翻倍了。/);
    const grown = [fact('x', 2022, 100), fact('x', 2023, 150)];
    expect(withDoubledVerdict(figure(grown), '翻番了没有', grown).answer).toMatch(/^没有翻倍。/);
    expect(withDoubledVerdict(figure(grown), '是几倍', grown).answer).toBe('A');
    const agencies = [fact('x', 2023, 300), fact('y', 2023, 100)];
    expect(withDoubledVerdict(figure(agencies), '翻倍了吗', agencies).answer).toBe('A');
  });
});

describe('pairedQuestion', () => {
  it('reads a whole the question states as a number (占那40条的百分之几) as the total, which the figure found must equal', () => {
    expect(pairedQuestion('X局2024年', '工作动态占那40条的百分之几')).toEqual({
      first: 'X局2024年工作动态多少',
      second: 'X局2024年主动公开多少',
      operation: 'share',
      things: ['工作动态', '主动公开'],
      asked: '多少',
      statedWhole: 40,
    });
    expect(pairedQuestion('X局2024年', '网上申请占12件的比例')?.second).toBe('X局2024年收到的申请多少');
  });
  it('splits “A和B加起来 + predicate” into two questions with the lead in front', () => {
    expect(pairedQuestion('海原县科技局2024年', '门户网站和公开栏加起来公开了多少条')).toEqual({
      first: '海原县科技局2024年门户网站公开了多少条',
      second: '海原县科技局2024年公开栏公开了多少条',
      operation: 'sum',
      things: ['门户网站', '公开栏'],
      asked: '公开了多少条',
    });
    expect(pairedQuestion('中卫市科技局2025年', '政府网站加中卫日报一共发了多少')).toEqual({
      first: '中卫市科技局2025年政府网站发了多少',
      second: '中卫市科技局2025年中卫日报发了多少',
      operation: 'sum',
      things: ['政府网站', '中卫日报'],
      asked: '发了多少',
    });
  });
  it('splits “A比B多 + predicate” into two questions and a difference', () => {
    expect(pairedQuestion('X局2024年', '微信公众号比微博多发了多少条')).toEqual({
      first: 'X局2024年微信公众号发了多少条',
      second: 'X局2024年微博发了多少条',
      operation: 'difference',
      things: ['微信公众号', '微博'],
      asked: '发了多少条',
    });
  });
  it('takes the total as the whole of a share named by no noun of its own (占全部的, 占百分之多少)', () => {
    expect(pairedQuestion('X局2024年', '政策服务类占全部的百分之多少')).toMatchObject({
      operation: 'share',
      things: ['政策服务类', '主动公开'],
    });
    expect(pairedQuestion('Y局2023年', '公示公告占百分之几')).toMatchObject({ operation: 'share', things: ['公示公告', '主动公开'] });
    expect(pairedQuestion('Y局2023年', '自然人申请占总数的比例')).toMatchObject({
      operation: 'share',
      things: ['自然人申请', '收到的申请'],
    });
    expect(pairedQuestion('Z局', '部门动态占主动公开的百分之几')).toMatchObject({ things: ['部门动态', '主动公开'] });
  });
  it('leaves years, numbers and questions without that shape alone', () => {
    expect(pairedQuestion('X局', '2023年比2022年多了多少')).toBeUndefined();
    expect(pairedQuestion('X局', '行政许可多少件')).toBeUndefined();
    expect(pairedQuestion('X局', '哪个和谁多少')).toBeUndefined();
    // 和 inside an agency's name joins no two things.
    expect(pairedQuestion('', '沈阳市和平区发展和改革委员会2023年收到多少件申请')).toBeUndefined();
  });
});

describe('withArithmetic', () => {
  it('states the sum or the gap of exactly two figures of one unit', () => {
    expect(withArithmetic(figure([fact('甲', 2024, 19), fact('甲', 2024, 12)]), 'sum').answer).toContain('两项合计31条');
    const gap = withArithmetic(figure([fact('甲', 2024, 89), fact('乙', 2023, 225)]), 'difference').answer;
    expect(gap).toContain('相差136条');
    expect(gap).toContain('年份不同');
    const years = withArithmetic(figure([fact('甲', 2023, 2007, '万元'), fact('甲', 2022, 840, '万元')]), 'difference').answer;
    expect(years).toContain('相差1167万元（2023年2007万元，2022年840万元）');
    expect(years).not.toContain('年份不同');
  });
  it('adds nothing to one figure, three figures, mixed units or a refusal', () => {
    expect(withArithmetic(figure([fact('甲', 2024, 1)]), 'sum').answer).toBe('A');
    expect(withArithmetic(figure([fact('甲', 2024, 1), fact('甲', 2024, 2), fact('甲', 2024, 3)]), 'sum').answer).toBe('A');
    expect(withArithmetic(figure([fact('甲', 2024, 1, '条'), fact('甲', 2024, 2, '人')]), 'sum').answer).toBe('A');
    expect(withArithmetic({ kind: 'refusal', answer: 'R', facts: [] }, 'sum').answer).toBe('R');
  });
});

describe('shares and gaps said with a verb between 多 and 多少', () => {
  it('reads 比…多公开了多少条 as a difference', () => {
    expect(askedOperation('红寺堡比西工区多公开了多少条')).toBe('difference');
    expect(askedOperation('海原比中卫少发布了几条')).toBe('difference');
  });
  it('splits “A占B的百分之几” into two counts and states the share, rounded to one decimal', () => {
    expect(pairedQuestion('中卫市科技局', '部门工作动态占主动公开的百分之几')).toEqual({
      first: '中卫市科技局部门工作动态多少',
      second: '中卫市科技局主动公开多少',
      operation: 'share',
      things: ['部门工作动态', '主动公开'],
      asked: '多少',
    });
    const shared = withArithmetic(figure([fact('中卫市', 2025, 51), fact('中卫市', 2025, 67)]), 'share');
    expect(shared.answer).toContain('51条占67条的76.1%');
  });
  it('states the share of a part the report lists under its whole in another measure word (225条，其中：…部门动态30件)', () => {
    const listed = (value: number, unit: string, sentence: string): Fact => ({ ...fact('x', 2023, value, unit), sentence });
    const sentence = '2023年，我局主动公开信息225条，其中：预决算公开3件，部门动态30件，转载各类信息183条。';
    expect(withArithmetic(figure([listed(30, '件', sentence), fact('x', 2023, 225)]), 'share').answer).toContain('30件占225条的13.3%');
    // A made-up second: 期 listed under 条.
    const issues = '全年公开信息120条，其中：网站公开40条，编发《科技简报》48期。';
    expect(withArithmetic(figure([listed(48, '期', issues), fact('x', 2023, 120)]), 'share').answer).toContain('48期占120条的40%');
    // Not listed after 其中 under that whole, or the whole not printed: no share across measure words.
    const apart = '全年公开信息120条。编发《科技简报》48期。';
    expect(withArithmetic(figure([listed(48, '期', apart), fact('x', 2023, 120)]), 'share').answer).toBe('A');
    expect(withArithmetic(figure([listed(48, '期', issues), fact('x', 2023, 130)]), 'share').answer).toBe('A');
    // Never for a sum or a difference.
    expect(withArithmetic(figure([listed(48, '期', issues), fact('x', 2023, 120)]), 'sum').answer).toBe('A');
  });
  it('states no share of a larger part, a zero whole or two units', () => {
    expect(withArithmetic(figure([fact('x', 2024, 5), fact('x', 2024, 0)]), 'share').answer).toBe('A');
    expect(withArithmetic(figure([fact('x', 2024, 9), fact('x', 2024, 3)]), 'share').answer).toBe('A');
    expect(withArithmetic(figure([fact('x', 2024, 1, '条'), fact('x', 2024, 3, '人')]), 'share').answer).toBe('A');
  });
});

describe('ratios', () => {
  it('splits “A是B的几倍” into two counts and states the ratio to one decimal', () => {
    expect(pairedQuestion('海原县科技局2024年', '门户网站是公开栏的几倍')?.operation).toBe('ratio');
    expect(withArithmetic(figure([fact('x', 2024, 526, '人'), fact('x', 2024, 56, '人')]), 'ratio').answer).toContain('526人是56人的9.4倍');
    expect(withArithmetic(figure([fact('x', 2024, 5), fact('x', 2024, 0)]), 'ratio').answer).toBe('A');
  });
});

describe('which of two, and sums of three or more', () => {
  it('reads “A和B哪个发得多” as both asked, with more or fewer', () => {
    expect(pairedQuestion('西工区科技局', '政府网站和智慧西工哪个发得多')).toMatchObject({
      first: '西工区科技局政府网站发了多少',
      second: '西工区科技局智慧西工发了多少',
      operation: 'more',
    });
    expect(pairedQuestion('沙坡头区科技局', '公众号和微博谁的粉丝少')).toMatchObject({
      first: '沙坡头区科技局公众号粉丝多少',
      second: '沙坡头区科技局微博粉丝多少',
      operation: 'fewer',
    });
  });
  it('splits a list of three to five things summed into one question each', () => {
    expect(listSum('红寺堡科技局', '公示公告加预决算加部门动态一共几件')).toEqual({
      questions: ['红寺堡科技局公示公告几件', '红寺堡科技局预决算几件', '红寺堡科技局部门动态几件'],
      things: ['公示公告', '预决算', '部门动态'],
    });
    expect(listSum('海原县科技局', '门户网站、公开栏和工作群加起来多少条')?.questions).toHaveLength(3);
  });
  it('leaves two things, a list without a sum word and a list holding a year to the other readings', () => {
    expect(listSum('红寺堡科技局', '公示公告加预决算一共几件')).toBeUndefined();
    // 加起来 before 一共 is the sum word, not 加 and a thing called 起来: two things, a pair, no list.
    expect(listSum('银川经开区2021年', '微博和公众号加起来一共发了多少条')).toBeUndefined();
    expect(listSum('青松县统计局', '网站、微博和公众号加起来一共发了多少条')?.things).toEqual(['网站', '微博', '公众号']);
    expect(listSum('红寺堡科技局', '公示公告、预决算、部门动态各几件')).toBeUndefined();
    expect(listSum('红寺堡科技局', '2023年加2024年加2025年一共几件')).toBeUndefined();
  });
});
