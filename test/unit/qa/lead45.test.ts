/**
 * Lead probes of the forty-fifth session: citizens' own words over one store of every real fixture folder (/tmp/all45.db,
 * 1,747 reports and guides imported) and the sample reports. The classes found, each with a made-up example below:
 * - 那被复议了吗 / 那有被起诉的吗 after a count of applications a sentence stated: 没有找到“复议”的数字 — the follow-up's 吗 was
 *   dropped with its 那 and a count (被复议了多少) searched. Now a follow-up asking yes or no of its own thing is answered so
 *   (无涉及政府信息公开行政复议、诉讼案件 → 没有), as the same question without 那 was.
 * - 有多少是公开的 after the applications received, or 有多少申请是公开的 alone: the items published proactively (微博…455条), or
 *   the applications received (收到申请44件) — a figure of another thing. Now applications counted by their outcome are
 *   table 三's 予以公开 (有多少条是公开的 still counts items; 是部分公开的 is 部分公开).
 * - 定西公共资源交易中心2020年年报说了啥, of a part with no numbered items: its first three sentences, a pledge (认真贯彻落实
 *   …精神), a frame and 一是主动公开。 Now the sentences that count something come first, then those that say what was done.
 * - 能不能加急 / 我着急用能快点吗 after how to apply: off-topic. Now the regulation's answer: no expedited handling, the time
 *   limits, and what to do when they are missed (第三十三条, 第五十一条; data/guide/topics.json expedited-reply).
 * - 都发在哪了 after the items published: the agency's address. Now the channels its report names (发在哪 / 登在哪里的 of
 *   published information; 申请书发到哪 stays an address).
 * - 都是0吗 after a ranking whose figures are all 0 (科技局哪家复议最多: 都是0件，没有高低之分): off-topic. Now yes or no over
 *   every figure the answer weighed, each said again (不是 with those above 0 when some are).
 * - 政策解读多少篇 against 其中…解读类信息69条: 没有理解 (解读类 was no 解读信息). Now the report's own interpretations.
 * - 重点领域公开了啥 of a report that never writes of 重点领域: 没有理解. Now "没有写到重点领域信息公开" (unmentioned.ts; also
 *   保密审查, 公开目录).
 * - 依申请的办理情况 of a page whose table 三 is cut: a sentence on 办理流程 (健全…工作机制和办理流程). Now its part on
 *   applications (（二）依申请公开…受理…120件), as 依申请公开情况 is.
 * - 这些信息都是关于啥的 / 都是些什么信息 / 主要是啥内容 / 分别是什么 after a count whose sentence lists its parts: off-topic,
 *   or another sentence (更新政府信息23条). Now the parts it lists, as 具体包括哪些 was (after applications counted, what they
 *   asked for stays the answer).
 * - 有没有被纠错的 after 近三年复议情况 (each year answered): the latest year alone ("没有说年份") — a wrong no where an earlier
 *   year had one corrected. Now the years an answer spanned for one agency stay the conversation's.
 * - 一共多少 / 平均每年多少 after 每年主动公开多少 of one agency (5 years answered): the first three years only, said per
 *   agency (平均每家) — a wrong total and mean. Now every year answered is kept (up to 12), and said per year.
 * - 宿迁有哪些单位的年报 then 哪个收到申请最多: two agencies named 宿迁市… weighed (宿迁市的机关里… read as their names), not
 *   the place's. Now the place's agencies ranked, as 宿迁市哪个单位收到申请最多 is.
 * - 科技局有哪些 / 有哪些街道 / 宿迁的单位有哪些: off-topic. Now which of that kind or place have reports.
 * - 申请都办完了吗 / 办完了没有 of a page whose table 三 is cut: refused as the page lacking 办理结果总计, though its sentence says
 *   结转下一年度继续办理79件. Now 没有全部办结, that count quoted.
 * - 网页申请几件 against 收到申请5件,其中,信函申请2人次,网页申请3人次: 5件, the sentence's total (a wrong figure: 人次 did not
 *   agree with 件 asked). Now applications asked in 件 may be printed in 人次, and the way asked is its own clause's count.
 * - 有多少条 / 多少条 right after a ranking (浙江省2023年哪个单位主动公开最多): asked which agency and year was meant. Now the
 *   amount of the ranking's first, with the 余 its sentence printed (11507余条, which 第二名 / 前三名 had dropped too).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, cutPage, importTexts, makeTestApp, type TestApp, xigongAs } from '../../helpers.js';

describe('lead probes of session 45', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'cixi.txt',
        cutPage(
          '慈溪市卫生健康局',
          2023,
          '全年主动公开政府信息1500余条，其中局网站发布1200条，官方微博更新300条。',
          '2023年，我局收到政府信息公开申请21件，本年度办结20件。无涉及政府信息公开行政复议、诉讼案件。',
        ),
      ],
      [
        'lintan.txt',
        cutPage(
          '临潭县公共资源交易中心',
          2020,
          '一年以来，临潭县公共资源交易中心认真贯彻落实《中华人民共和国政府信息公开条例》精神，坚持以公开为常态、不公开为例外。' +
            '2020年，中心紧紧围绕公共资源交易阳光运行，进一步加大信息公开力度。一是主动公开。' +
            '在中心门户网站发布工作动态信息25条，通知公告6条。全年共收到依申请公开0件。',
        ),
      ],
      [
        'fenghua.txt',
        cutPage(
          '宁波市奉化区人民政府',
          2023,
          '（一）主动公开。本年度全区主动公开政府信息1300余条，其中重点领域430条、解读类信息52条。',
          '（二）依申请公开。进一步健全信息依申请公开的工作机制和办理流程，做到人员专业、流程完备。本年度受理依申请政府信息公开事项120件，其中110项为自然人提交。',
        ),
      ],
      [
        'xuecheng.txt',
        cutPage(
          '枣庄市薛城区人民政府',
          2024,
          '2024年全区新受理政府信息公开申请120件，答复政府信息公开申请110件（含上年度转结），结转下一年度继续办理15件。',
        ),
      ],
      ['zepu.txt', cutPage('泽普县人民政府', 2021, '全年收到政府信息公开申请7件，其中，信函申请3人次，网页申请4人次。')],
      ['guyuan-2021.txt', xigongAs('固原市科学技术局', '固原市', '全年主动公开政府信息10条。', '全年未收到申请。', 2021)],
      ['guyuan-2022.txt', xigongAs('固原市科学技术局', '固原市', '全年主动公开政府信息20条。', '全年未收到申请。', 2022)],
      ['guyuan-2023.txt', xigongAs('固原市科学技术局', '固原市', '全年主动公开政府信息30条。', '全年未收到申请。', 2023)],
      ['guyuan-2024.txt', xigongAs('固原市科学技术局', '固原市', '全年主动公开政府信息40条。', '全年未收到申请。', 2024)],
      [
        'yuyao.txt',
        cutPage(
          '余姚市卫生健康局',
          2023,
          '全年主动公开政府信息860条，具体包括政务动态320条，通知公告210条，招标投标330条。全年更新机构信息12条。',
        ),
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('answers 那被复议了吗 after a count of applications as yes or no from the sentence that says none', async () => {
    const [received, reviewed, sued] = await converse(app, 'then-reviewed', [
      '慈溪市卫生健康局2023年收到多少申请',
      '那被复议了吗',
      '那有被起诉的吗',
    ]);
    expect(received.answer).toContain('21件');
    expect(reviewed.kind).not.toBe('refusal');
    expect(reviewed.answer).toMatch(/^没有/);
    expect(reviewed.answer).toContain('无涉及政府信息公开行政复议、诉讼案件');
    expect(sued.answer).toMatch(/^没有/);
  });

  it('reads 有多少是公开的 of applications as those granted (予以公开), never those received or items published', async () => {
    const [, granted, grantedNamed, inPart] = await converse(app, 'granted', [
      '沙坡头区科技局2024年收到多少申请',
      '有多少是公开的',
      '有多少申请是公开的',
      '有几件是部分公开的',
    ]);
    expect(granted.answer).toContain('予以公开');
    expect(granted.answer).not.toContain('455');
    expect(grantedNamed.answer).toContain('予以公开');
    expect(grantedNamed.answer).not.toContain('新收申请');
    expect(inPart.answer).toContain('部分公开');
    // A page that states only what was received and done: no count of what was granted is stated.
    const cut = (await app.ask('慈溪市卫生健康局2023年有多少申请是公开的', 'granted-cut')).answer;
    expect(cut).not.toMatch(/21件|20件/);
  });

  it('answers 有多少条 right after a ranking with the amount of its first, as printed (余 kept)', async () => {
    const [ranking, amount, top] = await converse(app, 'amount-of-first', ['宁波市2023年哪个单位主动公开最多', '有多少条', '前两名呢']);
    expect(ranking.answer).toContain('慈溪市卫生健康局');
    expect(amount.kind).toBe('figure');
    expect(amount.answer).toContain('慈溪市卫生健康局');
    expect(amount.answer).toContain('1500余条');
    expect(amount.answer).not.toContain('余姚');
    expect(top.answer).toContain('1500余条');
    expect(top.answer).toContain('860条');
  });

  it('sums up a part with no numbered items by what it counts, not its opening pledge', async () => {
    const answer = (await app.ask('临潭县公共资源交易中心2020年年报说了啥', 'summary')).answer;
    const points = answer.split('\n').filter((line) => line.startsWith('· '));
    expect(points.length).toBeGreaterThan(0);
    expect(points.some((point) => point.includes('25条'))).toBe(true);
    expect(answer).not.toContain('认真贯彻落实');
  });

  it('answers 能不能加急 with the regulation: no expedited handling, the time limits, the remedies when they pass', async () => {
    const [, urgent, hurried] = await converse(app, 'expedite', ['信息公开怎么申请', '能不能加急', '我着急用能快点吗']);
    for (const answer of [urgent, hurried]) {
      expect(answer.kind).toBe('guide');
      expect(answer.answer).toContain('没有规定加急办理');
      expect(answer.answer).toContain('20个工作日');
      expect(answer.answer).toContain('第三十三条');
    }
  });

  it('reads 都发在哪了 after the items published as their channels, never the address', async () => {
    const [, where] = await converse(app, 'published-where', ['慈溪市卫生健康局2023年主动公开了多少', '都发在哪了']);
    expect(where.answer).toContain('网站');
    expect(where.answer).not.toContain('办公地址');
    expect(where.answer).not.toContain('地址');
  });

  it('answers 都是0吗 over every figure the last answer weighed', async () => {
    const [, allReviews] = await converse(app, 'all-none', ['科技局哪家复议最多', '都是0吗']);
    expect(allReviews.answer).toMatch(/^是的，都是0件/);
    for (const agency of ['沙坡头区', '海原县', '红寺堡区', '西工区']) expect(allReviews.answer).toContain(agency);
    const [, notAll] = await converse(app, 'not-all-none', ['2024年哪个科技局主动公开最多', '全是0吗']);
    expect(notAll.answer).toMatch(/^不是/);
    expect(notAll.answer).toContain('455条');
  });

  it('reads 政策解读 as 解读类信息, says a thing never written of is not mentioned, and 依申请的办理情况 as the part', async () => {
    const reading = (await app.ask('奉化区政府2023年政策解读多少篇', 'reading')).answer;
    expect(reading).toContain('52条');
    const focus = (await app.ask('慈溪市卫生健康局2023年重点领域公开了啥', 'unmentioned')).answer;
    expect(focus).toContain('没有写到重点领域');
    const handling = (await app.ask('奉化区政府2023年依申请的办理情况', 'handling')).answer;
    expect(handling).toContain('120件');
  });

  it('answers 这些信息都是关于啥的 after a count with the parts its sentence lists', async () => {
    for (const asked of ['这些信息都是关于啥的', '都是些什么信息', '主要是啥内容', '分别是什么']) {
      const [, parts] = await converse(app, `parts-${asked}`, ['余姚市卫生健康局2023年主动公开了多少', asked]);
      expect(parts.answer).toContain('政务动态320条');
      expect(parts.answer).not.toContain('12条');
    }
  });

  it('keeps the years an answer spanned (近两年) for the follow-ups after it', async () => {
    const [span, proactive] = await converse(app, 'span', ['固原市科技局近两年收到多少申请', '那主动公开呢']);
    expect(span.answer).toContain('2023年');
    expect(span.answer).toContain('2024年');
    expect(proactive.answer).toContain('30条');
    expect(proactive.answer).toContain('40条');
    expect(proactive.answer).not.toContain('没有说年份');
  });

  it('adds and averages every year an answer gave one agency, per year', async () => {
    const [each, total, mean] = await converse(app, 'every-year', ['固原市科技局每年主动公开多少', '一共多少', '平均每年多少']);
    for (const count of ['10条', '20条', '30条', '40条']) expect(each.answer).toContain(count);
    expect(total.answer).toContain('合计100条');
    expect(mean.answer).toContain('平均每年25条');
    expect(mean.answer).not.toContain('平均每家');
  });

  it('lists a kind or a place asked as 科技局有哪些 / 宁波的单位有哪些, and ranks among a listed place by the place', async () => {
    const kind = (await app.ask('科技局有哪些', 'kind-list')).answer;
    expect(kind).toMatch(/库中有\d+个科技局的年度报告/);
    expect(kind).toContain('固原市科学技术局');
    const [place, ranked] = await converse(app, 'place-list', ['宁波的单位有哪些', '哪个主动公开最多']);
    expect(place).toBeDefined();
    expect(place.answer).toContain('慈溪市卫生健康局');
    expect(place.answer).toContain('余姚市卫生健康局');
    expect(ranked.answer).toContain('最多的是慈溪市卫生健康局');
    expect(ranked.answer).toContain('余姚市卫生健康局');
  });

  it('answers 申请都办完了吗 of a cut table 三 from the count its sentence carried into the next year', async () => {
    const answer = (await app.ask('薛城区政府2024年申请都办完了吗', 'carried')).answer;
    expect(answer).toMatch(/^没有全部办结/);
    expect(answer).toContain('15件');
  });

  it('answers a way of applying asked in 件 with its clause printed in 人次, never the total', async () => {
    const answer = (await app.ask('泽普县政府2021年网页申请几件', 'per-visit')).answer;
    expect(answer).toContain('网页申请4人次');
    expect(answer.split('\n')[0]).not.toContain('7件');
  });
});
