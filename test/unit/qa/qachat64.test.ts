/**
 * qachat64's classes (conversations after a miss, citizen-questions-106), each with a made-up example that fails without its
 * fix. The figures are made up; the places are real ones, not the fixtures'.
 * 1. 是不是搞错了 才6条 / 你搞错了吧 这么多 right after a figure: that figure again with the report it comes from (was: the remark
 *    read as a question, 没有理解 or 没有“这么”的数字).
 * 2. 其中区政府交办的呢 after a count of applications: the items the district government passed on, no agency named 其中区政府
 *    (was: 没有找到“其中区政府”的年度报告).
 * 3. 传真多少 / 邮箱呢 after a question on applications: the agency's fax and mailbox (was: refused as a channel of applications).
 * 4. 哪类最多 / 哪个平台最多 after one figure of a sentence that lists parts (主动公开…条，其中…; 网站…条，微博…条): the parts
 *    ranked (was: off-topic).
 * 5. A guide stored under the agency's name with its city before it (宝鸡市渭滨区金陵街道办事处 for 渭滨区金陵街道办事处), when the
 *    agency's report names that city: its guide answers (was: 库中没有…指南, the general rule).
 * 6. 内蒙 said for 内蒙古 (内蒙水利厅): the 内蒙古自治区 agency (was: no report of “内蒙水利厅”).
 * 7. 为什么不予公开 where a sentence breaks that outcome's count down by its grounds (不予公开的3件中2件属于…,1件属于…): that
 *    sentence (was: the count of the outcome again, no reason).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { doubtsLastFigure } from '../../../src/qa/doubted-figure.js';
import { converse, cutPage, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

describe('qachat64: conversations after a miss (made-up store)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp({ now: () => new Date('2026-12-07T10:00:00+08:00') });
    await importTexts(app, [
      ['fg-2024.txt', cutPage('府谷县卫生健康局', 2024, '2024年,累计公开信息9条,涵盖医疗卫生服务、公共卫生管理等领域。')],
      [
        'sm-2024.txt',
        cutPage(
          '神木市麟州街道办事处',
          2024,
          '如对本报告有疑问,请联系神木市麟州街道办事处党政办(电话:0912-8312345;传真:0912-8312346;电子邮箱:lzjd2024@163.com)。',
          '（二）依申请公开。2024年全年,麟州街道收到依申请公开件共计21件,予以公开6件。市政府交办信息公开件4件,均已如期回复。',
        ),
      ],
      [
        'db-2023.txt',
        cutPage(
          '定边县人民政府办公室',
          2023,
          '（一）主动公开方面。2023年,通过定边县人民政府门户网站公开政务要闻640条,主动公开政府信息512条,其中机构设置47条,重点领域信息268条,财政预决算121条,其他类信息76条。',
        ),
      ],
      [
        'wb-2023.txt',
        cutPage(
          '吴堡县应急管理局',
          2023,
          '（一）主动公开。局网站发布信息318条,微博发布信息142条,微信公众号发布信息205条,抖音发布信息61条。',
        ),
      ],
      [
        'jl-2024.txt',
        [
          '渭滨区金陵街道办事处2024年政府信息公开工作年度报告',
          '本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。如对本报告有疑问,请联系渭滨区金陵街道办事处(地址:宝鸡市渭滨区金陵路18号,邮编:721000,电话:0917-3260000,电子邮箱:jljd2024@163.com)。',
          '一、总体情况',
          '（二）依申请公开。2024年共收到政府信息公开申请3件。',
        ].join('\n'),
      ],
      [
        'jl-guide.txt',
        [
          '宝鸡市渭滨区金陵街道办事处政府信息公开指南',
          '一、主动公开',
          '属于主动公开范围的政府信息,自该信息形成或者变更之日起15个工作日内予以公开。',
          '二、依申请公开',
          '办公地址:宝鸡市渭滨区金陵路18号',
          '联系电话:0917-3261234',
        ].join('\n'),
      ],
      [
        'zz-2022.txt',
        cutPage(
          '佳县医疗保障局',
          2022,
          '（二）依申请公开。全年共接受依申请公开7次,其中处理结果3件为不予公开,4件为无法提供。不予公开的3件中2件属于行政查询事项,1件属于内部事务信息。',
        ),
      ],
      ['nm-2024.txt', cutPage('内蒙古自治区水利厅', 2024, '（二）依申请公开。2024年共受理政府信息公开申请17件,均按时答复。')],
    ]);
  });
  afterAll(() => app.dispose());

  it('reads a doubt with a remark on the figure as a doubt, and no question of its own', () => {
    for (const said of ['是不是搞错了 才6条', '你搞错了吧 这么多', '不对吧 也太少了', '没搞错吧 怎么才这么点'])
      expect(doubtsLastFigure(said), said).toBe(true);
    // (A doubt alone stays small talk: 没搞错吧 is answered with where answers come from, never the figure again.)
    for (const said of [
      '没搞错吧',
      '搞错了吧',
      '搞错了 是2023年',
      '不对 我问的是申请',
      '你搞错了吧 我问的是复议',
      '搞错了，是网站发了多少',
    ])
      expect(doubtsLastFigure(said), said).toBe(false);
  });

  it('answers 是不是搞错了 才9条 with the figure again and its report', async () => {
    const [count, doubt] = await converse(app, 'doubt', ['府谷县卫健局2024年公开了几条信息', '是不是搞错了 才9条']);
    expect(count.facts.map((fact) => fact.value)).toEqual([9]);
    expect(doubt.kind).toBe('figure');
    expect(doubt.facts.map((fact) => fact.value)).toEqual([9]);
    expect(doubt.answer).toContain('府谷县卫生健康局2024年政府信息公开工作年度报告');
  });

  it('answers 其中市政府交办的呢 from the agency talked about', async () => {
    const [, passed] = await converse(app, 'passed', ['神木市麟州街道收到多少依申请', '其中市政府交办的呢']);
    expect(passed.answer).not.toContain('没有找到');
    expect(passed.facts.map((fact) => fact.value)).toContain(4);
  });

  it('answers 传真多少 and 邮箱呢 after applications with the agency’s contacts', async () => {
    const [, fax, mail] = await converse(app, 'fax', ['神木市麟州街道2024年予以公开几件', '传真多少', '邮箱呢']);
    expect(fax.answer).toContain('0912-8312346');
    expect(mail.answer).toContain('lzjd2024@163.com');
  });

  it('ranks the parts a sentence lists after one of its figures', async () => {
    // (政务要闻640条, before the total and its 其中, is no kind of it.)
    const [, , most] = await converse(app, 'kinds', ['定边县政府办2023年主动公开多少条', '其中财政预决算的呢', '哪类最多']);
    expect(most.kind).toBe('figure');
    expect(most.answer).toContain('重点领域信息');
    expect(most.facts.map((fact) => fact.value)).toContain(268);
    const [, channel] = await converse(app, 'channels', ['吴堡县应急管理局2023年抖音发了多少', '哪个平台发得最多']);
    expect(channel.kind).toBe('figure');
    expect(channel.facts.map((fact) => fact.value)).toContain(318);
  });

  it('answers from the guide stored under the agency’s name with its city before it', async () => {
    const [, phone, mail, limit] = await converse(app, 'guide', [
      '渭滨区金陵街道2024年收到几个申请',
      '电话多少',
      '邮箱呢',
      '主动公开的信息多久内公开',
    ]);
    expect(phone.answer).toContain('0917-3261234');
    // What the guide lacks, the agency's own report gives.
    expect(mail.answer).toContain('jljd2024@163.com');
    expect(limit.answer).toContain('15个工作日');
  });

  it('answers 为什么不予公开 with the sentence that breaks that outcome down by its grounds', async () => {
    const [, why] = await converse(app, 'why', ['佳县医保局2022年不予公开几件', '为什么不予公开']);
    expect(why.answer).toContain('行政查询事项');
  });

  it('reads 内蒙 as 内蒙古', async () => {
    const answer = await app.ask('内蒙水利厅24年受理几件申请', 'nm');
    expect(answer.facts.map((fact) => fact.value)).toEqual([17]);
  });
});
