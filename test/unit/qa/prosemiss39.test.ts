/**
 * Facts a report states in its prose that the engine refused (issue #11), each class on a made-up report: a change against
 * the year before stated as 与去年相比增加了N件 beside a count of a cut table's row; a count in another measure word with 余
 * before it (发布稿件310余期930篇) between the noun asked and its number; a count carried on into the next year printed with
 * that year's number (本年结转2025年…申请13条) asked as 结转到下一年; a rate asked by its name (办结率) never answered with
 * another thing's share (投诉类150条(占比75%)); and a region's short name inside an outlet's name (陕西新闻网, “陕西秦岭”政府门户
 * 网站) after an agency named in full is the outlet, not another agency to choose.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const values = (answer: { facts: ReadonlyArray<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('prose facts the engine refused (prosemiss39) on made-up reports', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'baishui-zhengfuban.txt',
        `白水县人民政府办公室2024年政府信息公开工作年度报告
一、总体情况
(一)主动公开情况。全年累计制作科普长图30余条,发布稿件310余期930篇,制作短视频48条。
(二)依申请公开情况。2024年接收依申请信息公开办理12件,与去年相比增加了5件,均规范予以答复。
(三)其他。协助处理12345热线工单200条,涵盖投诉类150条(占比75%)与政策咨询类50条(占比25%)。`,
      ],
      [
        'qinghe-tongji.txt',
        `青禾市统计局2024年政府信息公开工作年度报告
一、总体情况
(一)主动公开情况。我局及时发布政务动态120条。
(二)依申请公开情况。上年结转政府信息公开申请6条,已撤销申请9项,本年结转2025年政府信息公开申请13条。`,
      ],
      [
        'shaanxi-tiyu.txt',
        `陕西省体育局2024年政府信息公开工作年度报告
一、总体情况
全年主动公开政府信息310条。`,
      ],
      [
        'shaanxi-wenlv.txt',
        `陕西省文化和旅游厅2024年政府信息公开工作年度报告
一、总体情况
全年主动公开政府信息520条。`,
      ],
      [
        'dahe-zhen.txt',
        `白水县大河镇人民政府2024年政府信息公开工作年度报告
一、总体情况
从公开渠道来看,白水县人民政府网站公开信息11条,陕西新闻网等省市级平台公开信息33条,镇公开栏公开信息19条。
2024年,我镇在“陕西秦岭”政府门户网站主动公开各类信息共计27条。`,
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('与去年相比增加了5件 answers 比去年多了多少件 where no earlier report is stored', async () => {
    const [answer] = await converse(app, 'pm39-change', ['白水县人民政府办公室2024年收到的依申请公开比去年多了多少件']);
    expect(answer.answer).toContain('与去年相比增加了5件');
    expect(values(answer)).toContain(5);
    expect(answer.answer).not.toContain('无法比较');
  });

  it('发布稿件310余期930篇: the count in 篇 asked, past the count in 期', async () => {
    const [answer] = await converse(app, 'pm39-posts', ['白水县人民政府办公室2024年发布稿件多少篇']);
    expect(values(answer)).toContain(930);
  });

  it('结转到下一年的申请 is the count carried on into the year after, printed by its number', async () => {
    const [answer] = await converse(app, 'pm39-next', ['青禾市统计局2024年结转到下一年的申请几条']);
    expect(values(answer)).toContain(13);
    expect(values(answer)).not.toContain(6);
    const [again] = await converse(app, 'pm39-next-2', ['青禾市统计局2024年结转下年度的申请有几条']);
    expect(values(again)).toContain(13);
  });

  it('办结率 is never another share of the sentence (投诉类占比75%)', async () => {
    const [answer] = await converse(app, 'pm39-rate', ['白水县人民政府办公室2024年12345热线工单的办结率是多少']);
    expect(values(answer)).not.toContain(75);
    expect(answer.answer).not.toContain('75%');
  });

  it('陕西新闻网 and “陕西秦岭”政府门户网站 after an agency named in full are outlets, not agencies to choose', async () => {
    const [news] = await converse(app, 'pm39-outlet', ['白水县大河镇人民政府2024年在陕西新闻网等省市级平台公开了多少条信息']);
    expect(news.kind).not.toBe('clarify');
    expect(values(news)).toContain(33);
    const [portal] = await converse(app, 'pm39-portal', ['白水县大河镇人民政府2024年在陕西秦岭政府门户网站公开了多少条信息']);
    expect(portal.kind).not.toBe('clarify');
    expect(values(portal)).toContain(27);
  });
});
