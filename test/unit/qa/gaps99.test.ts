/**
 * gaps99's classes, on made-up pages cut after their overview: a year that dates one listed document (2025年财政预算、2024年
 * 财政决算等财政信息40条) is not the year the count is of; a way of applying named only where the page is cut off (其中线上申请
 * 4件,线下申) has no count held, never the sentence's total; a part's share asked in one message (领导情况占比多少) is the part
 * asked, then its share of the whole its sentence counts it under, worked out; 制作 asked of information a report says it 产生
 * (made) is that count.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicationChannelCutOff } from '../../../src/qa/retrieve.js';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const page = (agency: string, year: number, ...sentences: string[]) =>
  [`${agency}${year}年政府信息公开工作年度报告`, '一、总体情况', '(一)主动公开情况', ...sentences].join('\n');

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('gaps99 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'lianjiang.txt',
        page(
          '连江县财政局',
          2025,
          '2025年,门户网站共发布信息210条。“资金信息”栏目发布局机关及下属单位2025年财政预算、2024年财政决算等财政信息40条,“政策法规”栏目主动公开政策文件12件。',
        ),
      ],
      [
        'qingpu.txt',
        page(
          '上海市青浦区练塘镇人民政府',
          2025,
          '2025年度,镇政府通过门户网站主动发布各类政府信息90余条。2025年度产生政府文件信息30条,其中主动公开18条。',
        ),
      ],
      ['tonghua.txt', page('通化市人民政府办公厅', 2024, '全年共收到政府信息公开申请50件,其中予以公开的30件,占60%;不予公开的2件,占4%;')],
      ['yongfu.txt', page('永福县行政审批局', 2024, '2024年,我局共收到政府信息公开申请15件,其中线上申请4件,线下申')],
      [
        'huairou.txt',
        page(
          '怀柔区泉河街道',
          2025,
          '2025年全年我单位共公开信息40条,其中领导情况10条,机构及科室职能20条,部门预算5条,部门决算5条。',
          '全年共受理政府信息依申请公开50件,其中当面申请20件,网络申请30件,均已按要求受理办结。',
        ),
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('a year dating one listed document is not the year the listed count is of', async () => {
    const answer = await app.ask('连江县财政局2025年财政信息多少条');
    expect(values(answer), answer.answer).toEqual([40]);
    const published = await app.ask('连江县财政局2025年发布财政信息多少条');
    expect(values(published), published.answer).toEqual([40]);
  });

  it('制作 asked of information the report says was 产生 (made) is that count', async () => {
    const answer = await app.ask('练塘镇2025年制作了多少条政府信息');
    expect(values(answer), answer.answer).toContain(30);
    expect(values(answer), answer.answer).not.toContain(18);
  });

  it('a way of applying named only where the page is cut off has no count held', async () => {
    expect(applicationChannelCutOff('共收到政府信息公开申请15件,其中线上申请4件,线下申', '线下')).toBe(true);
    expect(applicationChannelCutOff('共收到政府信息公开申请15件,其中线上申请4件,线下申', '线上')).toBe(false);
    expect(applicationChannelCutOff('共收到政府信息公开申请15件,均为线下申请。', '线下')).toBe(false);
    const cut = await app.ask('永福县行政审批局2024年线下申请几件');
    expect(values(cut), cut.answer).toEqual([]);
    expect(cut.answer).toContain('截断');
    const online = await app.ask('永福县行政审批局2024年线上申请几件');
    expect(values(online), online.answer).toEqual([4]);
    const [, followUp] = await converse(app, 'g99-cut', ['永福县行政审批局2024年收到几件申请', '线下呢']);
    expect(values(followUp), followUp.answer).toEqual([]);
  });

  it('a part’s share asked in one message is worked out of the whole its sentence counts it under', async () => {
    const leaders = await app.ask('泉河街道2025年领导情况占比多少');
    expect(values(leaders), leaders.answer).toEqual(expect.arrayContaining([10, 40]));
    expect(leaders.answer).toContain('25%');
    const inPerson = await app.ask('泉河街道2025年当面申请占比多少');
    expect(values(inPerson), inPerson.answer).toEqual(expect.arrayContaining([20, 50]));
    expect(inPerson.answer).toContain('40%');
    const [, , followUp] = await converse(app, 'g99-share', ['泉河街道2025年公开了多少信息', '领导情况呢', '部门预算占比多少']);
    expect(values(followUp), followUp.answer).toEqual(expect.arrayContaining([5, 40]));
    expect(followUp.answer).toContain('12.5%');
    // The table cut from the page, the share its sentence prints beside the count is the answer.
    const withheld = await app.ask('通化市人民政府办公厅2024年不予公开的占比多少');
    expect(withheld.answer).toContain('4%');
    expect(values(withheld), withheld.answer).not.toContain(50);
    // A thing the report never counts gets no share and no figure.
    const none = await app.ask('泉河街道2025年政策解读占比多少');
    expect(values(none), none.answer).toEqual([]);
  });
});
