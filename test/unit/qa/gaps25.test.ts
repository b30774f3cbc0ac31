/**
 * gaps25's classes (which agency a citizen means, in short forms and typos), each with a made-up second example and the real case.
 * 1. Short forms of kinds: 政务办 (政务服务管理办公室, read as 政府办 before), 水务局 (水务管理局), 供销社 (供销合作社, 供销联社).
 * 2. The place's one water body whatever its kind: 管水的局 or 水利局 of a place whose water body is a 水务局 (and back), only
 *    when the place has the one and not the other (was: refused, 没有找到…水利局).
 * 3. One-character typos: of a kind one character off two kinds (水物局: 水务局 and 水利局) read as the one the place has, left
 *    as written when both are stored; of a street's or a town's own name (宗官街道 for 宗关街道) when the character sounds alike
 *    (one pinyin initial), not the first, and no other stored name is as near; 真 typed for 镇 before 政府/政务公开.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kindVariants } from '../../../src/report/agency-names.js';
import { correctKindTypos } from '../../../src/qa/typos.js';
import { importFixtureFiles, importTexts, makeTestApp, type TestApp, xigongAs } from '../../helpers.js';

describe('gaps25: kinds written short', () => {
  it('knows 政务办, 水务局 and 供销社 as the short forms of their kinds', () => {
    expect(kindVariants('政务服务管理办公室')).toContain('政务办');
    expect(kindVariants('政务服务办公室')).toContain('政务办');
    expect(kindVariants('水务管理局')).toContain('水务局');
    expect(kindVariants('供销合作社')).toContain('供销社');
    expect(kindVariants('供销合作社联合社')).toContain('供销社');
    expect(kindVariants('供销联社')).toContain('供销社');
  });
});

describe('gaps25: typos of kinds and of places own names (pure)', () => {
  const kinds = ['水利局', '水务局', '科技局'];
  it('reads a typo one character off two kinds as the one stored for the place, and leaves it when both or neither decide', () => {
    const onlyWater = (text: string, kind: string) => kind === '水务局' && text.includes('青禾区水务局');
    expect(correctKindTypos('青禾区水物局2024年收到几件申请', kinds, onlyWater)).toBe('青禾区水务局2024年收到几件申请');
    const both = () => true;
    expect(correctKindTypos('青禾区水物局2024年收到几件申请', kinds, both)).toBe('青禾区水物局2024年收到几件申请');
  });
  it('reads a sound-alike typo inside a street name only against a stored own name, never its first character or a rival', () => {
    const places = ['柳关街道', '新添镇'];
    const stored = (text: string, kind: string) => text.includes(kind);
    expect(correctKindTypos('柳官街道收到多少申请', kinds, stored, places)).toBe('柳关街道收到多少申请');
    // 九 (j) is no sound of 添 (t): another town.
    expect(correctKindTypos('新九镇收到多少申请', kinds, stored, places)).toBe('新九镇收到多少申请');
    // The place word differing is no typo of an own name (太平洋 is no 太平镇).
    expect(correctKindTypos('太平洋保险收到多少申请', kinds, stored, ['太平镇'])).toBe('太平洋保险收到多少申请');
    // Two stored streets one sound-alike character off: left as written.
    expect(correctKindTypos('柳官街道收到多少申请', kinds, () => true, ['柳关街道', '柳冠街道'])).toBe('柳官街道收到多少申请');
  });
  it('reads 真 typed for 镇 before the town government or its disclosure words only', () => {
    expect(correctKindTypos('青石真政务公开专区电话', kinds)).toBe('青石镇政务公开专区电话');
    expect(correctKindTypos('青石真人民政府电话', kinds)).toBe('青石镇人民政府电话');
    expect(correctKindTypos('他们认真政府信息公开了吗', kinds)).toBe('他们认真政府信息公开了吗');
    expect(correctKindTypos('真的有这个报告吗', kinds)).toBe('真的有这个报告吗');
  });
});

describe('gaps25: which agency is meant (made-up store)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['qinghe-swj.txt', xigongAs('青禾区水务管理局', '青禾区', '主动公开政府信息41条。', '共收到政府信息公开申请6件。')],
      ['lanxi-slj.txt', xigongAs('兰溪县水利局', '兰溪县', '主动公开政府信息52条。', '共收到政府信息公开申请9件。')],
      ['songshan-zwb.txt', xigongAs('松山区政务服务管理办公室', '松山区', '主动公开政府信息77条。', '共收到政府信息公开申请3件。')],
      ['songshan-zfb.txt', xigongAs('松山区人民政府办公室', '松山区', '主动公开政府信息88条。', '共收到政府信息公开申请5件。')],
      ['liuguan.txt', xigongAs('柳河区人民政府柳关街道办事处', '柳河区', '主动公开政府信息12条。', '共收到政府信息公开申请2件。')],
    ]);
  });
  afterAll(() => app.dispose());

  const values = async (question: string) => (await app.ask(question)).facts.map((fact) => fact.value);

  it('reads 政务办 as the 政务服务管理办公室, not the government office', async () => {
    expect(await values('松山政务办2024年主动公开了多少条')).toEqual([77]);
    expect(await values('松山区政府办2024年主动公开了多少条')).toEqual([88]);
    // A place with no 政务办 (兰溪县's one agency is its 水利局): that agency's figure is no answer.
    expect(await values('兰溪县政务办2024年主动公开了多少条')).toEqual([]);
  });

  it('reads 水务局 of a 水务管理局, and 管水的局 as the place water body whatever its kind', async () => {
    expect(await values('青禾区水务局2024年主动公开了多少条')).toEqual([41]);
    expect(await values('青禾区那个管水的局2024年主动公开了多少条')).toEqual([41]);
    expect(await values('兰溪县管水的局2024年主动公开了多少条')).toEqual([52]);
    expect(await values('青禾区水利局2024年主动公开了多少条')).toEqual([41]);
    expect(await values('兰溪县水务局2024年主动公开了多少条')).toEqual([52]);
  });

  it('reads a kind typo one off two kinds as the one the place has', async () => {
    expect(await values('青禾区水物局2024年主动公开了多少条')).toEqual([41]);
    expect(await values('兰溪县水物局2024年主动公开了多少条')).toEqual([52]);
  });

  it('reads a sound-alike typo of a street name, and states no figure for another first character', async () => {
    expect(await values('柳官街道2024年主动公开了多少条')).toEqual([12]);
    expect(await values('刘关街道2024年主动公开了多少条')).toEqual([]);
  });
});

describe('gaps25: the real cases', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importFixtureFiles(app, [
      ['reports-more6', '46.txt'],
      ['reports-more30', '13.txt'],
      ['reports-more19', '04.txt'],
    ]);
  });
  afterAll(() => app.dispose());

  it('answers 宗官街道, 花溪区水物局 and 建邺区那个管水的局', async () => {
    expect((await app.ask('宗官街道收到多少申请')).facts.map((fact) => fact.value)).toEqual([0]);
    expect((await app.ask('花溪区水物局2024年收到几件信息公开申请')).facts.map((fact) => fact.value)).toEqual([4]);
    const water = await app.ask('我想问一下啊就是南京建邺区那个管水的局2023年省级以上的媒体发了多少篇稿子啊');
    expect(water.facts.map((fact) => fact.value)).toEqual([144]);
  });
});

describe('gaps25: what the first run of real-questions-gaps-25 showed', () => {
  it('reads a kind typo though 政府信息 or 政府网站 is in the question (政府 there names no kind)', () => {
    const stored = (text: string, kind: string) => kind === '水利局' && text.includes('青禾县水利局');
    expect(correctKindTypos('青禾县水物局2025年主动公开政府信息多少条', ['水利局', '水务局', '政府'], stored)).toBe(
      '青禾县水利局2025年主动公开政府信息多少条',
    );
    expect(correctKindTypos('青禾县政府办公室电话', ['水利局', '政府'], stored)).toBe('青禾县政府办公室电话');
  });
  it('reads no own-name typo of a town after a place written before it (始兴县马市镇 is that county own town)', () => {
    // 马税镇: one syllable with 马水镇 (shui), so a typo of it where no county is written (gaps39: 马市镇, shi, is another town).
    expect(correctKindTypos('青禾县马税镇信息公开电话', ['科技局'], () => true, ['马水镇'])).toBe('青禾县马税镇信息公开电话');
    expect(correctKindTypos('马税镇信息公开电话', ['科技局'], () => true, ['马水镇'])).toBe('马水镇信息公开电话');
  });
  it('reads no own-name typo inside a longer name, and no 办 short form from another last character (新媒体)', () => {
    expect(correctKindTypos('长青岛街道2022年张贴了多少张海报', ['科技局'], () => true, ['青东街道'])).toBe(
      '长青岛街道2022年张贴了多少张海报',
    );
    expect(correctKindTypos('政务新媒体发了多少条', ['政务办', '科技局'])).toBe('政务新媒体发了多少条');
    expect(correctKindTypos('青禾区政物办2024年主动公开了多少条', ['政务办', '科技局'])).toBe('青禾区政务办2024年主动公开了多少条');
  });
});
