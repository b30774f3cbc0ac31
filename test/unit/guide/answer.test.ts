import { describe, expect, it } from 'vitest';
import {
  answerGuide,
  DEADLINE_CALCULATOR_ID,
  FEE_BY_PAGES_ID,
  FEE_BY_REQUESTS_ID,
  findDateInQuestion,
  type GuideAnswer,
} from '../../../src/guide/answer.js';
import { loadGuide } from '../../../src/guide/topics.js';
import { calendarCoverage } from '../../../src/core/clock.js';

const guide = loadGuide();
/** 09:00 on Monday 28 September 2026 in Shanghai. */
const SEPTEMBER_28 = new Date('2026-09-28T01:00:00Z');
/** 10:00 on Tuesday 24 November 2026 in Shanghai. */
const NOVEMBER_24 = new Date('2026-11-24T02:00:00Z');

function expectSourceAtEnd(answer: GuideAnswer): void {
  expect(answer.answer.endsWith(`（依据：${answer.source}）`)).toBe(true);
}

describe('findDateInQuestion', () => {
  const today = '2026-11-24';
  it.each([
    ['今天提交的', '2026-11-24'],
    ['昨天寄出的', '2026-11-23'],
    ['明天去交', '2026-11-25'],
    ['3月1日提交的', '2026-03-01'],
    ['３月１号提交的', '2026-03-01'],
    ['十二月一日提交的', '2026-12-01'],
    ['2025年9月28日递交', '2025-09-28'],
    ['二〇二五年十月九日递交', '2025-10-09'],
    ['2025-10-09递交', '2025-10-09'],
    ['２０２５－１０－０９递交', '2025-10-09'],
    ['2025/10/9递交', '2025-10-09'],
  ])('%s → %s', (question, date) => {
    expect(findDateInQuestion(question, today)).toEqual({ kind: 'date', date });
  });

  it('counts from the day a posted application was signed for, not the day it was sent', () => {
    expect(findDateInQuestion('我11.30寄出 对方12.1签收 最晚哪天答复', today)).toEqual({ kind: 'date', date: '2026-12-01' });
    expect(findDateInQuestion('11.16寄出，11.18对方签收', today)).toEqual({ kind: 'date', date: '2026-11-18' });
    expect(findDateInQuestion('12月1日寄出，对方12月3日收到', today)).toEqual({ kind: 'date', date: '2026-12-03' });
    expect(findDateInQuestion('我12.15寄的申请 对方签收了', today)).toEqual({ kind: 'date', date: '2025-12-15' });
  });

  it('reads a month and day without a year as the coming one only up to the end of next month', () => {
    expect(findDateInQuestion('1月4日提交的', '2026-12-28')).toEqual({ kind: 'date', date: '2027-01-04' });
    expect(findDateInQuestion('12月30日提交的', '2027-01-03')).toEqual({ kind: 'date', date: '2026-12-30' });
    expect(findDateInQuestion('12月28号交的', today)).toEqual({ kind: 'date', date: '2026-12-28' });
    expect(findDateInQuestion('1月5号交的', today)).toEqual({ kind: 'date', date: '2026-01-05' });
  });

  it('reads a month and day the asker says was already handed in as past, never the coming one', () => {
    expect(findDateInQuestion('我12月22号交的申请什么时候答复', today)).toEqual({ kind: 'date', date: '2025-12-22' });
    expect(findDateInQuestion('我们已经在12月10日寄了申请', today)).toEqual({ kind: 'date', date: '2025-12-10' });
    // Up to today it is this year's day as before; a plan or a supposition still reads ahead.
    expect(findDateInQuestion('我11月3日交的', today)).toEqual({ kind: 'date', date: '2026-11-03' });
    expect(findDateInQuestion('要是我12月28号交的话', today)).toEqual({ kind: 'date', date: '2026-12-28' });
    expect(findDateInQuestion('我打算12月28号交', today)).toEqual({ kind: 'date', date: '2026-12-28' });
  });

  // 24 November 2026 is a Tuesday.
  it.each([
    ['下周一交申请', '2026-11-30'],
    ['这周五交的', '2026-11-27'],
    ['上礼拜天交的', '2026-11-22'],
    ['下下星期三递交', '2026-12-09'],
    ['这个月3号交的申请', '2026-11-03'],
    ['3号交的', '2026-11-03'],
    ['下个月10号交', '2026-12-10'],
    ['国庆节当天交的', '2026-10-01'],
    ['明年元旦交的申请', '2027-01-01'],
    ['今年五一交的', '2026-05-01'],
    ['12.15交的', '2026-12-15'],
    ['12-10交的申请', '2026-12-10'],
    // A weekday without 这/下/上 is this week's; a lunar festival is this year's unless it is still months away.
    ['周五递交', '2026-11-27'],
    ['星期一交的', '2026-11-23'],
    ['端午节交的申请', '2026-06-19'],
    ['中秋那天寄的', '2026-09-25'],
    ['今年春节交的', '2026-02-17'],
    ['除夕交的', '2026-02-16'],
    ['清明节交的', '2026-04-05'],
    ['明年端午交', '2027-06-09'],
    // Days of the twelfth and first lunar months: the latest such day up to the end of next month.
    ['腊八那天交的', '2026-01-26'],
    ['腊月二十三交的申请', '2026-02-10'],
    ['农历腊月初十交的', '2026-01-28'],
    ['正月初十交的', '2026-02-26'],
    ['正月十六网上提交的', '2026-03-04'],
    ['明年腊八交', '2027-01-15'],
    // 12.15 said as already sent (我…寄的) is not the coming one.
    ['我12.15寄的申请', '2025-12-15'],
  ])('reads the spoken date %s as %s', (question, date) => {
    expect(findDateInQuestion(question, today)).toEqual({ kind: 'date', date });
  });

  it('does not read a decimal or a count of days as a date', () => {
    expect(findDateInQuestion('增速138.8%', today)).toBeNull();
    expect(findDateInQuestion('20个工作日内答复', today)).toBeNull();
    expect(findDateInQuestion('下个月31号交的', '2027-01-10')).toEqual({ kind: 'invalid', text: '下个月31号' });
  });

  it('reports days that do not exist and finds nothing in date-free text', () => {
    expect(findDateInQuestion('2月30日提交的', today)).toEqual({ kind: 'invalid', text: '2月30日' });
    expect(findDateInQuestion('2025年2月29日提交的', today)).toEqual({ kind: 'invalid', text: '2025年2月29日' });
    expect(findDateInQuestion('多久答复', today)).toBeNull();
  });
});

describe('answerGuide: reply deadline', () => {
  it('answers "today" with the concrete date across the 2026 National Day holiday', () => {
    const answer = answerGuide('我今天提交申请，最晚什么时候答复？', SEPTEMBER_28, guide)!;
    expect(answer.topicId).toBe(DEADLINE_CALCULATOR_ID);
    expect(answer.answer).toContain('2026年9月28日（星期一）');
    expect(answer.answer).toContain('2026年10月30日（星期五）');
    expect(answer.answer).toContain('2026年11月27日（星期五）');
    expect(answer.answer).toContain('法定节假日');
    expect(answer.source).toContain('第三十三条');
    expectSourceAtEnd(answer);
  });

  it('gives the 7-working-day date to be told to correct an unclear application first, when that is asked', () => {
    const answer = answerGuide('今天交的申请写得不清楚，他们最晚哪天要通知我补正', NOVEMBER_24, guide)!;
    expect(answer.answer.startsWith('申请内容不明确需要补正的')).toBe(true);
    expect(answer.answer).toContain('最晚2026年12月3日（星期四）告知补正');
    expect(answer.answer).toContain('2026年12月22日');
    // A plain deadline question says nothing of the notice.
    expect(answerGuide('今天交的申请最晚哪天答复', NOVEMBER_24, guide)!.answer).not.toContain('告知补正');
  });

  it('uses the Shanghai calendar, not UTC, for "today"', () => {
    // 16:30 UTC on the 27th is already 00:30 on the 28th in Shanghai.
    const answer = answerGuide('今天提交的申请哪天到期', new Date('2026-09-27T16:30:00Z'), guide)!;
    expect(answer.answer).toContain('按2026年9月28日');
  });

  it('answers an explicit full date', () => {
    const answer = answerGuide('2026年9月28日递交的申请最迟哪天答复', NOVEMBER_24, guide)!;
    expect(answer.answer).toContain('最晚应于2026年10月30日（星期五）答复（已届满）');
  });

  it('answers a month and day, counting the Qingming holiday in the extension', () => {
    const answer = answerGuide('3月1日提交的申请什么时候到期', NOVEMBER_24, guide)!;
    expect(answer.answer).toContain('按2026年3月1日（星期日）收到申请');
    expect(answer.answer).toContain('2026年3月27日（星期五）');
    expect(answer.answer).toContain('2026年4月27日（星期一）');
    expect(answer.answer).not.toContain('尚未收录');
  });

  it('answers full-width ISO dates and the 2025 National Day holiday', () => {
    const answer = answerGuide('２０２５－０９－３０寄出的申请，最晚哪天回复？', NOVEMBER_24, guide)!;
    expect(answer.answer).toContain('2025年11月4日（星期二）');
    expect(answer.answer).toContain('2025年12月2日（星期二）');
  });

  it('warns when the holiday arrangement of a year is not known yet', () => {
    const nextYear = calendarCoverage().lastYear + 1;
    const answer = answerGuide(`${nextYear}年3月1日提交的申请最晚什么时候答复`, NOVEMBER_24, guide)!;
    expect(answer.answer).toContain(`${nextYear}年的放假安排尚未公布`);
    expect(answer.answer).toContain('调休上班日还不知道');
    expectSourceAtEnd(answer);
  });

  it('says so when the date does not exist', () => {
    const answer = answerGuide('2月30日提交的申请什么时候到期', NOVEMBER_24, guide)!;
    expect(answer.topicId).toBe(DEADLINE_CALCULATOR_ID);
    expect(answer.answer).toContain('没有“2月30日”这一天');
    expectSourceAtEnd(answer);
  });

  it('leaves date-free time questions to the guide topic', () => {
    const answer = answerGuide('申请了多久答复？', NOVEMBER_24, guide)!;
    expect(answer.topicId).toBe('reply-time-limit');
    expect(answer.answer).toContain('20个工作日');
    expectSourceAtEnd(answer);
  });
});

describe('answerGuide: fees', () => {
  it('calculates requests in a month with the band breakdown', () => {
    const answer = answerGuide('一个月申请15件要交多少钱？', NOVEMBER_24, guide)!;
    expect(answer.topicId).toBe(FEE_BY_REQUESTS_ID);
    expect(answer.answer).toContain('第1—10件：免费');
    expect(answer.answer).toContain('第11—15件：5件×100元＝500元');
    expect(answer.answer).toContain('合计500元');
    expect(answer.source).toContain('109号');
    expectSourceAtEnd(answer);
  });

  it.each([
    ['申请了35件收费多少', '合计3000元'],
    ['申请了３５件，收费多少？', '合计3000元'],
    ['这个月申请了十五件要花多少钱', '合计500元'],
    ['一个月申请10件要钱吗', '不收费'],
  ])('%s → %s', (question, expected) => {
    const answer = answerGuide(question, NOVEMBER_24, guide)!;
    expect(answer.topicId).toBe(FEE_BY_REQUESTS_ID);
    expect(answer.answer).toContain(expected);
  });

  it('calculates pages', () => {
    const answer = answerGuide('复印120页要多少钱', NOVEMBER_24, guide)!;
    expect(answer.topicId).toBe(FEE_BY_PAGES_ID);
    expect(answer.answer).toContain('第31—100页：70页×10元＝700元');
    expect(answer.answer).toContain('第101—120页：20页×20元＝400元');
    expect(answer.answer).toContain('合计1100元');
    expectSourceAtEnd(answer);
  });

  it('replies politely to an impossible quantity', () => {
    const answer = answerGuide('一个月申请了20000件要多少钱', NOVEMBER_24, guide)!;
    expect(answer.answer).toContain('数量过大');
    expectSourceAtEnd(answer);
  });

  it('shortens a very long breakdown', () => {
    const answer = answerGuide('一个月申请200件要多少钱', NOVEMBER_24, guide)!;
    expect(answer.answer).toContain('……');
    expect(answer.answer).toContain('第191—200件：10件×1800元＝18000元');
  });

  it('leaves number-free fee questions to the guide topic', () => {
    const answer = answerGuide('申请信息公开要钱吗？', NOVEMBER_24, guide)!;
    expect(answer.topicId).toBe('fees');
    expectSourceAtEnd(answer);
  });
});

describe('answerGuide: topics and non-guide questions', () => {
  it('answers the annual report deadline with the source', () => {
    const answer = answerGuide('年报什么时候公布？', NOVEMBER_24, guide)!;
    expect(answer).toMatchObject({ kind: 'guide', topicId: 'annual-report-deadline' });
    expect(answer.answer).toContain('1月31日');
    expectSourceAtEnd(answer);
  });

  it.each(['西工区科技局2024年行政许可多少件', '中卫市科技局2025年收到多少件申请', '去年行政事业性收费多少项', '今天天气怎么样'])(
    'returns null for %s',
    (question) => {
      expect(answerGuide(question, NOVEMBER_24, guide)).toBeNull();
    },
  );
});
