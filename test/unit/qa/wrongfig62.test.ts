/**
 * wrongfig62's classes, on made-up pages cut after their overview: a figure printed as a bound (140余条, 70多条) makes what
 * is worked out from it (a difference, a sum, a change between years) a bound too, said with 约 and the bound as printed,
 * never an exact count the reports do not give; two exact figures still give an exact one. A share asked of an outcome whose
 * count the sentence prints with its share (无法提供5件,占25%) is that share, not the count nor a refusal. A measure of reach
 * asked alone (点击量多少) is the whole's, printed after the count of everything, not the last item's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const page = (agency: string, year: number, sentence: string) =>
  [`${agency}${year}年政府信息公开工作年度报告`, '一、总体情况', '(一)主动公开情况', sentence].join('\n');

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('wrongfig62 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'qionglai-2023.txt',
        page('邛崃市临邛街道办事处', 2023, '截至2023年12月31日,临邛街道共主动公开政府信息140余条,主要包含预算决算、工作动态等。'),
      ],
      ['qionglai-2024.txt', page('邛崃市临邛街道办事处', 2024, '截至2024年12月31日,临邛街道共主动公开政府信息218条。')],
      ['dayi-2023.txt', page('大邑县晋原街道办事处', 2023, '2023年,我街道主动公开政府信息598条,其中政务动态信息517条。')],
      ['dayi-2024.txt', page('大邑县晋原街道办事处', 2024, '2024年,我街道主动公开政府信息450条。')],
      [
        'pujiang.txt',
        [
          '蒲江县鹤山街道办事处2024年政府信息公开工作年度报告',
          '一、总体情况',
          '(一)主动公开情况',
          '2024年度,蒲江县鹤山街道共发布政府信息860条,点击量为52410次。其中主动公开目录信息700条,点击量为40110次;重点领域信息160条,点击量为12300次。',
          '(二)依申请公开情况',
          '本机关2024年共受理政府信息公开申请20件。在20件政府信息公开申请中,予以公开8件,占40%;部分公开2件,占10%;无法提供5件,占25%;不予处理5件,占25%。',
        ].join('\n'),
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('a difference between two years, one printed as a bound, is a bound too', async () => {
    const gap = await app.ask('临邛街道2024年主动公开比去年多多少');
    expect(gap.answer).toContain('140余条');
    expect(gap.answer).toContain('218条');
    expect(gap.answer).toMatch(/(?:相差|增加)约78条/);
    expect(gap.answer).not.toMatch(/(?:相差|增加)78条/);
  });

  it('a sum of two years, one printed as a bound, is a bound and no fact', async () => {
    const sum = await app.ask('临邛街道2023年和2024年主动公开一共多少条');
    expect(sum.answer).toContain('合计约358条');
    expect(values(sum)).not.toContain(358);
  });

  it('two exact figures still give an exact difference and sum', async () => {
    const gap = await app.ask('晋原街道2024年主动公开比去年少了多少条');
    expect(gap.answer).toMatch(/相差148条|减少148条/);
    expect(gap.answer).not.toContain('约148');
    const sum = await app.ask('晋原街道2023年和2024年主动公开一共多少条');
    expect(sum.answer).toContain('合计1048条');
  });

  it('a share asked of an outcome is the share printed right after its count', async () => {
    const share = await app.ask('鹤山街道2024年无法提供的比例');
    expect(share.kind, share.answer).toBe('figure');
    expect(values(share)).toEqual([25]);
    const other = await app.ask('鹤山街道2024年部分公开占比');
    expect(values(other), other.answer).toEqual([10]);
  });

  it('a measure of reach asked alone is the whole’s, an item’s only where the item is named', async () => {
    const whole = await app.ask('鹤山街道2024年点击量多少');
    expect(values(whole), whole.answer).toEqual([52410]);
    const item = await app.ask('鹤山街道2024年重点领域信息点击量多少');
    expect(values(item), item.answer).toEqual([12300]);
  });
});
