/**
 * prose39's classes (facts reports state only in sentences: applications, key areas, meetings), on made-up pages: a yes/no
 * whether the public attended a meeting (列席, 旁听, 邀请群众) is never answered from a sentence naming the meeting but no
 * attending; what the applications concerned is read where the report says it without 内容/事项 (信息公开申请主要涉及…),
 * in a sentence of its own after the count (其内容涉及…), or after a sentence of outcomes that follows the count
 * (处理结果中…。主要集中在…); a way of applying said in citizens' words (通过网络提交的申请, 有几件是当面提交的, 当面去局里申请的,
 * 发邮件申请的) is that way's count, never the total.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const whole = (title: string, body: string, year = 2025) => `${title}
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
更新不够及时。
六、其他需要报告的事项
无。`;

const REPORTS: Record<string, string> = {
  'county.txt': whole(
    '东坪县人民政府办公室2025年政府信息公开工作年度报告',
    '(一)主动公开。全年公开政策文件18件、县政府常务会议9次,县政府常务会议研究的涉及群众切身利益事项均予以公开。(二)依申请公开。全年收到政府信息公开申请12件。2025年政府信息公开申请主要涉及宅基地审批、棚户区改造等方面,均按时答复。',
  ),
  'town.txt': whole(
    '东坪县青石镇人民政府2025年政府信息公开工作年度报告',
    '(一)主动公开。全年主动公开政府信息80条。(二)依申请公开。全年共受理依申请公开6件。处理结果中,予以公开4件,信息不存在2件。主要集中在农村危房改造补助有关信息申请。',
  ),
  'zone.txt': whole(
    '东坪经济开发区管理委员会2024年政府信息公开工作年度报告',
    '(一)主动公开。全年主动公开政府信息40条。(二)依申请公开。全年共受理依申请公开3件。其内容涉及厂房租赁补贴、企业用地等,全部依法答复。',
    2024,
  ),
  'bureau.txt': whole(
    '东坪县自然资源局2025年政府信息公开工作年度报告',
    '(一)主动公开。全年主动公开政府信息60条。(二)依申请公开。全年共收到政府信息公开申请34件,其中31件已办结。按申请方式分:当面申请3件,通过网络提交申请9件,邮寄申请15件,电子邮件申请7件。',
  ),
};

describe('prose39 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp({ now: () => new Date('2026-06-01T10:00:00+08:00') });
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('a yes/no whether the public attended a meeting is never answered from a sentence with no attending', async () => {
    for (const question of [
      '东坪县政府办2025年常务会议让群众列席了吗',
      '东坪县政府办2025年常务会议有没有邀请市民代表列席',
      '东坪县政府办2025年县政府常务会议群众能旁听吗',
    ]) {
      const answer = await app.ask(question);
      expect(answer.answer, question).not.toMatch(/^有/);
      expect(answer.kind, question).toBe('refusal');
    }
  });

  it('what the applications concerned, printed as 信息公开申请主要涉及…', async () => {
    const answer = await app.ask('东坪县政府办2025年的申请主要涉及哪些方面');
    expect(answer.answer).toContain('宅基地审批');
  });

  it('what the applications concerned, after a sentence of their outcomes (主要集中在…)', async () => {
    const answer = await app.ask('青石镇2025年申请主要集中在啥');
    expect(answer.answer).toContain('农村危房改造');
  });

  it('what the applications concerned, in a sentence of its own after the count (其内容涉及…)', async () => {
    const answer = await app.ask('东坪经济开发区2024年申请内容都涉及什么');
    expect(answer.answer).toContain('厂房租赁补贴');
  });

  it('a way of applying said with 通过…提交, count-first, going somewhere or 发邮件 is that way’s applications', async () => {
    const cases: Array<[string, number]> = [
      ['东坪县自然资源局2025年通过网络提交的申请有多少', 9],
      ['东坪县自然资源局2025年通过邮寄递交的申请有几件', 15],
      ['东坪县自然资源局2025年有几件是当面提交的', 3],
      ['东坪县自然资源局2025年有几个人是当面去局里申请信息公开的', 3],
      ['东坪县自然资源局2025年发邮件申请的有多少', 7],
    ];
    for (const [question, value] of cases) {
      const answer = await app.ask(question);
      expect(
        answer.facts.map((fact) => fact.value),
        `${question} → ${answer.answer}`,
      ).toEqual([value]);
    }
  });

  it('whether anyone asked for one kind of information is answered from the sentence on what applications concerned, never guessed', async () => {
    const named = await app.ask('东坪县政府办2025年有没有人申请宅基地方面的信息');
    expect(named.answer).toMatch(/^有。/);
    expect(named.answer).toContain('宅基地审批');
    const other = await app.ask('东坪县政府办2025年有没有人申请环境保护方面的信息');
    expect(other.answer).not.toMatch(/^(?:有|没有)。/);
    expect(other.answer).toContain('宅基地审批');
    // A report that counts its applications but never says what they concerned answers neither yes nor no.
    const unstated = await app.ask('东坪县自然资源局2025年有没有人申请宅基地方面的信息');
    expect(unstated.kind).toBe('refusal');
    expect(unstated.facts).toEqual([]);
  });
});
