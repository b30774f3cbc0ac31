/**
 * Lead probes of the forty-seventh session: citizens' own words over one store of every real fixture folder (/tmp/all47.db,
 * 1,821 reports and guides imported) and the sample reports. The classes found, each with a made-up example below:
 * - 宁夏哪个单位收到申请最多 where the samples' reports hold table 三 and the place's other reports are cut before it (their
 *   texts state 收到申请81件): the samples alone were ranked, 中卫市科技局 1件 "the most" (江苏省哪个单位… named one agency).
 *   Now a ranking among a place or kind ranks the cut reports by the count their texts state beside the tables', as the
 *   ranking over the whole store always did.
 * - 西藏自治区哪个单位… / 宁夏回族自治区各部门谁…: the index reads the place's short form (西藏), so the words after it
 *   (自治区哪个单位) were no question among its agencies: the agencies whose names begin with it were compared, or the one
 *   (宁夏回族自治区应急管理厅) answered. Now the place written whole is the scope.
 * - 宁夏有多少份年报 / 中卫市有几个单位有年报 / 宁夏有几个单位被复议: the one agency whose name begins with the place (共1份),
 *   not understood, or the guide's remedies. Now the place's agencies are counted (and their reports, when 份 is asked), and
 *   how many of them did a thing is asked among them.
 * - 银川有几个单位的年报 counted 积石山县银川镇: a town called after a city is not in it.
 * - 被纠错了吗 against 办理因政府信息公开引起的行政复议2件,未出现被纠错情形: refused as stating no count of corrections. Now a
 *   part that says none was corrected (and counts none) answers 没有.
 * - 浏览量多少 / 点击量呢 / 多少人看了 against 129.2万人次浏览信息: not understood, or refused as no 阅读量. Now the views are
 *   searched under the verbs reports print (浏览, 访问, 点击, 阅读) too, and a count of 人次浏览 states the views asked.
 * - 网站管理员有几个 / 有几个信息管理员 after a count of one report (**wrong figure**: 主动公开政务信息共6931条): 管理员 was read as
 *   a mistyped 管理局 (a stored kind), dropped as an agency's word, and 网站 alone found the items published. Now a word ending
 *   in 员 is a post, no kind mistyped; a count of a post's people is never a figure whose clause does not name the post; and
 *   the holders printed in words (确定一名政府信息管理员) are quoted as printed.
 * - 现在有效的有多少 (规范性文件): 报告没有单独写明“现在”的件数. Now read as 现行有效, table 二's column.
 * - (Caught by the merged run: ranking the cut reports by their texts put 杭州市教育局 first with 2件, its 收到…行政复议申请2件 — a
 *   review applied for, which the importer had read as the applications received. A clause of 复议 or 诉讼 is none.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, cutPage, importTexts, makeTestApp, type TestApp, xigongAs } from '../../helpers.js';

describe('lead probes of session 47', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['shizuishan-2023.txt', cutPage('石嘴山市审计局', 2023, '全年共收到政府信息公开申请45件，均已按时答复。')],
      [
        'shaoxing.txt',
        cutPage(
          '绍兴市教育局',
          2020,
          '本年度共办结依申请政府信息公开事项23件。在复议、诉讼方面,本年度收到有关政府信息公开的行政复议申请2件。',
        ),
      ],
      ['shizuishan-2022.txt', cutPage('石嘴山市审计局', 2022, '全年共收到政府信息公开申请30件，均已按时答复。')],
      ['linye.txt', cutPage('宁夏回族自治区林业和草原局', 2024, '全年主动公开政府信息120条。')],
      ['luoyang-town.txt', cutPage('泉州市洛江区洛阳镇人民政府', 2024, '全年主动公开政府信息15条。')],
      [
        'cangzhou.txt',
        cutPage(
          '沧州市人民政府办公室',
          2025,
          '（一）主动公开方面。“沧州发布”微博、微信发布政策解读等信息3120条,86.4万人次浏览信息。',
          '（二）依申请公开方面。全年受理信息公开申请96件,办复率达到了100%;办理因政府信息公开引起的行政复议3件,未出现被纠错情形。',
        ),
      ],
      // (A stored body whose kind is 管理局, as a zone's 片区管理局 is: 管理员 one character off it.)
      ['wanling.txt', cutPage('平潭综合实验区澳前片区管理局', 2023, '全年主动公开政府信息30条。')],
      [
        'baisha.txt',
        xigongAs(
          '琼中黎族苗族自治县人民政府',
          '琼中黎族苗族自治县',
          '在县政府门户网站主动公开政务信息共5210条。',
          '收到申请12件。为加强政府信息管理,我县落实主体责任,并确定一名政府信息管理员,切实负起责任。',
          2023,
        ),
      ],
      [
        'hengshui.txt',
        cutPage('衡水市人民政府办公室', 2025, '全年受理信息公开申请40件;办理因政府信息公开引起的行政复议3件,1件被纠正,2件未纠正。'),
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('ranks the cut reports of a place by their texts beside the tables of its others', async () => {
    const [answer] = await converse(app, 'rank-mixed', ['宁夏哪个单位收到申请最多']);
    expect(answer.answer).toMatch(/最多的是石嘴山市审计局（2023年）45件/);
    expect(answer.answer).toContain('中卫市科学技术局（2025年）1件');
    expect(answer.answer).toMatch(/表格缺失的\d份报告据其正文/);
  });

  it('reads a province written whole, whose short form begins a stored name, as the scope', async () => {
    for (const question of ['宁夏回族自治区哪个单位收到申请最多', '宁夏回族自治区各部门谁收到的申请最多']) {
      const [answer] = await converse(app, `whole-${question}`, [question]);
      expect(answer.answer).toMatch(/宁夏的机关中，本年新收申请最多的是石嘴山市审计局/);
    }
  });

  it('counts the agencies and reports held of a place', async () => {
    const [reports] = await converse(app, 'count-reports', ['宁夏有多少份年报']);
    expect(reports.answer).toMatch(/^库中有6个宁夏的机关的年度报告，共7份：/);
    const [agencies] = await converse(app, 'count-agencies', ['中卫市有几个单位有年报']);
    expect(agencies.answer).toMatch(/^库中有3个中卫市的机关的年度报告：/);
    const [town] = await converse(app, 'count-town', ['洛阳有几个单位的年报']);
    expect(town.answer).toMatch(/^库中有1个洛阳市的机关的年度报告：/);
    expect(town.answer).not.toContain('洛阳镇');
  });

  it('asks how many of a place’s agencies did a thing among them all', async () => {
    const [answer] = await converse(app, 'count-did', ['宁夏有几个单位被复议']);
    expect(answer.answer).toContain('宁夏的机关');
    expect(answer.answer).toContain('中卫市科学技术局');
    expect(answer.answer).not.toMatch(/^认为行政机关/);
  });

  it('answers 没有 when the part on the cases says none was corrected, never where a count was', async () => {
    const [count, corrected] = await converse(app, 'corrected', ['沧州市政府办公室2025年复议几件', '被纠错了吗']);
    expect(count.answer).toContain('行政复议3件');
    expect(corrected.answer).toMatch(/^没有。/);
    expect(corrected.answer).toContain('未出现被纠错情形');
    const [, some] = await converse(app, 'corrected-some', ['衡水市政府办公室2025年复议几件', '被纠正了吗']);
    expect(some.answer).toMatch(/^有，1件结果纠正/);
  });

  it('reads the views of what was posted in the words reports print', async () => {
    const answers = await converse(app, 'views', ['沧州市政府办公室2025年浏览量多少', '点击量呢', '多少人看了']);
    for (const answer of answers) expect(answer.answer).toContain('86.4万人次浏览信息');
  });

  it('counts the holders of a post from their clause alone, never the items published', async () => {
    const [, site, info, inForce] = await converse(app, 'post', [
      '琼中县政府2023年收到几件申请',
      '网站管理员有几个',
      '有几个信息管理员',
      '规范性文件现在有效的有多少',
    ]);
    expect(site.facts).toEqual([]);
    expect(site.answer).not.toContain('5210');
    expect(info.answer).toContain('确定一名政府信息管理员');
    expect(info.answer).not.toContain('5210');
    expect(inForce.answer).toMatch(/现行有效\d+件/);
    expect(inForce.answer).not.toContain('“现在”');
  });

  it('never ranks a review applied for as the applications received', async () => {
    for (const question of ['浙江省哪个单位收到申请最多', '绍兴市教育局2020年收到多少申请']) {
      const [answer] = await converse(app, `review-applied-${question}`, [question]);
      expect(answer.facts.map((fact) => fact.value)).not.toContain(2);
    }
  });
});
