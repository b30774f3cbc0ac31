/**
 * corpus49's classes (real-questions-corpus49 over reports-more55), on made-up pages cut before their tables:
 * - 政协委员提案办理结果公开几件: the 结果 of a 办理结果 (or 审计结果, 处理结果) before 公开 is the noun published, not “in the end”
 *   (最后公开了几件, which asks applications granted, 予以公开): it was rewritten to 予以公开 and answered with the headline.
 * - 收到建议提案几件 against a list's item split off its verb (a sentence over the stored length cut at its last 、: …,共收到县人大、|政协建议提案4件,均…办结回复…进行公示): the
 *   proposals counted right after their name, with no publishing verb in that clause, are the count asked, not a count of
 *   items published about them (公开政协提案办理情况12项 still is).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const REPORTS: Record<string, string> = {
  'commission.txt': `甘肃省发展和改革委员会2023年政府信息公开工作年度报告
本年度报告中所列数据统计期限从2023年1月1日起至2023年12月31日止。
一、总体情况
(一)主动公开情况
全年通过门户网站主动公开各类政府信息3120条,政务微信公众号推送信息860条,公开省人大代表建议办理结果71件,省政协委员提案办理结果58件。
`,
  'county.txt': `根据《中华人民共和国政府信息公开条例》,现将科右前旗应急管理局2023年度政府信息公开工作年度报告如下。
一、总体情况
(一)主动公开。2023年,旗应急管理局共公开各类政务信息96条,其中政务公开专栏51条(包括公开指南1条、信息公开年报1条、预算公开1条、决算公开1条、法规公文2条、规划计划1条、行政职权1条、财政信息9条、人事信息4条、统计信息2条、业务工作20条、其他8条),政府信息公开45条(包括机关简介-机构职能1条、政策解读3条、重点领域-安全生产25条、重点领域-应急管理16条),共收到旗人大、政协建议提案7件,均及时进行了办结回复,7件主办件已全部办结回复并在门户网站进行公示,做到了满意率、办复率、公示率100%
(二)依申请公开。2023年,旗应急管理局未收到政府信息公开申请。
`,
  'bureau.txt': `庄浪县农业农村局2023年政府信息公开工作年度报告
本报告中所列数据统计期限自2023年1月1日起至2023年12月31日止。
一、总体情况
(一)主动公开情况。2023年主动公开政府信息150条,公开政协提案办理情况12项。
`,
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('corpus49 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('政协委员提案办理结果公开几件 is the proposals’ count, not the headline', async () => {
    const [answer] = await converse(app, 'c49-result', ['甘肃省发展和改革委员会2023年政协委员提案办理结果公开几件']);
    expect(values(answer)).toEqual([58]);
  });

  it('人大代表建议办理结果公开了多少件 alike', async () => {
    const [answer] = await converse(app, 'c49-result2', ['甘肃省发改委人大代表建议办理结果公开了多少件']);
    expect(values(answer)).toEqual([71]);
  });

  it('收到建议提案几件: the proposals counted right after their name in a clause of their own', async () => {
    const [answer] = await converse(app, 'c49-proposals', ['科右前旗应急管理局2023年收到人大政协建议提案几件']);
    expect(answer.kind).toBe('figure');
    expect(values(answer)).toEqual([7]);
  });

  it('a count of items published about proposals is still no count received', async () => {
    const [answer] = await converse(app, 'c49-published', ['庄浪县农业农村局2023年收到政协提案几件']);
    expect(answer.kind).toBe('refusal');
    expect(answer.answer).toContain('没有写明收到');
  });
});
