/**
 * wrongfig46's classes (real-questions-wrongfig46), on a made-up report with full tables (西工区's sample, renamed and
 * refilled): 行政诉讼几件 adds table 四's two parts (未经复议直接起诉, 复议后起诉) and states the whole, so 复议和诉讼一共
 * adds the reviews to both parts, never to the first part alone; 其他处理里面那个“其他” is the row 3.其他, not the 其他
 * (organisations) column; 这个数对吗 是不是4 checks the number against the last figure answered, with no unit said;
 * 南岗发布微信公众号粉丝多少 in a conversation about 南岗市人民政府办公厅 is that office's account, never the report of 南岗市人民政府
 * the place's name would pick; 行政事业性收费多少万 and 信息处理费收了多少钱 after a question of another table are the agency's
 * own figures, never the rules on what applying costs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp, xigongAs } from '../../helpers.js';

const row = (label: string, cells: readonly number[]) => `${label}\t\t${cells.join('\t')}\t`;

/** 西工区's sample as 东岭县人民政府 2024, table 三 and 四 refilled with made-up figures that add up. */
function dongling(): string {
  const sample = readFileSync(join(__dirname, '..', '..', '..', 'data', 'reports', 'xigong-kjj-2024.txt'), 'utf8');
  return sample
    .replaceAll('西工区科学技术局', '东岭县人民政府')
    .replaceAll('西工区', '东岭县')
    .replace(/^一、本年新收政府信息公开申请数量.*$/m, row('一、本年新收政府信息公开申请数量', [9, 0, 0, 0, 0, 2, 11]))
    .replace(/^三、本年度办理结果\t\(一\) 予以公开.*$/m, `三、本年度办理结果\t(一) 予以公开\t${[4, 0, 0, 0, 0, 0, 4].join('\t')}\t`)
    .replace(/^(\t\(六\) 其他处理\t1\. [^\t]*)\t.*$/m, `$1\t${[2, 0, 0, 0, 0, 0, 2].join('\t')}`)
    .replace(/^3\. 其他\t.*$/m, row('3. 其他', [3, 0, 0, 0, 0, 2, 5]))
    .replace(/^\(七\) 总计\t.*$/m, row('(七) 总计', [9, 0, 0, 0, 0, 2, 11]))
    .replace(/^0(?:\t0){14}$/m, [2, 1, 0, 0, 3, 1, 0, 0, 1, 2, 3, 0, 1, 0, 4].join('\t'));
}

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

/** 南岗市人民政府办公厅 (its account “南岗发布”, a fee of 3.5万元 in table 二, 信息处理费 in section 六) beside a report titled 南岗市 (as 上海市's is). */
function nangang(): Array<[string, string]> {
  const office = xigongAs(
    '南岗市人民政府办公厅',
    '南岗市',
    '全年主动公开信息300条。“南岗发布”微信公众号粉丝达120万,全年推送信息900条。',
    '2024年共收到政府信息公开申请5件。',
  )
    .replace(/^行政事业性收费\t0/m, '行政事业性收费\t3.5')
    .replace(/#### 六、其他需要报告的事项\n/, '#### 六、其他需要报告的事项\n本年度收取信息处理费共计200元。\n');
  const government = xigongAs('南岗市', '南岗市', '全年主动公开信息800条。', '2024年共收到政府信息公开申请9件。');
  return [
    ['nangang-office.txt', office],
    ['nangang.txt', government],
  ];
}

describe('wrongfig46 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [['dongling.txt', dongling()], ...nangang()]);
  });
  afterAll(() => app.dispose());

  it('行政诉讼几件 states the two parts added up (2 + 4 = 6), the whole first', async () => {
    const lawsuits = await app.ask('东岭县2024年行政诉讼几件');
    expect(values(lawsuits)).toEqual([6, 2, 4]);
    expect(lawsuits.answer).toContain('行政诉讼共6件（未经复议直接起诉2件＋复议后起诉4件');
  });

  it('诉讼结果维持的几件 adds the 维持 of both parts and says which column', async () => {
    const upheld = await app.ask('东岭县2024年诉讼里结果维持的几件');
    expect(values(upheld)[0]).toBe(4);
    expect(upheld.answer).toContain('行政诉讼（结果维持）共4件');
  });

  it('行政复议和诉讼一共多少件 adds the reviews to the whole of the lawsuits: 3 + 6 = 9, never 3 + 2', async () => {
    const both = await app.ask('东岭县2024年行政复议和诉讼一共办了多少件');
    expect(both.answer).toContain('两项合计9件');
    expect(both.answer).not.toContain('合计5件');
  });

  it('其他处理里面那个“其他” is the row 3.其他 (5), not the 其他组织 column of the group', async () => {
    const quoted = await app.ask('东岭县2024年其他处理里面那个“其他”几件');
    expect(values(quoted)).toEqual([5]);
    const bare = await app.ask('东岭县2024年其他处理中的其他有几件');
    expect(values(bare)).toEqual([5]);
    // The group alone is still the group: 2 + 0 + 5.
    const group = await app.ask('东岭县2024年其他处理几件');
    expect(values(group)[0]).toBe(7);
  });

  it('这个数对吗 是不是4 checks the number said against the last figure, its unit unsaid', async () => {
    const [, right, wrong] = await converse(app, 'w46-check', [
      '东岭县2024年予以公开几件',
      '这个数对吗 是不是4',
      '那个数字准不准？是6件吧',
    ]);
    expect(right.answer).toMatch(/^对，是4件/);
    expect(values(right)).toEqual([4]);
    expect(wrong.answer).toMatch(/^不是6件/);
    expect(values(wrong)).toEqual([4]);
  });

  it('南岗发布微信公众号粉丝多少 about 南岗市人民政府办公厅 is its account, not 南岗市’s report the place names', async () => {
    const [, followers, pushed] = await converse(app, 'w46-account', [
      '南岗市人民政府办公厅2024年收到几件申请',
      '南岗发布微信公众号粉丝多少',
      '南岗发布公众号推送了多少条',
    ]);
    // (粉丝达120万 is not yet read as a count of people: the office's report is searched, never 南岗市's.)
    expect(followers.answer).toContain('南岗市人民政府办公厅');
    expect(followers.answer).not.toContain('《南岗市2024');
    expect(values(pushed)).toEqual([900]);
  });

  it('行政事业性收费多少万 / 信息处理费收了多少钱 after a question of table 四 are the agency’s own figures', async () => {
    const [, fee, processing] = await converse(app, 'w46-fee', [
      '南岗市人民政府办公厅2024年行政复议几件',
      '行政事业性收费多少万',
      '信息处理费收了多少钱',
    ]);
    expect(fee.kind).toBe('figure');
    expect(values(fee)).toEqual([3.5]);
    expect(processing.kind).toBe('figure');
    expect(values(processing)[0]).toBe(200);
    expect(processing.answer).toContain('信息处理费共计200元');
  });
});
