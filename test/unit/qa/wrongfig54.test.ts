/**
 * wrongfig54's classes (wrong figures and refusals a probe found asking every hand-read report's figures in three- and
 * four-step conversations), on made-up reports: 其中法人呢 after a count of applications is table 三's 法人或其他组织 columns
 * together, as 法人呢 is (not a refusal, and never the overview's 收到公民、法人和其他组织…申请7件, which counts everyone);
 * 收到的申请呢 after a count only a sentence states in another measure (召开新闻发布会4场) asks the applications in their
 * own measure, never 没有，0场 read from a clause that says something else was not received (未收到…补正); 那制发政府信息呢
 * (searched as 制发政府信息多少, a noun before a bare 多少) asks a count, never the share the sentence prints beside it (占…83.81%).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';
import { gluedReportBody } from './glued-page.js';

const BODY = gluedReportBody({ province: '赣川省', county: '松岗县', bureau: '人力资源局', site: 'songgang' });

const cut = (title: string, body: string) => `${title}
本报告所列数据统计期限为1月1日至12月31日。
一、总体情况
${body}
(四)平台建设
严格落实“三审三校”制度,对
`;

const REPORTS: Record<string, string> = {
  'labour.txt': `松岗县人力资源局2023年政府信息公开工作年度报告\n${BODY}\n`,
  'police.txt': cut(
    '松岗县公安局2024年政府信息公开工作年度报告',
    '(一)主动公开情况\n全年累计公开公安政府信息96条，全文电子化达100%。同时，全年召开新闻发布会4场，发布民意征集2期。\n(二)依申请公开情况\n2024年，我局收到政府信息公开申请2件，已按照相关法规作出补正告知，目前未收到该申请人提交的补正，结转下年度办理。',
  ),
  // A full report (table 三 answers 收到几件申请) whose overview prints a share beside the count of what was made.
  'economy.txt': `松岗县经济发展局2023年政府信息公开工作年度报告\n${BODY.replace(
    '不断提升政府信息公开工作水平。二、',
    '不断提升政府信息公开工作水平。2023年，共制发政府信息340条，其中，主动公开政府信息312条、依申请公开20条、不予公开8条，主动公开及依申请公开政府信息总条数占总制发信息的97.60%，与2022年基本持平。二、',
  )}\n`,
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('wrongfig54 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('其中法人呢 after a count of applications is the organisation columns together, not everyone the overview counts', async () => {
    for (const [first, follow] of [
      ['松岗县人力资源局2023年收到几件申请', '其中法人呢'],
      ['松岗县人力资源局2023年主动公开政府信息多少条', '其中法人呢'],
    ] as const) {
      const lines = first.includes('主动公开') ? [first, '那收到的申请呢', follow] : [first, follow];
      const answers = await converse(app, `w54-legal-${lines.length}`, lines);
      const legal = answers[answers.length - 1];
      expect(legal.kind, legal.answer).toBe('figure');
      expect(values(legal).length, follow).toBeGreaterThan(0);
      expect(new Set(values(legal)), follow).toEqual(new Set([0]));
      expect(legal.answer).toContain('法人或其他组织');
    }
    // The same with another part word, and 自然人 still its own column.
    const [, inside, natural] = await converse(app, 'w54-legal-inside', ['松岗县人力资源局2023年收到几件申请', '里面法人呢', '自然人呢']);
    expect(new Set(values(inside))).toEqual(new Set([0]));
    expect(values(natural)).toEqual([7]);
  });

  it('收到的申请呢 after a count in 场 asks the applications in 件, never 没有，0场 from a clause of something else not received', async () => {
    for (const follow of ['收到的申请呢', '那收到的申请呢']) {
      const [meetings, received] = await converse(app, `w54-unit-${follow}`, ['松岗县公安局2024年召开新闻发布会多少场', follow]);
      expect(values(meetings)).toEqual([4]);
      expect(values(received), received.answer).toEqual([2]);
      expect(received.answer).not.toContain('0场');
    }
  });

  it('制发信息多少 (or 那制发政府信息呢 after a count) asks the count of that thing, never the percentage printed beside it', async () => {
    for (const question of ['松岗县经济发展局2023年制发信息多少', '松岗县经济发展局2023年制发政府信息多少']) {
      const made = await app.ask(question);
      expect(values(made), made.answer).toEqual([340]);
      expect(made.answer.split('原文')[0], question).not.toContain('%');
    }
    const [received, made] = await converse(app, 'w54-share', ['松岗县经济发展局2023年收到几件申请', '那制发政府信息呢']);
    expect(values(received)).toEqual([7]);
    expect(values(made), made.answer).toEqual([340]);
  });
});
