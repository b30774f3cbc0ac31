/**
 * qachat57's classes (phone typing, citizens' names for agencies and worked-out rates, citizen-questions-96), each with a
 * made-up example that fails without its fix.
 * 1. 卫计委 / 计生委 for a 卫生健康委员会, 质监局 / 工商局 for a 市场监督管理局 (the names before the 2018 reform): that agency
 *    (was: another agency of the place, or not found).
 * 2. 自然资源和生态环境局 for a stored 自然资源与生态环境局, with the place said short: that agency (was: asked which).
 * 3. 比2023年多了百分之几 after a year's figure: the rate of change worked out beside the two figures (was: the gap only).
 * 4. 公开率多少 / 公开绿多少 after a figure: 予以公开 and 部分公开 of the applications received, the three counts stated (was: a
 *    sentence of the report quoted, or not understood); refused where a count is not read.
 * 5. 予以公开占百分之几 / 不公开的占比多少 after a figure: the share of the applications received (was: the rules on exemptions,
 *    or the count beside another figure).
 * 6. 被起述几件 (a voice input's homophone for 起诉): the lawsuits (was: not understood).
 * 7. 丽江市哪个局收到的申请最多: only the place's bureaus are ranked (was: its government's office too).
 * 8. 第二名呢 after a ranking and two 它… answers: the ranking's second place (was: the ranking forgotten after the second).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, cutPage, importTexts, makeTestApp, type TestApp, xigongAs } from '../../helpers.js';

describe('qachat57: citizens’ names for agencies and the rates they work out (made-up store)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'wj-2023.txt',
        cutPage('青禾市卫生健康委员会', 2023, '2023年共收到政府信息公开申请40件,予以公开12件,部分公开8件,无法提供15件,不予公开5件。'),
      ],
      ['wj-2024.txt', cutPage('青禾市卫生健康委员会', 2024, '2024年共收到政府信息公开申请50件,予以公开20件,不予公开6件。')],
      ['sj-2024.txt', cutPage('青禾市审计局', 2024, '2024年共收到政府信息公开申请3件,全部予以公开。')],
      ['scjg-2023.txt', cutPage('赤松县市场监督管理局', 2023, '2023年共收到政府信息公开申请9件,被提起行政诉讼2件。')],
      ['zr-2024.txt', cutPage('白沙综合试验区自然资源与生态环境局', 2024, '2024年共收到政府信息公开申请27件,予以公开9件。')],
      ['st-2024.txt', cutPage('青禾市生态环境局', 2024, '2024年共收到政府信息公开申请31件。')],
      ['st2-2024.txt', cutPage('赤松县生态环境局', 2024, '2024年共收到政府信息公开申请6件。')],
      [
        'office-2024.txt',
        xigongAs('丽江市人民政府办公室', '丽江市', '全年主动公开政府信息120条。', '').replace('行政许可\t6', '行政许可\t12'),
      ],
      ['ga-2024.txt', xigongAs('丽江市公安局', '丽江市', '全年主动公开政府信息310条。', '').replace('行政许可\t6', '行政许可\t9')],
      ['mz-2024.txt', xigongAs('丽江市民政局', '丽江市', '全年主动公开政府信息270条。', '').replace('行政许可\t6', '行政许可\t7')],
      ['jt-2024.txt', xigongAs('丽江市交通运输局', '丽江市', '全年主动公开政府信息230条。', '').replace('行政许可\t6', '行政许可\t5')],
    ]);
  });
  afterAll(() => app.dispose());

  const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

  it('reads the names before the 2018 reform as the agencies renamed since', async () => {
    const [health] = await converse(app, 'old-1', ['青禾市计生委2023年收到多少政府信息公开申请']);
    expect(values(health)).toEqual([40]);
    const [family] = await converse(app, 'old-2', ['青禾卫计委2024年收到多少政府信息公开申请']);
    expect(values(family)).toEqual([50]);
    const [market] = await converse(app, 'old-3', ['赤松县质监局2023年收到几件信息公开申请']);
    expect(values(market)).toEqual([9]);
    const [business] = await converse(app, 'old-4', ['赤松县工商局2023年收到几件信息公开申请']);
    expect(values(business)).toEqual([9]);
  });

  it('reads 和 for the 与 between two fields of a kind, with the place said short', async () => {
    const [answer] = await converse(app, 'he', ['白沙自然资源和生态环境局2024年收到多少申请']);
    expect(answer.kind).toBe('figure');
    expect(values(answer)).toEqual([27]);
  });

  it('works out the rate of change against another year beside the two figures', async () => {
    const [, rate] = await converse(app, 'change', ['青禾市卫健委2024年收到多少政府信息公开申请', '比2023年多了百分之几']);
    expect(values(rate)).toEqual(expect.arrayContaining([50, 40]));
    expect(rate.answer).toContain('25%');
  });

  it('works out the disclosure rate from the three counts, typed right or by voice, and refuses without them', async () => {
    const [, rate] = await converse(app, 'rate', ['青禾市卫健委2023年收到多少政府信息公开申请', '公开率多少']);
    expect(values(rate)).toEqual(expect.arrayContaining([40, 12, 8]));
    expect(rate.answer).toContain('50%');
    expect(rate.answer).toContain('计算');
    const [, voice] = await converse(app, 'rate-voice', ['青禾市卫健委2023年收到多少政府信息公开申请', '公开绿多少']);
    expect(voice.answer).toContain('50%');
    const [, none] = await converse(app, 'rate-none', ['青禾市卫健委2024年收到多少政府信息公开申请', '公开率多少']);
    expect(none.kind).toBe('refusal');
    expect(none.answer).not.toMatch(/\d+(?:\.\d+)?%/);
  });

  it('takes the applications received as the whole of a share asked with none named', async () => {
    const [, granted, denied] = await converse(app, 'share', [
      '青禾市卫健委2023年收到多少政府信息公开申请',
      '予以公开占百分之几',
      '不公开的占比多少',
    ]);
    expect(values(granted)).toEqual(expect.arrayContaining([12, 40]));
    expect(granted.answer).toContain('30%');
    expect(values(denied)).toEqual(expect.arrayContaining([5, 40]));
    expect(denied.answer).toContain('12.5%');
  });

  it('reads 起述, a voice input’s homophone, as 起诉', async () => {
    const [, sued] = await converse(app, 'sued', ['赤松县市场监督管理局2023年收到几件申请', '被起述几件']);
    expect(values(sued)).toEqual([2]);
  });

  it('ranks only the bureaus of a place asked 哪个局, and keeps the ranking after two answers about its first', async () => {
    const [ranked, proactive, , second] = await converse(app, 'bureaus', [
      '丽江市2024年哪个局办理的行政许可最多',
      '它主动公开了多少条',
      '它被申请行政复议几件',
      '第二名呢',
    ]);
    expect(ranked.answer).toContain('最多的是丽江市公安局');
    expect(ranked.answer).not.toContain('办公室');
    expect(values(proactive)).toEqual([310]);
    expect(second.answer).toContain('排第2的是丽江市民政局');
  });
});
