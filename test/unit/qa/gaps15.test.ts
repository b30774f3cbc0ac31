/**
 * Classes closed in the gaps15 round over made-up reports: a number whose own clause opens with an event held (举办…活动1场,
 * 召开…会2次) and names none of the question's words counts that event, not a thing named in the clause before it
 * (上报工作动态信息), so 工作动态多少 asked without a measure word gets no figure from it; a none that takes in every form
 * (未收到任何方式的申请) is none of applications, answered 0 to a how-many question on a page without table 三, as to a yes/no;
 * a part asked alone (社会组织) against a sentence counting a group that joins it to another (企业和社会组织…9件,其中社会组织…3件)
 * is the part's figure, not the group's; channels written together with 一共 and no 加 (网站微博抖音一共) are a list to add,
 * and two sum words in a row (加起来一共) still ask a sum; applications counted by the way they were sent (传真申请几件,
 * 邮件申请了几件) ask no fax number or e-mail address; a change against the year before that no report states (主动公开比
 * 上一年多了百分之多少) is refused as such, not as a channel's count; a share whose stated whole is not the report's (占那100条)
 * says what the report holds, with no share worked out.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { understand } from '../../../src/qa/understand.js';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

describe('gaps15 classes over made-up reports', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'songhe-nyj.txt',
        `松禾县农业农村局2024年政府信息公开工作年度报告
一、总体情况
(一)主动公开情况。2024年主动公开政府信息64条。按月向县政府办报送工作动态信息，召开“政务公开”座谈会2次，保证了信息发布及时准确。
`,
      ],
      [
        'qinglan-sj.txt',
        `青岚县水务局2017年政府信息公开工作年度报告
一、概述
2017年,本局主动公开政府信息41条。
二、依申请公开政府信息情况
2017年,本局未收到任何方式的申请。
`,
      ],
      [
        'baiyang-mz.txt',
        `白杨区民政局2023年政府信息公开工作年度报告
一、总体情况
(二)依申请公开情况。本年度共受理政府信息公开申请15件,其中群众个人提出6件,企业和社会组织提出9件,其中社会组织提出3件,全部按时答复。
`,
      ],
      [
        'hexi-ly.txt',
        `河西县林业局2024年政府信息公开工作年度报告
一、总体情况
(一)主动公开情况。通过县政府网站发布信息38条。“河西林业”微博发布信息71条;“河西林业”抖音号发布短视频12条。
`,
      ],
      [
        'qingshan-tj.txt',
        `青山县统计局2024年政府信息公开工作年度报告
一、总体情况
(一)主动公开情况。2024年度我局主动公开政务信息120条,其中工作动态80条、统计公报6条、公示公告34条。
`,
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('an event held in the next clause (召开…座谈会2次) is no count of what the clause before names (工作动态)', async () => {
    const answer = await app.ask('松禾县农业农村局工作动态多少');
    expect(answer.facts.map((fact) => fact.value)).not.toContain(2);
    const held = await app.ask('松禾县农业农村局召开了几次座谈会');
    expect(held.facts.map((fact) => fact.value)).toEqual([2]);
  });

  it('a none of any form of application (未收到任何方式的申请) answers how many were received: 0, not the cut-page refusal', async () => {
    const answer = await app.ask('青岚县水务局2017年收到几件申请');
    expect(answer.facts.map((fact) => fact.value)).toEqual([0]);
    expect(answer.answer).toContain('未收到任何方式的申请');
  });

  it('a part asked alone (社会组织) is its own figure, not the group that joins it to another (企业和社会组织)', async () => {
    const answer = await app.ask('白杨区民政局社会组织提出了几件申请');
    expect(answer.facts.map((fact) => fact.value)).toEqual([3]);
  });

  it('channels glued together before 一共, with no 加 (网站微博抖音一共), are summed', async () => {
    const answer = await app.ask('河西县林业局网站微博抖音一共发了多少条');
    expect(answer.answer).toContain('合计121');
  });

  it('two sum words in a row (加起来一共) still ask the sum of two channels', async () => {
    const answer = await app.ask('河西县林业局网站和微博加起来一共发了多少条');
    expect(answer.answer).toContain('合计109');
  });

  it('applications sent by fax counted (传真申请几件) are no question for the fax number', async () => {
    const answer = await app.ask('白杨区民政局传真申请了几件');
    expect(answer.kind).not.toBe('contacts');
    expect(answer.answer).not.toContain('没有写明传真');
  });

  it('a count of applications sent a way (传真, 邮件) is read as applications, not a contact field', () => {
    for (const question of ['河西县林业局传真申请几件', '河西县林业局邮件申请了几件'])
      expect(understand(question, 2026).topic?.type).toBe('cell');
    expect(understand('河西县林业局传真号多少', 2026).topic?.type).toBe('contacts');
  });

  it('a change against the year before no report states is refused without naming a channel', async () => {
    const answer = await app.ask('松禾县农业农村局主动公开信息比上一年多了百分之多少');
    expect(answer.kind).toBe('refusal');
    expect(answer.answer).not.toContain('渠道');
  });

  it('a share of a stated whole the report does not hold (占那100条, the report: 120) says so and computes nothing', async () => {
    const answer = await app.ask('青山县统计局工作动态占那100条的百分之几');
    expect(answer.answer).toContain('不是100条');
    expect(answer.answer).not.toMatch(/%|百分之/);
    expect(answer.facts).toEqual([]);
  });
});
