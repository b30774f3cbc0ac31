/**
 * Lead probes of the forty-ninth session: citizens' own words over one store of every real fixture folder (/tmp/all49.db,
 * 1,899 reports and guides imported) and the sample reports. The classes found, each with a made-up example below:
 * - 益阳和长沙哪个生态环境局收到的申请多 (two places, which of them, then a kind), no 长沙 one stored: 长沙's other bodies (its
 *   体育局, 开福区) were ranked against 益阳's; with both stored (深圳和盐城…) a third body of one place (盐城市公安局盐都分局)
 *   joined the ranking. The kind is each place's, as for 益阳和长沙生态环境局.
 * - 益阳市生态环境局和长沙市生态环境局哪个收到申请多, no 长沙 one stored, 益阳's count stated only in its text: refused (its page
 *   cut), the comparison unsaid. The other side's name (长沙市, left after the kind went) was searched for in 益阳's sentences.
 *   Now its count is quoted and the unheld side named, as when the name is written without its 市.
 * - 长沙生态环境局和益阳生态环境局谁多: the unheld side named first was not noticed (only a name after the held one was).
 * - 跟去年比申请多了吗 of 福田街道's 2024 report (no 2023 one stored) whose text says 信息公开申请数量较去年增加 with no figure:
 *   refused (its table cut). The way the report says it went is said in its words, no number.
 * - 申请怎么变多了: not understood. 怎么 before a change (变多了, 减少) asks why, as 为什么 does.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, cutPage, importTexts, makeTestApp, type TestApp, xigongAs } from '../../helpers.js';

/** A bureau's report of 2024, its 行政许可 decisions set to `licensing`. */
const bureau = (agency: string, place: string, licensing: number) =>
  xigongAs(agency, place, '全年主动公开政府信息30条。', '全年未收到政府信息公开申请。').replace(/行政许可\t6/, `行政许可\t${licensing}`);

describe('lead probes of session 49', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['yueyang.txt', cutPage('岳阳市生态环境局', 2025, '2025年共办理政府信息依申请公开23件,全部依法依规按程序答复。')],
      ['changde-sports.txt', bureau('常德市体育局', '常德市', 40)],
      ['chenzhou.txt', bureau('郴州市生态环境局', '郴州市', 12)],
      ['shaoyang.txt', bureau('邵阳市生态环境局', '邵阳市', 7)],
      ['shaoyang-police.txt', bureau('邵阳市公安局', '邵阳市', 90)],
      [
        'dingwangtai.txt',
        cutPage(
          '长沙市芙蓉区定王台街道办事处',
          2024,
          '全年受理依申请公开6件,依据《条例》予以答复办结6件。结合申请内容,信息公开申请数量较去年增加的原因分析如下:辖区内老旧小区改造项目信息公开申请增多。',
        ),
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('gives the kind to both places when which of them is asked before it, naming the one not held', async () => {
    for (const [user, question] of [
      ['which-1', '岳阳和常德哪个生态环境局收到的申请多'],
      ['which-2', '岳阳和常德的哪个生态环境局申请多'],
    ]) {
      const [answer] = await converse(app, user, [question]);
      expect(answer.answer).toContain('没有找到“常德生态环境局”的政府信息公开工作年度报告，无法比较');
      expect(answer.answer).toContain('23件');
      expect(answer.answer).not.toContain('常德市体育局');
    }
  });

  it('ranks only the kind asked of two places that both hold it', async () => {
    const [answer] = await converse(app, 'which-held', ['郴州和邵阳哪个生态环境局行政许可多']);
    expect(answer.answer).toContain('郴州市生态环境局');
    expect(answer.answer).toContain('邵阳市生态环境局');
    expect(answer.answer).toMatch(/12件/);
    expect(answer.answer).not.toContain('邵阳市公安局');
    expect(answer.answer).not.toContain('90');
  });

  it("quotes the held agency's stated count when the other side is named whole with its level and not held", async () => {
    const [answer] = await converse(app, 'level', ['岳阳市生态环境局和常德市生态环境局哪个收到申请多']);
    expect(answer.answer).toContain('没有找到“常德市生态环境局”的政府信息公开工作年度报告，无法比较');
    expect(answer.answer).toContain('23件');
  });

  it('names the side not held when it is named first', async () => {
    const [answer] = await converse(app, 'first', ['常德生态环境局和岳阳生态环境局谁收到申请多']);
    expect(answer.answer).toContain('没有找到“常德生态环境局”的政府信息公开工作年度报告，无法比较');
    expect(answer.answer).toContain('23件');
  });

  it("says the way a change went in the report's words when it prints no figure and the year before is not held", async () => {
    const [, answer] = await converse(app, 'way-in-words', ['定王台街道2024年收到几件申请', '跟去年比申请多了吗']);
    expect(answer.answer).toMatch(/^多了：/);
    expect(answer.answer).toContain('信息公开申请数量较去年增加');
    expect(answer.answer).toContain('算不出变化了多少');
    expect(answer.facts).toEqual([]);
  });

  it('reads 怎么 before a change as why', async () => {
    const [, answer] = await converse(app, 'how-come', ['定王台街道2024年收到几件申请', '申请怎么变多了']);
    expect(answer.answer).toContain('老旧小区改造项目信息公开申请增多');
  });
});
