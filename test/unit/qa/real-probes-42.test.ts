/**
 * Lead probes of the forty-second session: citizens' own words over one store of every real fixture folder (1,632 reports and
 * guides imported). The classes found, each with an example below (made-up agencies, or a real report of the fixtures):
 * - 有公众号吗 / 有没有开通小程序 of an agency whose report never writes of one: "没有理解". Now "报告中没有写到微信公众号".
 *   有没有领导信箱 where the report writes of one (畅通…县长信箱等渠道) without a figure: now that sentence, quoted.
 * - 年报啥时候发的 in a conversation about one agency: the rule on when reports are due. Now the date the page prints.
 * - 收了多少钱 after 2019年's count: asked again of the agency's latest report (the year dropped, and 收到 of the last question
 *   put before it). Now the year talked about; 收了多少费 is read as a fee asked, as 收了多少钱 is.
 * - 申请人里企业多不多 / 企业申请的多吗 / 申请人里有多少企业: "没有理解". Now table 三's 商业企业 column.
 * - 会议纪要能申请公开吗 / 我能申请看他们的会议纪要吗: "没有理解". Now the rules on what may be kept back (过程性信息).
 * - X在所有县政府里排第几: ranked among every stored agency (所有 read as all). Now among that kind.
 * - 跟别的县比怎么样 after one agency's figure: off-topic. Now its place on that figure among the stored agencies of its kind.
 * - 他们的信息公开工作做得好不好 after an agency: off-topic. Now its report's overview, as X政务公开工作做得好不好 is answered.
 * - 有没有被复议纠正的 after one agency's figure: the rules on remedies. Now table 四's 纠正 column of its report.
 * - 信息公开的联系电话 after one agency's figure: the rules on what guides hold. Now the phone its report prints.
 * - 有哪几年的 after a year not held, then 2019年的呢 / 第一年的呢 / 最后一年呢: the list again. Now the thing asked before, of that
 *   year (the list is a side question; an ordinal names a year of the agency's reports).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, cutPage, importFixtureFiles, importTexts, makeTestApp, type TestApp, xigongAs } from '../../helpers.js';

describe('lead probes of session 42', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'xian.txt',
        `${cutPage(
          '和田县人民政府',
          2025,
          '(一)主动公开。全年通过县政府门户网站主动公开政府信息412条。',
          '(二)互动回应。畅通12345热线、县长信箱等民意反映渠道,及时回应群众关切。',
        )}\n和田县人民政府\n2026年1月23日`,
      ],
      ['tongji-2019.txt', xigongAs('黄山市统计局', '黄山市', '2019年主动公开政府信息77条。', '2019年共收到政府信息公开申请0件。', 2019)],
      ['tongji-2024.txt', cutPage('黄山市统计局', 2024, '2024年主动公开政府信息90条。', '2024年度本机关未收取信息公开处理费。')],
      [
        'phone.txt',
        xigongAs('黄山市审计局', '黄山市', '全年主动公开政府信息40条。', '全年未收到申请。').replace(
          '本报告所列数据',
          '如对本报告有疑问，请与黄山市审计局办公室联系（电话：0559-2358101）。本报告所列数据',
        ),
      ],
      ['a.txt', xigongAs('黄山市科学技术局', '黄山市', '全年主动公开政府信息31条。', '全年未收到申请。')],
      ['b.txt', xigongAs('和田县科学技术局', '和田县', '全年主动公开政府信息58条。', '全年未收到申请。')],
      ['c.txt', xigongAs('阿克苏市科学技术局', '阿克苏市', '全年主动公开政府信息12条。', '全年未收到申请。')],
    ]);
    await importFixtureFiles(app, [['reports-more', '08.html']]);
  });
  afterAll(() => app.dispose());

  it('says a report never writes of an account asked yes or no, and quotes the sentence that writes of one', async () => {
    const [, account, app_, mailbox] = await converse(app, 'accounts', [
      '和田县人民政府',
      '有公众号吗',
      '他们有没有开通小程序',
      '有没有领导信箱',
    ]);
    expect(account.answer).toContain('没有写到微信公众号');
    expect(app_.answer).toContain('没有写到移动客户端');
    for (const answer of [account, app_]) expect(answer.answer).not.toContain('没有理解');
    expect(mailbox.kind).toBe('text');
    expect(mailbox.answer).toContain('县长信箱');
    expect(mailbox.answer).toContain('和田县人民政府2025年');
  });

  it('gives the date a report was published when asked in a conversation about its agency', async () => {
    for (const question of ['年报啥时候发的', '年报什么时候发布的']) {
      const [, dated] = await converse(app, question, ['和田县人民政府', question]);
      expect(dated.answer, question).toContain('2026年1月23日');
    }
  });

  it('keeps the year talked about for a fee asked after a count', async () => {
    const [, money, fee] = await converse(app, 'fee', ['黄山市统计局2019年收到几件申请', '收了多少钱', '收了多少费']);
    for (const answer of [money, fee]) {
      expect(answer.answer).toContain('2019年');
      expect(answer.answer).not.toContain('2024年');
      expect(answer.answer).not.toContain('没有理解');
    }
  });

  it('reads one kind of applicant asked as 多不多 / 多吗 / 申请人里', async () => {
    for (const question of ['申请人里企业多不多', '企业申请的多吗', '申请人里有多少企业']) {
      const [, answer] = await converse(app, question, ['上海市人民政府办公厅2019年收到几件申请', question]);
      expect(answer.kind, question).toBe('figure');
      expect(
        answer.facts.map((fact) => fact.value),
        question,
      ).toEqual([35]);
      expect(answer.answer, question).toContain('商业企业');
    }
    const [, compared] = await converse(app, 'compared', ['上海市人民政府办公厅2019年收到几件申请', '比去年多吗']);
    expect(compared.answer).not.toContain('商业企业');
  });

  it('answers whether meeting minutes can be asked for with the rules on what may be kept back', async () => {
    const [, minutes] = await converse(app, 'minutes', ['黄山市统计局2019年收到几件申请', '我能申请看他们的会议纪要吗']);
    const alone = await app.ask('会议纪要能申请公开吗', 'minutes-alone');
    for (const answer of [minutes, alone]) {
      expect(answer.kind).toBe('guide');
      expect(answer.answer).toContain('过程性信息');
    }
  });

  it('ranks one agency among its kind when a kind is named after 所有, and when set against the others', async () => {
    const among = await app.ask('和田县科学技术局2024年主动公开在所有科技局里排第几', 'among');
    expect(among.answer).toContain('在库中有这项数字的科学技术局里排第3');
    expect(among.answer).not.toContain('上海市人民政府办公厅');
    const [, against] = await converse(app, 'against', ['和田县科学技术局2024年主动公开了多少条', '跟别的科技局比怎么样']);
    expect(against.kind).toBe('figure');
    expect(against.answer).toContain('和田县科学技术局2024年58条，在库中有这项数字的科学技术局里排第3');
    expect(against.facts.map((fact) => fact.value).sort((a, b) => a - b)).toEqual([12, 22, 31, 58, 89, 455]);
  });

  it('answers how the work went of the agency talked about with its overview, and refuses the bot’s own judgement', async () => {
    const [, went, judged] = await converse(app, 'judged', ['和田县人民政府', '他们的信息公开工作做得好不好', '你觉得它做得好不好']);
    expect(went.answer).toContain('和田县人民政府2025年报告要点');
    expect(judged.kind).toBe('refusal');
    expect(judged.answer).toContain('不评价');
  });

  it('reads an appeal outcome asked with 被 of the agency talked about, and its phone asked in full', async () => {
    const [, corrected, phone] = await converse(app, 'outcome', [
      '黄山市审计局2024年收到几件申请',
      '有没有被复议纠正的',
      '信息公开的联系电话',
    ]);
    expect(corrected.answer).toMatch(/^没有/);
    expect(corrected.answer).toContain('行政复议（结果纠正）为0件');
    expect(phone.answer).toContain('0559-2358101');
  });

  it('asks the thing asked before of a year picked from the list of years, by number or by its place', async () => {
    const [refused, list, first, last, year] = await converse(app, 'years', [
      '黄山市统计局2018年主动公开了多少条',
      '有哪几年的',
      '第一年的呢',
      '最后一年呢',
      '2019年的呢',
    ]);
    expect(refused.kind).toBe('refusal');
    expect(list.answer).toContain('2019年、2024年');
    expect(first.facts.map((fact) => fact.value)).toEqual([77]);
    expect(last.facts.map((fact) => fact.value)).toEqual([90]);
    expect(year.facts.map((fact) => fact.value)).toEqual([77]);
  });
});
