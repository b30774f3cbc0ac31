/**
 * gaps28's classes, each with its real case (the gap line it closed) and a made-up second example.
 * 1. Places run together with no joiner (海原西工中卫这三个科技局…加起来): each place's following text was read as its kind
 *    (西工中卫这三个科技局 is no stored kind), so no agency was found; with joiners the last place was lost the same way
 *    (中卫|这三个科技局), and the sum left it out. A place right after another is now no kind of it, and 这三个 after places
 *    listed counts them: the kind after it is theirs.
 * 2. 那件申请是不是企业提的, answered 没有 from table 三's 商业企业 0件 of a year that received one application: who did apply
 *    (自然人1件) is now said from the same row, so the 没有 does not read as no application.
 * 3. A highlight point cut at 100 characters lost the figures it states after the cut (科技型中小企业 33 家): a point is now
 *    cut between clauses, and clauses stating a figure are kept up to 220 characters.
 * 4. The kinds of outcome of an application asked with no agency (办理结果有几种) got 哪个机关、哪一年 back: the report format's
 *    table 三 lists them (予以公开 … 其他处理), now a topic of the guide; with an agency named, its report's figures still answer.
 * 5. Spoken words the reports print otherwise: 申请情况全部列出来 (an adverb before the verb of listing table 三), 带他们去看了几家
 *    企业 (参观), 他们能拖更久吗 (the extension of the reply's time limit), 在第几次党组会上定的 (the 上 of a meeting's place).
 * 6. 公众号被注销了吗 where the report states only that its 微博 was shut: no 没有理解 reply, but that the report does not say
 *    so of the 公众号, and which channel it says was shut.
 * 7. 有没有因为是国家秘密不给公开的 in a conversation on one agency's table 三 (最后给公开了几件): the rules on exemptions answered;
 *    another row of the table the conversation is on now asks that agency's report (whether it may, 能公开吗, stays the rules').
 * 8. 采纳了几条 against 共收集有效意见建议5条，均已全部采纳: refused (没有理解); the clause saying all of a count were so is
 *    now quoted with that count, no figure of the verb's own made up.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp, xigongAs } from '../../helpers.js';

const zhongwei = readFileSync(join(__dirname, '..', '..', '..', 'data', 'reports', 'zhongwei-kjj-2025.txt'), 'utf8');

describe('gaps28: places run together, who applied when another applicant is denied, highlights cut between clauses', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['qingshi.txt', xigongAs('青石县科学技术局', '青石县', '2024年主动公开政府信息31条。', '2024年未收到政府信息公开申请。')],
      ['baisha.txt', xigongAs('白沙区科学技术局', '白沙区', '2024年主动公开政府信息45条。', '2024年未收到政府信息公开申请。')],
      [
        'yunchuan.txt',
        xigongAs('云川市科学技术局', '云川市', '2024年主动公开政府信息12条。', '2024年未收到政府信息公开申请。').replace(
          '2024年，我局未产生信息公开处理费。',
          '（一）市科技局2024年亮点工作：一是在服务企业创新方面。依托门户网站持续公开科技政策申报通知和项目评审结果，帮助企业及时了解政策，全市研发投入从 2022 年的 1200 万元提高到 2023 年的 2600 万元，增速达到 116.7%，2024 年新认定高新技术企业 12 家，培育创新型中小企业 48 家，推动企业加大研发投入，营造了良好的创新氛围。二是在政民互动方面。举办政府开放日活动1场。',
        ),
      ],
      [
        'yunling.txt',
        xigongAs(
          '云岭县科学技术局',
          '云岭县',
          '2024年主动公开政府信息40条。举办政府开放日活动1场，邀请群众代表18名，现场参观了3家科技型企业，收到群众意见7条，均已全部落实。经局2024年第9次党组会议研究决定，对“云岭科技”新浪微博账号进行关停注销。',
          '2024年未收到政府信息公开申请。',
        ),
      ],
      ['qingchuan.txt', zhongwei.replaceAll('中卫市科学技术局', '青川市科学技术局').replaceAll('中卫市', '青川市')],
    ]);
  });
  afterAll(() => app.dispose());

  it('reads places run together without joiners as each agency, and 这三个 after them counts them all', async () => {
    for (const question of ['青石白沙云川这三个科技局主动公开加起来一共多少条', '青石、白沙、云川这三个科技局主动公开加起来一共多少条']) {
      const answer = await app.ask(question);
      expect(answer.answer, question).toContain('88');
    }
    const two = await app.ask('白沙云川这两个科技局主动公开加起来多少条');
    expect(two.answer).toContain('57');
  });

  it('says who applied when a yes/no about one kind of applicant is answered 没有 from its zero', async () => {
    const answer = await app.ask('青川市科技局2025年那件申请是不是科研机构申请的');
    expect(answer.answer).toMatch(/^没有/);
    expect(answer.answer).toContain('自然人1件');
  });

  it('keeps the figures of a long highlight point, cutting between clauses', async () => {
    const [answer] = await converse(app, 'h1', ['云川市科技局2024年有什么亮点']);
    expect(answer.answer).toContain('创新型中小企业 48 家');
    expect(answer.answer).not.toContain('营造了良好的创新氛围');
  });

  it("lists the kinds of outcome of table 三 when no agency is named, and answers an agency's own from its report", async () => {
    const general = await app.ask('依申请公开的处理结果分哪几种');
    for (const kind of ['予以公开', '部分公开', '不予公开', '无法提供', '不予处理', '其他处理']) expect(general.answer).toContain(kind);
    const own = await app.ask('青川市科技局2025年的办理结果有哪些');
    expect(own.answer).toContain('予以公开1件');
  });

  it('reads 申请情况都列出来 as table 三 asked whole', async () => {
    const [, listed] = await converse(app, 'c1', ['青川市科技局2025年收到几件申请', '申请情况都列出来']);
    expect(listed.answer).toContain('予以公开');
  });

  it('reads 去看了几家 as the 参观 reports print', async () => {
    const [, visited] = await converse(app, 'c2', ['云岭县科技局开放日邀请了多少人', '带大家去看了几家']);
    expect(visited.facts.map((fact) => fact.value)).toContain(3);
  });

  it('reads 拖更长时间 after the reply time as the extension', async () => {
    const [, longer] = await converse(app, 'c3', ['申请政府信息公开多少天给答复', '可以拖更长时间吗']);
    expect(longer.kind).toBe('guide');
    expect(longer.answer).toContain('延长');
  });

  it('reads 在第几次党组会上定的 without the 上 of the meeting', async () => {
    const meeting = await app.ask('云岭县科技局关停微博是在第几次党组会上定的');
    expect(meeting.facts.map((fact) => fact.value)).toContain(9);
  });

  it('says which channel the report states was shut when another is asked', async () => {
    const answer = await app.ask('云岭县科技局的公众号注销了没有');
    expect(answer.answer).toContain('微博');
    expect(answer.answer).not.toMatch(/^有/);
  });

  it('asks the remembered agency another row of the table the conversation is on, whether it happened', async () => {
    const [, , secret, rule] = await converse(app, 'c4', [
      '青川市科技局2025年收到几件申请',
      '予以公开了几件',
      '有没有因为涉及第三方权益不给公开的',
      '涉及第三方的信息能公开吗',
    ]);
    expect(secret.answer).toMatch(/^没有/);
    expect(secret.facts.map((fact) => fact.value)).toEqual([0]);
    expect(rule.kind).toBe('guide');
  });

  it('answers a count asked of a verb the report states of all of a count (均已全部落实)', async () => {
    const [, fixed] = await converse(app, 'c5', ['云岭县科技局2024年开放日收到多少条意见', '落实了几条']);
    expect(fixed.answer).toContain('7条');
    expect(fixed.answer).toContain('落实');
    expect(fixed.facts).toEqual([]);
  });
});
