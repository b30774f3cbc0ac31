/**
 * Classes closed over reports-more25 (real pages, test/fixtures/reports-more25), each with the real sentence and a made-up one:
 * a count of applications coming in (收到, 新收) is never read from a clause carried over (上年结转申请21件): the sentence's
 * own clause of the stage asked answers (本年新收434件); a count handled (共办结申请127件) answers only where no sentence counts
 * them coming in. A list
 * of kinds closed by 等政府信息共104条 counts them together: one item of it asked is not given that total. A year naming last
 * year's report published this year (2021年政府信息公开工作年度报告1条, 2021年度法治政府建设情况报告1条) dates no figure after it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

describe('corpus25 classes: the stage of applications asked, joint counts closed by 等政府信息, report years', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'beibei.txt',
        `重庆市北碚区人民政府2022年政府信息公开工作年度报告
一、总体情况
(二)依申请公开工作情况。2022年,全区共收到信息公开申请130件,其中向区政府及各部门提出的信息公开申请共94件,向各街镇提出的信息公开申请共36件。本年度共办结信息公开申请127件,3件结转至下年度继续办理。
`,
      ],
      [
        'hebei-tj.txt',
        `天津市河北区2024年政府信息公开年度报告
一、总体情况
(二)依申请公开情况
上年结转政府信息公开申请21件,本年新收434件,办理434件,剩余21件结转下一年度处理。同意公开或部分公开247件。
`,
      ],
      [
        'qingshi-jd.txt',
        `青石县东城街道办事处2023年政府信息公开工作年度报告
一、总体情况
(二)依申请公开情况。上年结转政府信息公开申请2件,本年新收9件,办结11件。
(三)政府信息管理。全年办结信息公开申请11件。
`,
      ],
      [
        'tongliang-sw.txt',
        `重庆市铜梁区商务委员会2022年政府信息公开工作年度报告
一、总体情况
(一)主动公开。在区商务委小首页主动公开2022年印发的规范性文件及解读材料、项目资金使用情况、生活必需品价格运行情况分析、信件办理等政府信息共104条。其中,政府信息公开指南(2022年版)1条,2021年政府信息公开工作年度报告1条,2021年度法治政府建设情况报告1条,发布文件通知8条,生活必需品价格运行情况分析54条,人大建议、政协提案办理结果复函17条。
`,
      ],
      [
        'qingshi-ny.txt',
        `青石县农业农村局2023年政府信息公开工作年度报告
一、总体情况
(一)主动公开。全年主动公开工作动态、通知公告、惠农补贴公示等政府信息共88条。其中,2022年度部门决算1条,2022年政府信息公开工作年度报告1条,惠农补贴公示23条。
`,
      ],
    ]);
  });
  afterAll(() => app.dispose());

  const values = async (question: string) => (await app.ask(question)).facts.map((fact) => fact.value);

  it('the real sentences: applications received is never the count handled or carried over beside it', async () => {
    expect(await values('北碚区2022年全区一共收到多少件信息公开申请')).toEqual([130]);
    expect(await values('天津河北区2024年新收了多少件政府信息公开申请')).toEqual([434]);
  });

  it('a made-up report: 新收 asked takes the clause that says it, never 上年结转 or 办结', async () => {
    const received = await values('东城街道2023年新收了几件信息公开申请');
    expect(received).toEqual([9]);
    expect(received).not.toContain(2);
    expect(received).not.toContain(11);
  });

  it('one item of a list closed by 等政府信息共 is not given the total; its own count after a report-year item is', async () => {
    expect(await values('铜梁区商务委2022年生活必需品价格运行情况分析发了多少条')).toEqual([54]);
    expect(await values('青石县农业农村局2023年惠农补贴公示多少条')).toEqual([23]);
  });
});
