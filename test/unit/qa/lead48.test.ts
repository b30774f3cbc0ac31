/**
 * Lead probes of the forty-eighth session: citizens' own words over one store of every real fixture folder (/tmp/all48.db,
 * 1,859 reports and guides imported) and the sample reports. The classes found, each with a made-up example below:
 * - 申请数是涨了还是降了 / 收到的申请是增加了还是减少了 of an agency with several years and no year said: the latest year's
 *   figure alone (no change). Now the latest two reports are compared, the way goes first (降了), the years taken said.
 * - 申请量变化趋势 / 行政许可有什么变化 with no year: the latest year alone, or not understood. Now every year held, in order,
 *   and the change from the first to the last.
 * - 申请量 / 申请数怎么样 said at the end: not understood (after a miss, joined to the question before, 行政审批局's 审批 was
 *   read as 行政许可 — a wrong thing answered). Now the applications received.
 * - 阅读量有多少 against 阅读量超百万次: not understood. A count printed in words of two magnitudes (百万, 千万) after a verb of
 *   reaching (超, 达到, 突破) is quoted as the report prints it, as 近千人次 was; never a number of ours.
 * - 益阳生态环境局和长沙生态环境局哪个收到的申请多, no 长沙 one stored, the one held quoted from its text (报告写明：共办理…16件):
 *   its count alone, as if no comparison were asked. Now the unheld one is named and the comparison said impossible, as for
 *   a table's figure.
 * - 忠县2025年公开信箱办结了多少件 with the county's 人民政府办公室 and its 民政局 both holding 2025 (found by corpus74's folder):
 *   which of the two was asked. A bare county is its government, whose office speaks for it. (With a 信访办 stored, 信箱办结
 *   had been read as that kind mistyped, 信访办结: an office's 办 that a verb goes on from is the verb's.)
 * - 全国收到申请最多的是谁 after a ranking among 街道: ranked among 街道 again (or, once the scope was dropped, answered with one
 *   remembered street's count). 全国 / 所有单位 asks a ranking over every agency: asked afresh.
 * - 其中…部门决算1条,2024年的信息公开年报1条: the importer cut the year off the item's label (的信息公开年报1条, answered so).
 *   A year with 的 after it qualifies the item and stays in its label.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { correctKindTypos } from '../../../src/qa/typos.js';
import { converse, cutPage, importFixtureFiles, importTexts, makeTestApp, type TestApp, xigongAs } from '../../helpers.js';

/** 太谷区科学技术局's report of a year, its 行政许可 decisions set to `licensing`. */
const taigu = (year: number, licensing: number) =>
  xigongAs('太谷区科学技术局', '太谷区', '全年主动公开政府信息30条。', '全年未收到政府信息公开申请。', year).replace(
    /行政许可\t6/,
    `行政许可\t${licensing}`,
  );

describe('lead probes of session 48', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['taigu-2022.txt', taigu(2022, 9)],
      ['taigu-2023.txt', taigu(2023, 4)],
      ['taigu-2024.txt', taigu(2024, 6)],
      [
        'dongfeng.txt',
        cutPage('东风街道', 2025, '2025年全年我单位共公开信息26条,其中领导情况12条,部门预算2条,部门决算1条,2024年的信息公开年报1条。'),
      ],
      [
        'hengyang.txt',
        cutPage('衡阳市生态环境局', 2025, '利用新媒体平台开设专题专栏,制作发布短视频、图解等新媒体产品50余个,阅读量超百万次。'),
      ],
    ]);
    // (The real page the class was found on: 益阳's report, cut in its section 二, its applications stated in its text.)
    // (and the real reports of 忠县人民政府办公室 and 忠县民政局, both of 2025.)
    await importFixtureFiles(app, [
      ['reports-more33', '26.txt'],
      ['reports-more28', '10.txt'],
      ['reports-more80', '04.txt'],
    ]);
  });
  afterAll(() => app.dispose());

  it('compares the latest two years when which way a figure went is asked with no year', async () => {
    const [answer] = await converse(app, 'way', ['太谷区科技局行政许可是涨了还是降了']);
    expect(answer.answer).toMatch(/^涨了，2024年比2023年多/);
    expect(answer.answer).toContain('按最新的两份报告比较：2023年和2024年');
    expect(answer.answer).toContain('2024年比2023年增加2件');
    const [other] = await converse(app, 'way-2', ['太谷区科技局的行政许可是多了还是少了']);
    expect(other.answer).toMatch(/^多了/);
  });

  it('gives every year held and the change from the first when a trend is asked with no year', async () => {
    const [answer] = await converse(app, 'trend', ['太谷区科技局行政许可的变化趋势']);
    expect(answer.answer).toContain('2022年9件，2023年4件，2024年6件；2024年比2022年减少3件');
  });

  it('reads 申请量 said at the end as the applications received', async () => {
    const [answer] = await converse(app, 'volume', ['太谷区科技局2024年申请量']);
    expect(answer.answer).toContain('本年新收申请');
    expect(answer.answer).not.toContain('行政许可');
  });

  it('quotes a count printed in words of two magnitudes, stating no number of its own', async () => {
    const [answer] = await converse(app, 'worded', ['衡阳市生态环境局阅读量有多少']);
    expect(answer.answer).toContain('阅读量超百万次');
    expect(answer.facts).toEqual([]);
  });

  it('says the other agency of a comparison is not held when the one held answers from its text', async () => {
    const [answer] = await converse(app, 'unheld-compared', ['益阳生态环境局和长沙生态环境局哪个收到的申请多']);
    expect(answer.answer).toMatch(/^没有找到“长沙生态环境局”的政府信息公开工作年度报告，无法比较/);
    expect(answer.answer).toContain('16件');
  });

  it("reads a bare county as its government's office when another of its bodies holds the year too", async () => {
    const [answer] = await converse(app, 'bare-county', ['忠县2025年公开信箱办结了多少件']);
    expect(answer.answer).toContain('忠县人民政府办公室');
    expect(answer.answer).toContain('312件');
  });

  it("reads no stored 信访办 in 信箱办结, the 办 being the verb's", () => {
    expect(correctKindTypos('忠县2025年公开信箱办结了多少件', ['信访办'])).toBe('忠县2025年公开信箱办结了多少件');
    // (信相, a homophone typed for 信箱 after 公开, is the mailbox: the open mailbox asked of the agency talked about)
    expect(correctKindTypos('公开信相办结多少件', ['信访办'])).toBe('公开信箱办结多少件');
    // (a 信访办 mistyped before no verb is still read so)
    expect(correctKindTypos('渝北区信仿办的电话', ['信访办'])).toBe('渝北区信访办的电话');
  });

  it('ranks every agency when 全国 is asked after a ranking among a kind', async () => {
    const [kind, whole] = await converse(app, 'whole-store', ['哪个科技局收到的申请最多', '全国收到申请最多的是谁']);
    expect(kind.answer).toContain('科学技术局');
    const [fresh] = await converse(app, 'whole-store-fresh', ['收到申请最多的是谁']);
    expect(whole.answer).toBe(fresh.answer);
    expect(whole.answer).not.toBe(kind.answer);
  });

  it('keeps a year that qualifies a listed item in its label', async () => {
    const [answer] = await converse(app, 'year-item', ['东风街道2025年公开了多少条信息']);
    expect(answer.answer).toContain('2024年的信息公开年报1条');
    expect(answer.answer).not.toMatch(/、的信息公开年报/);
  });
});
