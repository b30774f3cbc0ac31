/**
 * gaps77's classes (gap lines of the real-questions sets), on made-up reports: 申晴收了几件 (a homophone of 申请 before 收) is the
 * applications received; 信访举报投诉类的 (table 三's row name, 申请 left off) is that row, never the rules on complaining;
 * 微信公众号粉丝多少 against 关注用户突破12万 (a count of people in 万 with no measure word) is that count, of the channel asked;
 * 占比多少 after a table 三 count (无法提供的几件) is the share a sentence prints beside the same count; 行政事业性收费 printed
 * to six decimals (万元 to the 分) is one cell, stated as printed; 呼市教育局 (a city called by its first character and 市, as its
 * people say it) is 呼和浩特市's, never another city starting with 呼; 规范性文件现行有效几件 against 制定…5件、废止2件、有效存续21件
 * is the count the status leads (any word for in force), never the first count of the run.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp, xigongAs } from '../../helpers.js';

/** Table 三's row `label` given the seven cells `cells` (自然人 … 总计) instead of its zeros. */
const withRow = (text: string, label: string, cells: readonly number[]) =>
  text.replace(new RegExp(`(${label.replace(/[()]/g, '\\$&')})((?:\\t0){7})`), `$1${cells.map((cell) => `\t${cell}`).join('')}`);

const water = (() => {
  let text = xigongAs(
    '东岭县水利局',
    '东岭县',
    '2024年,我局主动公开政府信息80条。“东岭水利”微信公众号关注用户突破12万,微博粉丝达3.5万,政务新媒体粉丝总量约20万人。',
    '2024年共收到政府信息公开申请20件,其中予以公开10件,占50%;无法提供6件,占30%;不予处理4件,占20%。',
  );
  text = withRow(text, '一、本年新收政府信息公开申请数量\t', [20, 0, 0, 0, 0, 0, 20]);
  text = withRow(text, '(一) 予以公开', [10, 0, 0, 0, 0, 0, 10]);
  text = withRow(text, '1. 本机关不掌握相关政府信息', [6, 0, 0, 0, 0, 0, 6]);
  text = withRow(text, '1. 信访举报投诉类申请', [4, 0, 0, 0, 0, 0, 4]);
  text = withRow(text, '(七) 总计\t', [20, 0, 0, 0, 0, 0, 20]);
  return text.replace(/行政事业性收费\t0/, '行政事业性收费\t318.204517');
})();

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('gaps77 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['water.txt', water],
      ['school.txt', xigongAs('呼和浩特市教育局', '呼和浩特市', '2024年,我局主动公开政府信息35条。', '2024年未收到政府信息公开申请。')],
      [
        'rules.txt',
        `西河区司法局2025年政府信息公开工作年度报告
本报告所列数据统计期限为2025年1月1日至12月31日。
一、总体情况
(一)主动公开。全年主动公开政府信息96条,制定行政规范性文件5件、废止2件、有效存续21件,均在门户网站专栏公开。
(二)依申请公开。2025年共收到政府信息公开申请3件。
(三)政府信息管理
严格落实“三审三校”制度,对
`,
      ],
      [
        'pasture.txt',
        xigongAs('呼伦贝尔市林业和草原局', '呼伦贝尔市', '2024年,我局主动公开政府信息61条。', '2024年未收到政府信息公开申请。'),
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('申晴收了几件 in a conversation is the applications received (申晴 a homophone of 申请)', async () => {
    const [, received] = await converse(app, 'g77-typo', ['东岭县水利局2024年主动公开多少条', '申晴收了几件']);
    expect(values(received)).toContain(20);
    expect(received.answer).toContain('20');
  });

  it('信访举报投诉类的 is table 三’s row 信访举报投诉类申请, named or in a conversation, never the rules on complaints', async () => {
    const [named] = await converse(app, 'g77-petition-named', ['东岭县水利局2024年信访举报投诉类的几件']);
    expect(values(named)).toEqual([4]);
    const [, followUp] = await converse(app, 'g77-petition', ['东岭县水利局2024年本机关不掌握的几件', '信访举报投诉类的']);
    expect(values(followUp)).toEqual([4]);
    expect(followUp.answer).not.toContain('复议');
  });

  it('微信公众号粉丝多少 against 关注用户突破12万 is that count in 万人', async () => {
    const [wechat] = await converse(app, 'g77-fans', ['东岭县水利局2024年微信公众号粉丝多少']);
    expect(values(wechat)).toContain(12);
    expect(wechat.answer).toContain('12万');
    const [weibo] = await converse(app, 'g77-fans-weibo', ['东岭县水利局2024年微博粉丝有多少']);
    expect(values(weibo)).toContain(3.5);
  });

  it('占比多少 after a table 三 count is the share the prose prints beside that count, and no other', async () => {
    const [, count, share] = await converse(app, 'g77-share', ['东岭县水利局2024年主动公开多少条', '无法提供的几件', '占比多少']);
    expect(values(count)).toContain(6);
    expect(values(share)).toEqual([30]);
    expect(share.answer).toContain('30%');
  });

  it('行政事业性收费 printed to six decimals (万元 to the 分) is stored and stated as printed', async () => {
    const [fee] = await converse(app, 'g77-fee', ['东岭县水利局2024年行政事业性收费多少万元']);
    expect(values(fee)).toEqual([318.204517]);
    expect(fee.answer).toContain('318.204517万元');
  });

  it('呼市教育局 is 呼和浩特市教育局 (the spoken short form), not 呼伦贝尔市’s bureau', async () => {
    const [school] = await converse(app, 'g77-city', ['呼市教育局2024年主动公开了多少条']);
    expect(values(school)).toEqual([35]);
    expect(school.answer).toContain('呼和浩特市教育局');
  });

  it('规范性文件现行有效几件 against 制定…5件、废止2件、有效存续21件 is 21, never the 5 made', async () => {
    const [valid] = await converse(app, 'g77-valid', ['西河区司法局2025年规范性文件现行有效几件']);
    expect(values(valid)).toEqual([21]);
  });
});
