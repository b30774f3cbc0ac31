/**
 * Lead probes of the forty-first session: citizens' own words over one store of every real fixture folder (1,593 reports and
 * guides). The classes found, each with a made-up example below (other agencies, other words):
 * - 收到几件申请 / 有人申请信息公开吗 / 予以公开几件 of a page cut before table 三 whose prose says none came in
 *   (全年未收到政府信息公开申请, 我镇未收到依申请公开事项): "页面不完整，没有…这部分内容" although the next question, 被复议过吗,
 *   was answered 没有 from the same sentence. Now 没有 quoting it (0件 of the applications received; none of any outcome); a
 *   carried-over row is not said by it and stays refused. A comparison of two agencies takes that 0 too.
 * - X和Y哪个公开得多 / 谁发的少 (the verb alone, 得, no 最): "没有理解". Now what each published, compared, as 谁公开的信息多.
 * - 谁负责这块工作 after an agency's report: off-topic. Now who the report makes the disclosure work's lead (成立了由分管…委员
 *   为政府信息公开的责任领导), as 谁负责政务公开工作 is.
 * - 都处理了吗 right after a count read from a sentence (收到留言56条,已全部办理): table 三's 办理结果 (or the cut page's
 *   refusal). Now 是的 and what that sentence says right after the count.
 * - 哪个收到的申请最多 / 这几个里谁主动公开的最多 right after a list of one place's agencies (乌海市有哪些单位的年报): a ranking of
 *   every stored report. Now ranked among the listed place's agencies.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, cutPage, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

describe('lead probes of session 41', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'shuili.txt',
        cutPage(
          '和田县水利局',
          2025,
          '(一)主动公开情况。累计主动公开政府信息29条。',
          '(二)依申请公开情况。2025年度,我局完善申请受理、答复流程。全年未收到政府信息公开申请,也未发生行政复议。',
        ),
      ],
      ['minzheng.txt', cutPage('黄山市民政局', 2025, '2025年全年主动公开政府信息410条。', '2025年共收到政府信息公开申请3件,均已答复。')],
      ['tongji.txt', cutPage('黄山市统计局', 2024, '2024年,我局主动公开政府信息77条。', '2024年共收到政府信息公开申请9件。')],
      [
        'zhen.txt',
        cutPage(
          '和田县东山镇人民政府',
          2023,
          '2023年,网站发布信息120条,其中政务动态80条,收到群众留言14条,已全部办理。',
          '(三)政府信息管理方面。成立了由分管信息工作党委宣传委员为政府信息公开的责任领导,确定镇党政办作为主要部门。',
        ),
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('answers none from the sentence that says no application came in, where table 三 is cut', async () => {
    const [count, anyone, granted, carried] = await converse(app, 'none', [
      '和田县水利局2025年收到几件申请',
      '有人申请信息公开吗',
      '予以公开几件',
      '上年结转几件',
    ]);
    for (const answer of [count, anyone]) {
      expect(answer.answer).toMatch(/^没有/);
      expect(answer.answer).toContain('未收到政府信息公开申请');
      expect(answer.answer).not.toContain('不完整');
    }
    expect(count.answer).toContain('0件');
    expect(count.facts.map((fact) => fact.value)).toEqual([0]);
    expect(granted.answer).toContain('也就没有予以公开的申请');
    expect(carried.kind).toBe('refusal');
    expect(carried.facts).toEqual([]);
  });

  it('compares that none with another agency that counts its applications', async () => {
    const answer = await app.ask('黄山市民政局和和田县水利局哪个被申请得多', 'compare-none');
    expect(answer.answer).toContain('黄山市民政局');
    expect(answer.facts.map((fact) => fact.value).sort()).toEqual([0, 3]);
    expect(answer.answer).toContain('和田县水利局0件');
    expect(answer.answer).not.toContain('不完整');
  });

  it('compares what was published when asked with the verb alone', async () => {
    for (const question of ['和田县水利局和黄山市民政局哪个公开得多', '黄山市民政局跟和田县水利局谁发的少']) {
      const answer = await app.ask(question, question);
      expect(answer.kind, question).toBe('figure');
      expect(
        answer.facts.map((fact) => fact.value).sort((a, b) => a - b),
        question,
      ).toEqual([29, 410]);
    }
  });

  it('says who leads the disclosure work when asked who is responsible for it', async () => {
    const [, who] = await converse(app, 'who', ['东山镇2023年网站发布了多少条信息', '谁负责这块工作']);
    expect(who.kind).toBe('text');
    expect(who.answer).toContain('分管信息工作党委宣传委员');
  });

  it('answers whether the things just counted were all dealt with from their own sentence', async () => {
    const [, handled] = await converse(app, 'handled', ['东山镇2023年收到多少留言', '都处理了吗']);
    expect(handled.answer).toMatch(/^是的。/);
    expect(handled.answer).toContain('收到群众留言14条，已全部办理');
  });

  it('ranks among the agencies just listed', async () => {
    const [list, most, published] = await converse(app, 'listed', [
      '黄山市有哪些单位的年报',
      '哪个收到的申请最多',
      '这几个里谁主动公开的最多',
    ]);
    expect(list.answer).toContain('黄山市统计局');
    expect(most.answer).toContain('黄山市统计局');
    expect(most.answer).not.toContain('和田县');
    expect(most.facts.map((fact) => fact.value)).toContain(9);
    expect(published.facts.map((fact) => fact.value)).toContain(410);
    expect(published.answer).not.toContain('和田县');
  });
});
