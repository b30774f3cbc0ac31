/**
 * reports-more11's class over made-up reports of the same shape: information counted by how it may be disclosed
 * (漳平市卫生健康局: 共制作信息112条,其中主动公开信息数7条;依申请公开信息数59条;不予公开信息数46条) is no count of
 * applications; a page cut before table 三 answers 收到多少申请 from its 未接到…申请, else refuses. And a total printed for
 * several channels at once (模环乡: 通过政府信息公开网站、公开栏、“龙游通”等平台主动发布各类信息811条,其中…公开栏发布720条) is not
 * the figure of one of them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const report = (agency: string, applications: string) => `${agency}2023年政府信息公开工作年度报告
一、总体情况
(一)主动公开
2023年,我局全年共公开信息40条。2023年度共制作信息90条,其中主动公开信息数30条,占比33.33%;依申请公开信息数35条,占比38.89%;不予公开信息数25条,占比27.78%。
(二)依申请公开
${applications}`;

describe('reports-more11 prose class on made-up reports', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['none.txt', report('石门县卫生健康局', '2023年度我局未收到政府信息公开申请。')],
      ['silent.txt', report('石门县林业局', '我局进一步畅通受理渠道,规范办理流程。')],
      ['received.txt', report('石门县水利局', '2023年,我局收到依申请公开信息3条,均按期答复。')],
      [
        'channels.txt',
        `平安乡2023年政府信息公开工作年度报告
一、总体情况
(一)主动公开情况
2023年,我乡通过门户网站、微信公众号等平台主动公开信息300条,其中门户网站发布120条,微信公众号发布180条。`,
      ],
    ] as const);
  });
  afterAll(() => app.dispose());

  it('依申请公开信息数35条 is not the applications received: the report says none was received, 0', async () => {
    const answer = await app.ask('石门县卫生健康局2023年收到多少政府信息公开申请');
    expect(answer.answer).not.toContain('35');
    expect(answer.facts.map((fact) => fact.value)).toContain(0);
  });

  it('without a statement of none, no figure is given', async () => {
    const answer = await app.ask('石门县林业局2023年收到多少政府信息公开申请');
    expect(answer.kind).toBe('refusal');
    expect(answer.answer).not.toContain('35');
  });

  it('收到依申请公开信息3条 (a verb of receiving) still counts applications', async () => {
    const answer = await app.ask('石门县水利局2023年收到多少政府信息公开申请');
    expect(answer.facts.map((fact) => fact.value)).toContain(3);
  });

  it('a total printed for several channels at once (门户网站、微信公众号等平台…300条) is not one channel’s figure', async () => {
    const answer = await app.ask('平安乡2023年微信公众号发布了多少条');
    expect(answer.facts[0]?.value).toBe(180);
    expect(answer.answer).not.toMatch(/^[^\n]*300/);
  });
});
