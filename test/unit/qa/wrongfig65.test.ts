/**
 * wrongfig65's classes, on made-up pages cut after their overview: a 主动公开 share of the documents made (产生政府文件信息22条,
 * 其中主动公开14条) is said as that share, with the count made, never as all that was published; 做了多少条政府信息 asks the
 * information put out (the year's 主动公开, or the count made with its share); two items of one noun with a breakdown opened
 * between them (公开重点领域信息160条。其中,…惠民惠农信息20条) are no peers to add; a channel's count the others are printed
 * under (…152条,其中…) is the whole; a bare 微信 listed with 微博 is the account, the count both's; 线上线下一共 sums the two.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listedParts } from '../../../src/qa/retrieve.js';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const page = (agency: string, year: number, ...sentences: string[]) =>
  [`${agency}${year}年政府信息公开工作年度报告`, '一、总体情况', '(一)主动公开情况', ...sentences].join('\n');

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('wrongfig65 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'jinshan.txt',
        page(
          '上海市金山区朱泾镇人民政府',
          2024,
          '2024年度,镇政府通过“上海金山”门户网站主动发布、更新各类政府信息80余条。2024年度产生政府文件信息31条,其中主动公开19条。',
        ),
      ],
      [
        'tongan.txt',
        page('厦门市同安区大同街道办事处', 2023, '2023年街道共制作政府信息40条,其中主动公开信息6条,依申请公开信息30条,不予公开信息4条。'),
      ],
      [
        'mengcheng.txt',
        page(
          '蒙城县财政局',
          2024,
          '2024年我局依法主动公开政府信息280条。其中,政策法规5条,财政资金96条,部门项目3条等栏目信息。',
          '公开重点领域信息120条。其中,政府年度财政预决算及“三公”经费25条,惠民惠农信息15条,政府债务3条等栏目信息。',
        ),
      ],
      [
        'wuxi.txt',
        page(
          '巫溪县林业局',
          2024,
          '2024年,县林业局依托门户网站主动公开信息130条,其中工作情况60条、政策文件3条、行政许可结果20条、惠民惠农资金7条、政府信息公开指南1条。',
        ),
      ],
      ['handan.txt', page('邯郸市人民政府办公室', 2024, '“邯郸发布”微博、微信发布重要会议、政策解读等信息3120条,9.8万人次浏览信息。')],
      [
        'nanchang.txt',
        page(
          '南昌县人民政府',
          2023,
          '2023年,全县受理线上信息公开申请48件,依法办结45件,结转下年度办理3件,受理线下信息公开申请7件,已全部依法办结。',
        ),
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('a 主动公开 share of the documents made is said with the count made, not as all that was published', async () => {
    const answer = await app.ask('朱泾镇2024年主动公开多少条');
    expect(answer.answer).toContain('产生政府文件信息31条，其中主动公开19条');
    expect(answer.answer).not.toMatch(/主动公开政府信息19条/);
    expect(answer.answer).toContain('80余条');
  });

  it('做了多少条政府信息 asks the information put out: the count made, or the year’s 主动公开', async () => {
    const made = await app.ask('大同街道2023年做了多少条政府信息');
    expect(values(made), made.answer).toContain(40);
    expect(made.answer).toContain('其中主动公开信息6条');
    const published = await app.ask('蒙城县财政局2024年做了多少条信息');
    expect(values(published), published.answer).toEqual([280]);
  });

  it('two items with a breakdown opened between them are never added', async () => {
    const sentence = '公开重点领域信息120条。其中,政府年度财政预决算及“三公”经费25条,惠民惠农信息15条,政府债务3条等栏目信息。';
    expect(listedParts(sentence, sentence.indexOf('120条'), '条', '做了多少条信息')).toBeUndefined();
    // (Peers with no breakdown between them are still listed and summed.)
    const peers = '全年公开发布机关简介信息4条,人事信息3条,计划总结4条,政策文件22条。';
    expect(listedParts(peers, peers.indexOf('4条'), '条', '公开了多少条信息')?.length).toBeGreaterThan(1);
    const answer = await app.ask('蒙城县财政局2024年做了多少条信息');
    expect(answer.answer).not.toContain('135');
    expect(answer.answer).not.toContain('相加');
  });

  it('a channel’s count the others are printed under (其中) is the whole, never one part beside them', async () => {
    for (const question of ['巫溪县林业局2024年一共发了多少条信息', '巫溪县林业局2024年主动公开信息多少条']) {
      const answer = await app.ask(question);
      expect(values(answer)[0], answer.answer).toBe(130);
      expect(answer.answer).not.toContain('没有写明');
    }
  });

  it('a count of 微博、微信 together is said as both channels’ count, never 微博’s alone', async () => {
    const both = await app.ask('邯郸市政府办2024年微博微信发了多少条');
    expect(values(both), both.answer).toEqual([3120]);
    expect(both.answer.split('\n')[0]).toMatch(/微信.*微博|微博.*微信/);
    const weibo = await app.ask('邯郸市政府办2024年微博发了多少条');
    expect(values(weibo), weibo.answer).toEqual([]);
  });

  it('线上线下一共 sums the two ways of applying, stating both', async () => {
    const answer = await app.ask('南昌县2023年线上线下一共受理多少申请');
    expect(values(answer), answer.answer).toEqual(expect.arrayContaining([48, 7]));
    expect(answer.answer).toContain('55');
  });
});
