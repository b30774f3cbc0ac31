/**
 * qachat44's classes (citizen-questions-76), each on made-up pages: a ranking of 收到的申请 across agencies takes, for a report
 * whose table 三 is cut, the count its text states (收到申请300件), beside the tables' counts, never only the one report with a
 * table; a bare 加起来多少 after three channels asked one by one of one sentence (网站, 那公众号呢, 微博呢) sums all three, not the
 * last two; a city named by its own name of two before a joiner (青崖和东坪县文旅局…加起来) is the first agency of the two, not
 * dropped; 政测解读 and 网占发布 are homophones typed for 政策解读 and 网站.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp, xigongAs } from '../../helpers.js';

const cut = (title: string, body: string) => `${title}
本报告所列数据统计期限为2024年1月1日至12月31日。
一、总体情况
${body}
(三)政府信息管理
严格落实“三审三校”制度,对
`;

const REPORTS: Record<string, string> = {
  'county.txt': `北河县2024年政府信息公开工作年度报告
本报告统计期限为2024年1月1日至2024年12月31日。如对本报告有任何疑问,请与北河县政府信息公开日常受理机构(北河县政务服务中心)联系(地址:北河县滨河路9号,电话:0999-1234567)。
一、总体情况
(一)主动公开情况。县政府门户网站发布信息900条。
(三)政府信息管理
严格落实“三审三校”制度,对
`,
  'city.txt': cut(
    '青崖市2024年政府信息公开工作年度报告',
    '(一)主动公开情况。2024年全市通过政府网站公开各类政府信息3000余条。\n(二)依申请公开情况。2024年全市新受理政府信息公开申请300件,其中自然人申请280件,法人或其他组织申请20件。',
  ),
  'culture.txt': cut(
    '东坪县文化和旅游局2024年政府信息公开工作年度报告',
    '(一)主动公开情况。通过门户网站发布政府信息120条,微信公众号发布240条,微博发布75条。全年累计发布政策解读12条。\n(二)依申请公开情况。全年共收到政府信息公开申请90件,均按时答复。',
  ),
  'tables.txt': xigongAs('北坝区统计局', '北坝区', '全年主动公开信息50条。', '全年未收到政府信息公开申请。'),
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('qachat44 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('哪个单位收到的申请最多 ranks the counts the texts state beside the tables’ cells', async () => {
    const answer = await app.ask('2024年哪个单位收到的公开申请最多');
    expect(answer.kind).toBe('figure');
    expect(answer.answer).toMatch(/最多的是青崖市300件/);
    expect(answer.answer).toContain('东坪县文化和旅游局90件');
    expect(answer.answer).toContain('北坝区统计局0件');
    expect(answer.answer).toContain('据其正文');
    expect(values(answer)).toContain(300);
  });

  it('加起来多少 after three channels of one sentence asked one by one sums the three', async () => {
    const [site, account, weibo, sum] = await converse(app, 'qc44-sum', [
      '东坪县文旅局24年网站发了多少条信息',
      '那公众号呢',
      '微博呢',
      '加起来多少',
    ]);
    expect(values(site)).toEqual([120]);
    expect(values(account)).toEqual([240]);
    expect(values(weibo)).toEqual([75]);
    expect(sum.answer).toContain('435');
    expect(values(sum)).toEqual(expect.arrayContaining([120, 240, 75, 435]));
  });

  it('a city named by its own name of two before 和 and another agency is asked too', async () => {
    const answer = await app.ask('青崖和东坪县文旅局24年收到的申请加起来多少');
    expect(answer.answer).toContain('390');
    expect(values(answer)).toEqual(expect.arrayContaining([300, 90]));
  });

  it('超过一千件吗 / 不到一百件吧 weigh the count against the number said, the verdict first', async () => {
    const over = await app.ask('青崖市24年是不是收到超过一千件申请');
    expect(over.answer.startsWith('没有，300件，不到1000件。')).toBe(true);
    expect(values(over)).toContain(300);
    const under = await app.ask('东坪县文旅局24年收到的申请不到一百件吧');
    expect(under.answer.startsWith('是，90件，不到100件。')).toBe(true);
    const above = await app.ask('青崖市24年收到申请超过200件吗');
    expect(above.answer.startsWith('是，300件，超过了200件。')).toBe(true);
  });

  it('A多还是B多 of one agency weighs both figures', async () => {
    const answer = await app.ask('东坪县文旅局24年公众号发的多还是微博发的多');
    expect(values(answer)).toEqual(expect.arrayContaining([240, 75]));
    expect(answer.answer).toContain('比微博多165条');
  });

  it('the body in brackets after 信息公开日常受理机构 is the office asked', async () => {
    const answer = await app.ask('北河县信息公开受理机构是哪个');
    expect(answer.answer).toContain('北河县政务服务中心');
  });

  it('政测解读 and 网占发布 are 政策解读 and 网站', async () => {
    expect(values(await app.ask('东坪县文旅局政测解读发了多少条'))).toEqual([12]);
    expect(values(await app.ask('东坪县文旅局网占发布了多少条'))).toContain(120);
  });
});
