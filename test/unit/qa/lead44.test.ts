/**
 * Lead probes of the forty-fourth session: citizens' own words over one store of every real fixture folder (/tmp/all44.db,
 * 1,710 reports and guides imported) and the sample reports. The classes found, each with a made-up example below:
 * - 有没有不予公开的 / 有没有无法提供的 against a sentence 不予公开答复2件: "没有" — the thing asked is itself a refusal, and
 *   its own 不予 was read as the negation of 公开 (a wrong yes/no). Now the refusal's own word is part of the thing when the
 *   question names it so; 未出现不予公开 is still a no.
 * - 有拒绝的吗 / 有没有不公开的 / 有被拒的吗 / 有不予处理的申请吗 after an agency's applications: the rules on what is
 *   withheld. Now table 三's 不予公开 (不予处理) of that agency, as 有没有被拒绝的 was; 为啥不公开 / 拒绝的理由是啥 its
 *   reasons (the rows of 不予公开), as 为啥不给公开 was.
 * - 电话多少 after two agencies were compared: the rules on guides (地址在哪 and 电话呢 gave each one's). Now each one's phone.
 * - 平均多少 / 一共多少 / 中位数呢 after a ranking over every stored report of a kind (哪个科技局主动公开最多, no year: 各年度):
 *   the newest year's one or two agencies only (合计67条 ÷ 1个机关). Now the same reports the ranking weighed.
 * - 甘南州的呢 after a county government's figure (碌曲县), the prefecture's government not stored and the place finding only a
 *   body of another kind (甘南州卫生健康委): that body's figures. Now the government asked is refused as not held.
 * - 主要是啥事 / 都是些什么内容 said alone right after an agency's applications were counted: off-topic. Now what its report
 *   says the applications asked for, or that reports do not say it.
 * - 办得及时吗 / 处理得还及时吗: "没有理解". Now whether replies came in time, as 都按时回复了吗 is answered.
 * - 中卫科技局今年的年报出来没 / 的年报出来没: "没有理解" (出了吗 was read); 去年的年报有吗: "有" from a sentence counting
 *   政务公开年报1条 — a yes of another thing. Now which years' reports are held.
 * - 比上一年呢 after 今年主动公开了几条 was answered from the latest report (暂无2026年；以下是最新的2025年): compared 2026, which no
 *   report holds. Now the year answered is the conversation's (2025 against 2024).
 * - wuhai民政局 / yongan市卫健局: a region typed whole in pinyin (initials, hy科技局, were read): the kind asked back. Now the one
 *   agency of that kind whose region it spells, said so.
 * - 你再看看 / 再查查 / 不可能吧 after a figure: off-topic, or "没有写明这一项". Now the doubt is answered as 你确定吗 is (where
 *   answers come from).
 * - 跟前年比呢 after a figure of 2024 (said in 2026, 前年 is 2024 itself): 没有找到“跟比”的数字. Now that year against the year
 *   before it, as 跟上一年比呢 is, saying 前年 is the year talked about.
 * - 无法提供的有几件 of a table 三 torn apart (本机关不掌握 not read) whose prose states 无法提供的10件: refused as the table lacking a
 *   row. Now the prose's count, said to be from the text.
 * - 去哪儿交 / 往哪交 / 申请书交哪, after an agency's guide was answered: the general rules on where to apply. Now where that
 *   guide says applications are handed in (费用交哪儿 / 钱交哪里 are no address).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyGuideAsks } from '../../../src/guide/agency-guide-answer.js';
import { converse, cutPage, importFixtureFiles, importTexts, makeTestApp, type TestApp, xigongAs } from '../../helpers.js';

describe('lead probes of session 44', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'yuanzhou.txt',
        cutPage(
          '固原市原州区自然资源局',
          2024,
          '全年共收到政府信息公开申请30件，所有办结的申请中同意公开答复20件，不予公开答复3件，无法提供的5件，不予处理0件，其他处理2件。',
        ),
      ],
      ['longde.txt', cutPage('隆德县自然资源局', 2024, '全年未出现不予公开的申请，共收到申请4件，均予以公开。')],
      ['minxian.txt', cutPage('岷县人民政府', 2024, '2024年，共收到政府信息公开申请17件，均已按时办结。')],
      ['dingxi.txt', cutPage('定西市教育局', 2024, '2024年，共收到政府信息公开申请6件，均已按时办结。')],
      [
        'tongwei.txt',
        cutPage(
          '通渭县农业农村局',
          2024,
          '全年共收到政府信息公开申请9件，均在法定期限内完成答复。申请内容主要涉及农村土地承包和补贴发放等事项。',
        ),
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('answers 有 to a refusal asked yes or no when the sentence counts it, and 没有 to a zero or a none', async () => {
    const [, withheld, unavailable, unhandled] = await converse(app, 'refusal-yes', [
      '原州区自然资源局2024年收到多少申请',
      '有没有不予公开的',
      '有没有无法提供的',
      '有没有不予处理的',
    ]);
    expect(withheld.answer).toMatch(/^有/);
    expect(withheld.answer).toContain('不予公开答复3件');
    expect(unavailable.answer).toMatch(/^有/);
    expect(unhandled.answer).toMatch(/^没有/);
    const none = (await app.ask('隆德县自然资源局2024年有没有不予公开的', 'refusal-none')).answer;
    expect(none).toMatch(/^没有/);
  });

  it('reads 有拒绝的吗 and 有没有不公开的 of the agency talked about as its 不予公开, never the rules', async () => {
    for (const question of ['有拒绝的吗', '有没有不公开的', '有被拒的吗', '有不公开的吗']) {
      const [, answer] = await converse(app, `refused-${question}`, ['原州区自然资源局2024年收到多少申请', question]);
      expect(answer.answer, question).toMatch(/^有/);
      expect(answer.answer, question).toContain('不予公开');
      expect(answer.answer, question).not.toContain('国家秘密');
    }
    const [, unhandled] = await converse(app, 'unhandled-asked', ['原州区自然资源局2024年收到多少申请', '有不予处理的申请吗']);
    expect(unhandled.answer).toMatch(/^没有/);
    // Asked of no agency, 有没有不公开的信息 is the rules on what is withheld.
    const rules = (await app.ask('有没有不公开的信息', 'rules-withheld')).answer;
    expect(rules).toContain('国家秘密');
  });

  it('gives each compared agency its phone for 电话多少', async () => {
    const [, , phone] = await converse(app, 'two-phones', ['海原县科技局2024年主动公开了多少条', '跟沙坡头区比谁多', '电话多少']);
    expect(phone.answer).toContain('0955-4017081');
    expect(phone.answer).toContain('0955-8812012');
    expect(phone.answer).not.toContain('第十二条');
  });

  it('works an average or a total after a ranking over the newest reports out of the same reports', async () => {
    const [, average, total] = await converse(app, 'newest-average', ['哪个科技局主动公开最多', '平均多少', '一共多少']);
    // The sample 科技局: 沙坡头区 455 and 海原县 89 (2024), 西工区 22 (2024), 红寺堡区 225 (2023), 中卫市 67 (2025).
    expect(average.answer).toContain('合计858条 ÷ 5份报告');
    expect(average.answer).toContain('红寺堡区科学技术局（2023年）225条');
    expect(total.answer).toContain('合计858条');
    const [, ofYear] = await converse(app, 'year-average', ['2024年哪个科技局主动公开最多', '平均多少']);
    expect(ofYear.answer).toContain('合计566条 ÷ 3个机关');
    // An agency with two years stored is two of the reports the ranking lists, and so of the average.
    const twoYears = makeTestApp();
    await importTexts(twoYears, [
      ['haiyuan-2023.txt', xigongAs('海原县科学技术局', '海原县', '全年主动公开政府信息40条。', '全年未收到申请。', 2023)],
    ]);
    const [ranking, both] = await converse(twoYears, 'two-years', ['哪个科技局主动公开最多', '平均多少']);
    expect(ranking.answer).toContain('海原县科学技术局（2023年）40条');
    expect(both.answer).toContain('合计898条 ÷ 6份报告');
    twoYears.dispose();
  });

  it('gives the reasons of 不予公开 for 为啥不公开 after its count', async () => {
    const [, , why] = await converse(app, 'withheld-why', ['沙坡头区科技局2024年收到多少申请', '有没有不公开的', '为啥不公开']);
    expect(why.answer).not.toContain('国家秘密的、法律和行政法规禁止公开的');
    expect(why.answer).toContain('不予公开');
  });

  it('refuses the government of a place said alone after a county government, never the one body of another kind stored there', async () => {
    const [county, parent, other] = await converse(app, 'parent-government', ['岷县2024年收到几件申请', '定西市的呢', '那定西市教育局呢']);
    expect(county.facts.map((fact) => fact.value)).toContain(17);
    expect(parent.kind).toBe('refusal');
    expect(parent.answer).toContain('定西市人民政府');
    expect(parent.facts).toEqual([]);
    expect(other.facts.map((fact) => fact.value)).toContain(6);
  });

  it('answers what the applications were about, and whether they were handled in time, asked in a few words after their count', async () => {
    const [, about] = await converse(app, 'content-follow-up', ['通渭县农业农村局2024年收到几个申请', '主要是啥事']);
    expect(about.answer).toContain('农村土地承包');
    const [, none] = await converse(app, 'content-none', ['岷县2024年收到几件申请', '都是些什么内容']);
    expect(none.kind).toBe('refusal');
    expect(none.answer).toContain('没有写明');
    for (const question of ['办得及时吗', '处理得还及时吗']) {
      const [, timely] = await converse(app, `timely-${question}`, ['通渭县农业农村局2024年收到几个申请', question]);
      expect(timely.answer, question).toContain('均在法定期限内完成答复');
    }
  });

  it('tells which years of reports are held when asked whether the report of this year or the last is out', async () => {
    for (const question of ['中卫科技局今年的年报出来没', '中卫科技局的年报出来没', '中卫科技局去年的年报有吗']) {
      const answer = (await app.ask(question, `held-${question}`)).answer;
      expect(answer, question).toMatch(/^库中有中卫市\S*2025年的政府信息公开工作年度报告/);
      expect(answer, question).not.toMatch(/^有。/);
    }
  });

  it('keeps the year answered from the latest report as the one a comparison with the year before starts from', async () => {
    const [latest, before] = await converse(app, 'latest-instead', ['海原科技局今年主动公开了几条', '比上一年呢']);
    expect(latest.answer).toContain('以下是最新的2024年报告');
    expect(before.answer).toContain('2023年');
    expect(before.answer).not.toContain('2026年的这项数字');
  });

  it('answers a doubt said as 你再看看 or 不可能吧 with where the figures come from', async () => {
    for (const doubt of ['你再看看', '再查查', '不可能吧', '你确定吗']) {
      const [, answer] = await converse(app, `doubt-${doubt}`, ['沙坡头科技局主动公开多少条', doubt]);
      expect(answer.answer, doubt).toContain('以机关公布的原文为准');
      expect(answer.facts, doubt).toEqual([]);
    }
  });

  it('sets a year against the one before it when 前年 names the year talked about itself', async () => {
    const twoYears = makeTestApp();
    await importTexts(twoYears, [
      ['xigong-2023.txt', xigongAs('西工区科学技术局', '西工区', '全年主动公开政府信息30条。', '全年未收到申请。', 2023)],
    ]);
    const [, against] = await converse(twoYears, 'same-year', ['西工区科技局2024年主动公开多少条', '跟前年比呢']);
    expect(against.answer).toContain('前年就是2024年');
    expect(against.facts.map((fact) => fact.value)).toEqual(expect.arrayContaining([22, 30]));
    expect(against.answer).not.toContain('跟比');
    twoYears.dispose();
  });

  it('gives a group of table 三 from the prose when the table lacks one of its rows', async () => {
    const torn = makeTestApp();
    // reports-more3/32 (上海市科委 2024): table 三's 本机关不掌握 row is torn from its label; the prose counts 无法提供的 10 件.
    await importFixtureFiles(torn, [['reports-more3', '32.md']]);
    const answer = await torn.ask('上海市科委2024年无法提供的有几件', 'torn-group');
    expect(answer.facts.map((fact) => fact.value)).toEqual([10]);
    expect(answer.answer).toContain('据报告正文');
    torn.dispose();
  });
});

describe('where an application is handed in, asked in a few words', () => {
  it('reads 去哪儿交 and 申请书交哪 as where to apply, never a fee', () => {
    expect(agencyGuideAsks('去哪儿交')).toEqual(['apply']);
    expect(agencyGuideAsks('往哪交')).toEqual(['apply']);
    expect(agencyGuideAsks('申请书交哪')).toEqual(['address']);
    expect(agencyGuideAsks('费用交哪儿')).not.toContain('address');
    expect(agencyGuideAsks('钱交哪里')).not.toContain('address');
  });
});

describe('a region typed whole in pinyin', () => {
  it('reads dingxi教育局 as the one 教育局 of that region', async () => {
    const app = makeTestApp();
    await importTexts(app, [['dingxi.txt', cutPage('定西市教育局', 2024, '2024年，共收到政府信息公开申请6件，均已按时办结。')]]);
    const answer = await app.ask('dingxi教育局2024年收到几件申请', 'spelled');
    expect(answer.answer).toContain('按定西市教育局理解');
    expect(answer.facts.map((fact) => fact.value)).toContain(6);
    app.dispose();
  });
});
