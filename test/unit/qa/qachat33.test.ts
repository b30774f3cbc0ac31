/**
 * qachat33's classes (citizen-questions-61), each on made-up reports: a verb right after a whole agency's name before another
 * body (…医疗保障局紧扣国务院…) ends the name; an average time a report prints (平均处理答复时间3个工作日) answers 平均多久答复;
 * 其中X的呢 after a channel's count is the part that channel published, never the same part of another channel of the sentence.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp, xigongAs } from '../../helpers.js';

/** A page with no title, its agency named only by the first clause, as 繁体 mirrors print it. */
const NO_TITLE = `一、總體情況
2024年,南屏縣醫療保障局緊扣國務院、省、市政務公開工作部署核心要點,緊密圍繞縣委縣政府中心工作任務,堅持以人民為中心。
(一)主動公開工作情況
2024年,南屏縣醫療保障局在政府門戶網站主動公開各類信息共計52條,其中公示公告17條。
(二)依申請公開工作情況
2024年,南屏縣醫療保障局共收到依申請公開信息2件,均在規定時間內依法依規進行了答復和處理。
`;

const REPORTS: Record<string, string> = {
  'ybj.txt': NO_TITLE,
  'tyjr.txt': xigongAs(
    '北岭市退役军人事务局',
    '北岭市',
    '2024年,市退役军人局网站发布信息600条;微信公众号推送重点工作信息320条。在政策宣传解读方面,网站发布解读材料12篇,微信公众号推送解读信息30篇,组织政府开放日活动3次。',
    '2024年,市退役军人局共受理政府信息公开申请9件,平均处理答复时间3个工作日,全部按期办结,未收取政府信息公开申请费用。',
  ),
  'yjj-a.txt': xigongAs(
    '北岭市东湖区应急管理局',
    '北岭市东湖区',
    '2025年主动公开信息100条。其中政策文件5条,行政许可信息20条,应急管理信息60条,部门动态15条。',
    '2025年,我局接到2件政府信息公开申请。',
    2025,
  ),
  'yjj-b.txt': xigongAs('南屏市应急管理局', '南屏市', '全年通过政府网站发布信息800条。', '2025年,全局接收政府信息公开申请7件。', 2025),
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('qachat33 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('a verb after a whole agency name, before another body, is no part of the name (made up, 繁体, no title)', async () => {
    const [count] = await converse(app, 'c33-name', ['南屏县医保局2024年主动公开了多少条']);
    expect(values(count)).toEqual([52]);
    expect(count.answer).not.toContain('紧扣');
    expect(count.answer).not.toContain('緊扣');
  });

  it('平均多久答复 is answered with the average time the report prints; a report printing none still refuses', async () => {
    const [average] = await converse(app, 'c33-average', ['北岭市退役军人事务局24年平均多久答复']);
    expect(average.kind).toBe('text');
    expect(average.answer).toContain('3个工作日');
    const [none] = await converse(app, 'c33-average-none', ['南屏市应急管理局平均多久答复']);
    expect(none.kind).toBe('refusal');
  });

  it('其中解读的呢 after the 公众号 count is the 公众号 part (30), never the website part of the same sentence (12)', async () => {
    const [account, part, site] = await converse(app, 'c33-part', [
      '北岭市退役军人事务局24年微信公众号推了多少条',
      '其中解读的呢',
      '网站解读材料呢',
    ]);
    expect(values(account)).toEqual([320]);
    expect(values(part)).toEqual([30]);
    expect(values(site)).toEqual([12]);
  });
});
