/**
 * prose32's classes (the folder tests' prose gap entries), on made-up pages cut before their tables: a channel asked
 * (微博发布各类信息多少条) against a headline over several channels (2024年全乡通过政府网站、公开专栏…等途径公开各类政府信息215条次,
 * 其中:…通过政务微博发布…各类信息160条) is the part whose own clause names that channel, never the headline; and the headline
 * whose clause names other channels only, the year written before them, is never the count of the channel asked. A bare
 * change asked as citizens say it (那个X就是2024年那个比上年减少几件, 减少了有几件呢, the year after: 比上年减少几件，2024年的) is
 * the change the report prints (申请15件,比上年减少4件); a bare rate said so (那个X就是2024年那个同比增长百分之几) the one rate
 * it prints.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const cut = (title: string, body: string) => `${title}
本报告所列数据统计期限为2024年1月1日至12月31日。
一、总体情况
${body}
(三)政府信息管理
严格落实“三审三校”制度,对
`;

const REPORTS: Record<string, string> = {
  'town.txt': cut(
    '清河县北沙乡人民政府2024年政府信息公开工作年度报告',
    '(一)主动公开。2024年全乡通过政府网站、公开专栏、村民大会、电子屏等途径向社会公开各类政府信息215条次,其中:通过政府网站公开乡领导分工3条、规划文件9条,通过政务微博公开惠农补贴政策、乡村振兴项目、乡村工作动态各类信息160条,全年书记信箱留言答复12条。\n(二)依申请公开。2024年共收到政府信息公开申请15件,比上年减少4件。',
  ),
  'street.txt': cut(
    '东川区南岭街道办事处2024年政府信息公开工作年度报告',
    '(一)主动公开。2024年全街道通过政府网站、公开专栏、居民会议、电子屏等途径向社会公开各类政府信息184条次,其中:通过政府网站公开街道领导分工4条、通知文件11条,微信公众号关注人数1200人,全年主任信箱留言答复9条。\n(二)依申请公开。2024年共收到政府信息公开申请2件。全年办理群众来信52封,同比增长12.5%。',
  ),
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('prose32 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('微博公开各类信息多少条 is the part on the 微博 (160), not the headline over other channels (215)', async () => {
    const [posted] = await converse(app, 'p32-channel-part', ['北沙乡人民政府2024年政务微博公开各类信息多少条？']);
    expect(values(posted)).toEqual([160]);
  });

  it('公众号公开各类信息多少条 against a headline over other channels only is never that headline', async () => {
    const [posted] = await converse(app, 'p32-channel-none', ['南岭街道办事处2024年微信公众号公开各类信息多少条？']);
    expect(values(posted)).not.toContain(184);
    expect(posted.kind).toBe('refusal');
  });

  it('a bare change said with 那个…就是, 有 before 几, 呢, or the year after, is the change the report prints (4件)', async () => {
    for (const [index, question] of [
      '那个北沙乡人民政府就是2024年那个比上年减少几件',
      '北沙乡人民政府2024年比上年减少了有几件呢',
      '北沙乡人民政府比上年减少几件，2024年的',
    ].entries()) {
      const [change] = await converse(app, `p32-change-${index}`, [question]);
      expect(values(change), question).toEqual([4]);
      expect(change.answer).toContain('比上年减少4件');
    }
  });

  it('a bare rate said with 那个…就是 is the one rate the report prints (12.5%)', async () => {
    const [rate] = await converse(app, 'p32-rate', ['那个南岭街道办事处就是2024年那个同比增长百分之几']);
    expect(values(rate)).toEqual([12.5]);
  });
});
