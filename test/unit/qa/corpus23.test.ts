/**
 * Classes closed over reports-more23 (real pages, test/fixtures/reports-more23), each with the real sentence and a made-up one:
 * a count a template filled in between brackets before its measure word (发布政务信息(1386)条, 提案共(29)件) is a figure, stored
 * as a prose figure and read by sentence retrieval, the clause quoted as printed, brackets and all; numbering in brackets
 * ((一), (2)) before no measure word stays no figure. A count carried over asked (上年结转的申请有几件) is never answered from
 * the year's new applications beside it (2025年度新收…申请数量40件,2024年结转7件): only a clause that says 结转 answers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractProseFigures } from '../../../src/report/prose.js';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

describe('corpus23 classes: counts printed between brackets', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'haikou-gxq.txt',
        `海口国家高新区2022年政府信息公开工作年度报告
一、总体情况
(一)主动公开方面。一是通过海口国家高新区门户网站发布政务信息(1386)条,其中:概况类信息(22)条、政务动态信息(1335)条,信息公开目录(350)条。
(四)建议提案办理结果公开情况
认真办理人大代表和政协委员提出的建议和提案,2022年承办人大代表建议、政协委员提案共(29)件全部办结,其中主办(6)件,协办(23)件全部反馈主办单位。
`,
      ],
      [
        'rugao-gxq.txt',
        `江苏省如皋高新技术产业开发区管理委员会2025年政府信息公开工作年度报告
一、总体情况
2.依申请公开办理情况。我区坚持严格把关,有效规范行政机关办理程序。2025年度新收政府信息公开申请数量40件,2024年结转7件
`,
      ],
      [
        'baihe-zj.txt',
        `白河县住房和城乡建设局2023年政府信息公开工作年度报告
一、总体情况
(二)依申请公开情况。2023年度新收政府信息公开申请数量12件,上年结转2件,均已按期答复。
`,
      ],
      [
        'qingshan-sw.txt',
        `青山县商务局2023年政府信息公开工作年度报告
一、总体情况
(一)主动公开情况。2023年,我局在县政府网站主动公开政府信息（57）条,通过“青山商务”公众号推送信息（112）条。
`,
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('the real sentence: a count between brackets is the figure asked, quoted as printed', async () => {
    const answer = await app.ask('海口国家高新区2022年门户网站发布政务信息多少条');
    expect(answer.facts.map((fact) => fact.value)).toEqual([1386]);
    expect(answer.answer).toContain('(1386)条');
    const proposals = await app.ask('海口国家高新区2022年承办建议提案多少件');
    expect(proposals.facts.map((fact) => fact.value)).toEqual([29]);
  });

  it('a made-up report with full-width brackets: the count asked, each channel its own', async () => {
    const site = await app.ask('青山县商务局2023年主动公开政府信息多少条');
    expect(site.facts.map((fact) => fact.value)).toEqual([57]);
    const account = await app.ask('青山县商务局2023年公众号推送信息多少条');
    expect(account.facts.map((fact) => fact.value)).toEqual([112]);
  });

  it('a count carried over asked is never the new applications the clause before counts', async () => {
    const real = await app.ask('如皋高新区2025年上年结转的申请有几件');
    expect(real.facts.map((fact) => fact.value)).not.toContain(40);
    const madeUp = await app.ask('白河县住建局2023年上年结转的申请有几件');
    expect(madeUp.facts.map((fact) => fact.value)).toEqual([2]);
  });

  it('prose extraction reads the bracketed count with its label and keeps the sentence as printed; numbering stays none', () => {
    const [figure] = extractProseFigures('2023年,我局主动公开政府信息（57）条。', 'overview');
    expect(figure).toMatchObject({ key: 'proactive_items', value: 57, unit: '条' });
    expect(figure.sentence).toContain('（57）条');
    expect(extractProseFigures('(2)项目审批结果及时公开。', 'overview')).toEqual([]);
  });
});
