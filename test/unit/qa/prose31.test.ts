/**
 * prose31's classes (the folder tests' prose gap lines), on made-up pages: an agency named in full and then again by a short
 * form the store does not hold (某某开发区管理委员会某某开发区管委会2024年…) is its name said twice; a question closing what it
 * names as the report closes a list (通知公告等内容, 防汛救灾各类信息) asks the list's joint count; 共受理申请多少件 where the
 * prose's whole and table 三 disagree says both, not the table's alone; a change asked with no thing named (跟上年相比减少
 * 多少件) is the one change of a count the report prints in that unit; an average time printed (平均答复时间3个工作日) is a figure;
 * 2024年会办多少件 (a past year named) asks the jointly handled, 会办, not a forecast.
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
  'zone.txt': cut(
    '北川市北湖生态经济开发区管理委员会2024年政府信息公开工作年度报告',
    '(一)主动公开。2024年,开发区全年主动公开政府信息512条,其中网站信息300条、微信信息212条。\n(二)依申请公开。2024年共收到政府信息公开申请2件。',
  ),
  'water.txt': cut(
    '东林市水务局2024年政府信息公开工作年度报告',
    '(一)主动公开。依托门户网站,主动公开通知公告、规划计划、人事信息、统计数据等内容266条。二是围绕防汛救灾,及时发布预警信息、避险指南、救助政策、安置点等各类信息88条。\n(二)依申请公开。2024年共收到政府信息公开申请4件。',
  ),
  'emergency.txt': cut(
    '西河县应急管理局2024年政府信息公开工作年度报告',
    '(一)主动公开。2024年主动公开政府信息130条。\n(二)依申请公开。2024年共收到政府信息公开申请9件,与上年相比减少了4件,均在法定期限内答复。\n(三)政民互动。局长信箱回复来信26件,平均答复时间3个工作日。2024年,共办理人大代表建议、政协提案18件,其中主办11件、会办7件。',
  ),
  'office.txt': xigongAs(
    '南溪县人民政府办公室',
    '南溪县',
    '2024年,全县门户网站主动公开政府信息3100条。',
    '2024年,县政府（办公室）共受理公开申请15件,均在法定期限内予以办理。',
  ).replace(/一、本年新收政府信息公开申请数量[^\n]*/, '一、本年新收政府信息公开申请数量\t\t12\t0\t0\t0\t0\t0\t12\t'),
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('prose31 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('an agency named in full and again by an unstored short form (…管理委员会北湖开发区管委会2024年) asks the thing after it', async () => {
    const [twice, bracketed] = await converse(app, 'p31-twice', [
      '北川市北湖生态经济开发区管理委员会北湖开发区管委会2024年主动公开政府信息多少条？',
      '北川市北湖生态经济开发区管理委员会（北湖经开区）的微信信息多少条',
    ]);
    expect(values(twice)).toEqual([512]);
    expect(values(bracketed)).toEqual([212]);
  });

  it('a question closing its item as the list is closed (通知公告等内容, 防汛救灾各类信息) asks the joint count', async () => {
    const [notices, flood] = await converse(app, 'p31-list', [
      '东林市水务局2024年主动公开通知公告等内容多少条？',
      '东林市水务局2024年发布防汛救灾各类信息多少条',
    ]);
    expect(values(notices)).toEqual([266]);
    expect(values(flood)).toEqual([88]);
    // (One item asked alone is still no count of it.)
    const [alone] = await converse(app, 'p31-list-alone', ['东林市水务局2024年发布了多少条通知公告？']);
    expect(values(alone)).toEqual([]);
  });

  it('共受理申请多少件 where the prose says 15 and table 三 12 new: both said, the disagreement named (it answered 12 alone)', async () => {
    const [whole] = await converse(app, 'p31-whole', ['南溪县人民政府办公室2024年共受理公开申请多少件？']);
    expect(values(whole)).toEqual([15, 12]);
    expect(whole.answer).toContain('不一致');
    // (新收 asked is the table's row.)
    const [received] = await converse(app, 'p31-new', ['南溪县人民政府办公室2024年新收申请多少件？']);
    expect(values(received)).toEqual([12]);
  });

  it('跟上年相比减少多少件 with no thing named: the one change of a count the report prints (9件,与上年相比减少了4件)', async () => {
    const [fewer] = await converse(app, 'p31-change', ['西河县应急管理局2024年跟上年相比减少多少件？']);
    expect(values(fewer)).toEqual([4]);
    expect(fewer.answer).toContain('减少了4件');
    // (The other way asked is no figure the report prints: not answered with the fall.)
    const [more] = await converse(app, 'p31-change-more', ['西河县应急管理局2024年比去年增加多少件？']);
    expect(values(more)).toEqual([]);
  });

  it('平均答复时间几个工作日: the average the report prints is said and held as a figure (3), not only quoted', async () => {
    const [average] = await converse(app, 'p31-average', ['西河县应急管理局2024年平均答复时间几个工作日？']);
    expect(average.answer).toContain('3个工作日');
    expect(values(average)).toEqual([3]);
  });

  it('2024年会办多少件 with the year past: the 会办 the report prints (7), no forecast refused; 明年会办多少件 still is', async () => {
    const [joint] = await converse(app, 'p31-joint', ['西河县应急管理局2024年会办多少件？']);
    expect(values(joint)).toEqual([7]);
    const [future] = await converse(app, 'p31-future', ['西河县应急管理局明年会办多少件？']);
    expect(future.kind).toBe('refusal');
    expect(future.answer).toContain('无法预测');
  });
});
