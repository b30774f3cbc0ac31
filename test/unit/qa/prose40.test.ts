/**
 * prose40's classes (facts reports state only in sentences: interpretations, what applications concerned, how cases ended,
 * the report's own problems, a year before said relatively), on made-up pages: 政策解读 asked of a report printing only
 * 发布解读信息12条 (never 数据解读信息 or 公告解读, another thing interpreted); what applications mostly concerned asked with 的
 * after the verb (大家申请公开的主要是什么内容), the agency named kept for the next question; how the agency's lawsuit ended
 * (行政诉讼的结果怎么样) after one of its figures is its report's sentence, not the rules on suing; 存在哪些不足 and 他们年报里
 * 说了哪些不足 are the report's section of problems, not a question across agencies nor the rules on what reports contain;
 * 前一年呢 after a sentence's figure of one year is the year before that one; two agencies compared on a sentence's count, each
 * named with a year of its own (青禾县2021年和柳湾市工信局2023年谁办的政协提案多), each of its own year.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const whole = (title: string, body: string, year: number, problems = '更新不够及时。') => `${title}
本报告所列数据统计期限为${year}年1月1日至12月31日。
一、总体情况
${body}
二、主动公开政府信息情况
(略)
三、收到和处理政府信息公开申请情况
(略)
四、政府信息公开行政复议、行政诉讼情况
(略)
五、存在的主要问题及改进情况
${problems}
六、其他需要报告的事项
无。`;

const REPORTS: Record<string, string> = {
  'justice.txt': whole(
    '柳湾市司法局2025年政府信息公开工作年度报告',
    '(一)主动公开。全年主动公开政府信息95条,发布解读信息12条。(二)依申请公开。全年共收到政府信息公开申请9件,申请人申请事项主要集中在律师执业、法律援助等方面。发生行政诉讼1件,结果维持。',
    2025,
    '一是公开内容较为单一;二是政策解读形式不够丰富。下一步,我局将拓宽公开渠道。',
  ),
  'transport.txt': whole(
    '柳湾市交通运输局2025年政府信息公开工作年度报告',
    '(一)主动公开。全年主动公开政府信息300条。(二)依申请公开。规范受理并答复政府信息公开申请14件(含上年度结转2件),未发生行政复议和行政诉讼。申请人申请事项主要集中在道路改扩建、客运线路调整等方面,并根据实际情况与申请人加强沟通联系。',
    2025,
  ),
  'county-2021.txt': whole(
    '青禾县人民政府2021年政府信息公开工作年度报告',
    '(一)主动公开。全年主动公开政府信息5000条。共承办县人大代表建议40件、县政协委员提案62件,所有建议提案均按期办结。',
    2021,
  ),
  'industry-2023.txt': whole(
    '柳湾市工业和信息化局2023年政府信息公开工作年度报告',
    '(一)主动公开。一是按时办理完成人大代表建议3件、政协委员提案9件,网上公开9件。',
    2023,
  ),
  'stats.txt': whole(
    '柳湾市统计局2025年政府信息公开工作年度报告',
    '(一)主动公开。全年主动公开政府信息210条,发布数据解读信息40篇。(二)依申请公开。全年共收到政府信息公开申请2件。',
    2025,
  ),
  'district-2025.txt': whole(
    '柳湾市东岭区人民政府2025年政府信息公开工作年度报告',
    '(一)主动公开。年度公开人大代表建议、政协提案复文146件,全年通过区政府网站发布各类政策文件300件。',
    2025,
  ),
  'district-2024.txt': whole(
    '柳湾市东岭区人民政府2024年政府信息公开工作年度报告',
    '(一)主动公开。本年度公开人大代表建议、政协提案复文133件,全年通过区政府网站发布各类政策文件280件。',
    2024,
  ),
};

describe('prose40 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp({ now: () => new Date('2026-06-01T10:00:00+08:00') });
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('政策解读 asked of a report printing only 发布解读信息 is that count; 数据解读 is another thing interpreted', async () => {
    for (const question of ['柳湾市司法局2025年政策解读有几篇', '柳湾市司法局2025年政策解读发了多少条']) {
      const answer = await app.ask(question);
      expect(
        answer.facts.map((fact) => fact.value),
        `${question} → ${answer.answer}`,
      ).toEqual([12]);
    }
    const data = await app.ask('柳湾市统计局2025年政策解读有几篇');
    expect(data.answer).not.toContain('40');
  });

  it('what applications mostly concerned, asked with 的 after the verb; the agency named stays the conversation’s', async () => {
    const user = 'content';
    const answer = await app.ask('柳湾市交通运输局2025年大家申请公开的主要是什么内容', user);
    expect(answer.answer).toContain('客运线路调整');
    const next = await app.ask('申请的都是些什么信息', user);
    expect(next.answer).toContain('道路改扩建');
  });

  it('how the agency’s lawsuit ended, asked after one of its figures, is its report’s sentence, not the rules on suing', async () => {
    const user = 'lawsuit';
    await app.ask('柳湾市司法局2025年收到多少件申请', user);
    const answer = await app.ask('行政诉讼的结果怎么样', user);
    expect(answer.kind).not.toBe('guide');
    expect(answer.answer).toContain('结果维持');
  });

  it('存在哪些不足 and 他们年报里说了哪些不足 after a figure are that report’s problems', async () => {
    for (const question of ['存在哪些不足', '他们年报里说了哪些不足']) {
      const user = `problems-${question}`;
      await app.ask('柳湾市司法局2025年收到多少件申请', user);
      const answer = await app.ask(question, user);
      expect(answer.answer, question).toContain('公开内容较为单一');
    }
  });

  it('前一年呢 after a sentence’s figure of one year is the year before that one', async () => {
    const user = 'year-before';
    const first = await app.ask('柳湾市东岭区人民政府2025年公开了多少件建议提案复文', user);
    expect(first.facts.map((fact) => fact.value)).toEqual([146]);
    const before = await app.ask('前一年呢', user);
    expect(before.facts.map((fact) => fact.value)).toEqual([133]);
  });

  it('two agencies compared on a sentence’s count, each named with a year of its own, are each asked of that year', async () => {
    const answer = await app.ask('青禾县人民政府2021年和柳湾市工业和信息化局2023年谁办的政协提案多');
    expect(answer.facts.map((fact) => fact.value)).toEqual(expect.arrayContaining([62, 9]));
    expect(answer.answer).toMatch(/^青禾县人民政府2021年62件最多/);
  });
});
