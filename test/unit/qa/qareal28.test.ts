/**
 * real-questions-52's answer classes (reports-more29), each on the real sentence and a made-up second example: a list closed
 * by its own total (专题专栏包括组织机构4条、…,共发布86条) is asked that total by a question naming the list and none of its
 * items, and an item by a question naming it; a count of two things together (目录和我局专题专栏共188条) is no count of one
 * of them when another sentence counts it; 申请都办完了吗 against 共办结24件,结转到2025年办理7件 is not all finished; two parts
 * asked together (自然人和法人一共申请了多少件, 常务会议和全体会议一共) are added, the sum a figure of the answer; 发不会 is 发布会.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const values = (answer: { facts: ReadonlyArray<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('real-questions-52 classes on real sentences and made-up reports', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      // The real sentences (reports-more29/06, a 繁体 page, and 02), cut to what is asked.
      [
        'pengjiang.txt',
        `蓬江區發展和改革局2024年度政府信息公開工作年度報告
一、總體情況
2024年,主動公開政府信息公開目錄和我局專題專欄共188條。其中政府信息公開目錄中公開政府信息公開年度報告1條,組織機構4條、部門文件22條、行政執法3條、公告公示12條、工作動態53條、財政預決算4條、其他3條,共發布102條;專題專欄包括組織機構4條、價格收費52條、投資管理18條、重點項目12條,共發布86條。`,
      ],
      [
        'dongbao.txt',
        `东宝区2024年政府信息公开工作年度报告
一、总体情况
(二)政府信息依申请公开情况。2024年全区共收到依申请公开件30件,上年度结转办理件1件,共办结24件,结转到2025年办理7件。`,
      ],
      [
        'changchun.txt',
        `长春市人民政府办公厅2024年政府信息公开工作年度报告
一、总体情况
(二)依申请公开方面
2024年,共受理政府信息公开申请95件,其中自然人申请89件,法人或其他组织申请6件。`,
      ],
      [
        'datong.txt',
        `大同市人民政府办公室2024年政府信息公开工作年度报告
一、总体情况
(一)主动公开
2024年,在市政府门户网站公开发布市政府和市政府办公室文件84件,主动公开市政府常务会议13次,市政府全体会议1次,新闻发布会39场,回应热点关切32次,政策解读123件,多样化解读达30%,实现政府信息高普及、高覆盖、高知晓。`,
      ],
      // Made-up second examples of each class.
      [
        'qingshi.txt',
        `青石县交通运输局2024年政府信息公开工作年度报告
一、总体情况
(一)主动公开情况。2024年,通过门户网站和我局公众号共发布信息300条。门户网站设有法规文件、通知公告等栏目,共更新信息120条。公众号栏目包括行业动态40条、便民服务25条、安全提示15条,共推送80条。
(二)依申请公开情况。全年收到政府信息公开申请12件,办结9件,另有3件转至下年继续办理。其中自然人申请8件,法人或其他组织申请4件。
(三)平台建设。全年召开新闻发布会5场,开展集体采访3场。`,
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('answers a list asked by its subject with the total closing it, and an item asked by its name with the item', async () => {
    expect(values(await app.ask('蓬江区发改局2024年专题专栏发布了多少条'))).toEqual([86]);
    expect(values(await app.ask('蓬江区发改局2024年价格收费信息公开了几条'))).toEqual([52]);
    expect(values(await app.ask('蓬江区发改局2024年工作动态发了几条'))).toEqual([53]);
    expect(values(await app.ask('青石县交通运输局2024年公众号栏目推送了多少条'))).toEqual([80]);
    expect(values(await app.ask('青石县交通运输局2024年便民服务推送了几条'))).toEqual([25]);
  });

  it('never answers one of two things counted together with their joint count when a sentence counts it alone', async () => {
    const catalogue = await app.ask('蓬江区发改局2024年政府信息公开目录共发布多少条');
    expect(values(catalogue)).toEqual([102]);
    // The whole asked is still the joint count.
    expect(values(await app.ask('蓬江区发改局2024年主动公开信息共多少条'))).toEqual([188]);
    const site = await app.ask('青石县交通运输局2024年门户网站更新了多少条信息');
    expect(values(site)).toEqual([120]);
  });

  it('says applications were not all finished when the sentence carries some into the next year', async () => {
    const real = await app.ask('东宝区2024年的信息公开申请都办完了吗');
    expect(real.answer).toMatch(/^没有全部办结/);
    expect(values(real)).toEqual([7]);
    const made = await app.ask('青石县交通运输局2024年申请都办完了吗');
    expect(made.answer).toMatch(/^没有全部办结/);
    expect(values(made)).toEqual([3]);
  });

  it('adds two parts asked together (A和B一共, 申请 as the predicate) and states the sum as a figure', async () => {
    expect(values(await app.ask('长春市政府办公厅2024年自然人和法人一共申请了多少件'))).toContain(95);
    expect(values(await app.ask('大同市政府办公室2024年常务会议和全体会议一共公开了几次'))).toContain(14);
    expect(values(await app.ask('青石县交通运输局2024年自然人和法人一共申请了多少件'))).toContain(12);
    expect(values(await app.ask('青石县交通运输局2024年新闻发布会和集体采访一共几场'))).toContain(8);
  });

  it('reads 发不会 / 发步会 (homophones a voice input types) as 发布会', async () => {
    expect(values(await app.ask('大同市政府办24年开了几场发不会'))).toEqual([39]);
    expect(values(await app.ask('青石县交通运输局2024年开了几场新闻发步会'))).toEqual([5]);
  });
});
