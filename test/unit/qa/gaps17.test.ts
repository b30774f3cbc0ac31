/**
 * Classes closed in the gaps17 round over made-up reports: a part printed in a sentence of its own right after its total's
 * (…共收到申请6件。其中3件为已主动公开的信息…) is read with the total's sentence, so the part is stated, not the total; an
 * item of a breakdown printed number first (其中2件主办件、3件协办件) is weighed although the counted noun leads to the total;
 * 答复 names no part of a handling result's row (因为信息不存在答复了几件 is the 不掌握 row); a way of applying named alone
 * after a count of applications (其中网上的呢, 当面的呢) asks the applications made that way; one item of a list counted
 * together (公示公告 of 新闻动态、政策文件、公示公告等各类信息120条) is said to be counted with the others, never given the total;
 * 那么多申请都被拒绝了，为什么 in a conversation, when some were granted, says the premise does not hold, then the results; a row
 * named with 呢 alone on a page cut before the table (南坪县交通局行政复议呢？) is answered from the prose that states it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const TABLE_THREE = `三、收到和处理政府信息公开申请情况
| 本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |
|---|---|---|---|---|---|---|---|
| 一、本年新收政府信息公开申请数量 | 9 | 0 | 0 | 0 | 0 | 0 | 9 |
| 二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
| 三、本年度办理结果 （一）予以公开 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |
| （二）部分公开 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
| （三）不予公开 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
| （四）无法提供 1.本机关不掌握相关政府信息 | 5 | 0 | 0 | 0 | 0 | 0 | 5 |
| 2.没有现成信息需要另行制作 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |
| 四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
`;

describe('gaps17 classes over made-up reports', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'linjiang-ws.txt',
        `临江县卫生健康委员会2023年政府信息公开工作年度报告
一、总体情况
(一)主动公开情况。2023年,本委主动公开政府信息88条。
(二)依申请公开情况。2023年本委共收到政府信息公开申请6件,均在法定期限内答复。其中3件为已主动公开的信息,已告知获取途径。
`,
      ],
      [
        'beiyuan-mz.txt',
        `北园区民政局2022年政府信息公开工作年度报告
一、总体情况
(一)主动公开情况。2022年主动公开政府信息41条。承办人大代表、政协委员的议案、建议5件,其中2件主办件、3件协办件均已办结。
`,
      ],
      [
        'yunxi-tj.txt',
        `云溪县统计局2022年政府信息公开工作年度报告
一、总体情况
(一)主动公开情况。2022年主动公开政府信息37条。
(二)依申请公开情况。2022年共收到政府信息公开申请5件,其中当面申请2件,网络申请3件,均已按时办结。
`,
      ],
      [
        'hexi-sl.txt',
        `河西区水利局2023年政府信息公开工作年度报告
一、总体情况
(一)主动公开情况。2023年,本局在区政府网站更新新闻动态、政策文件、公示公告等各类信息120条,发布政策解读6篇。
`,
      ],
      [
        'nanping-jt.txt',
        `南坪县交通运输局2023年政府信息公开工作年度报告
一、总体情况
(一)主动公开情况。2023年主动公开政府信息64条。
(二)行政复议和诉讼。2023年,本局因政府信息公开被申请行政复议2件,未发生行政诉讼。
`,
      ],
      [
        'shuiyuan-gt.txt',
        `水源县自然资源局2024年政府信息公开工作年度报告
一、总体情况
2024年,本局共收到政府信息公开申请9件,全部按时答复9件。
${TABLE_THREE}`,
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('a part in a sentence of its own after the total’s is the part (3), not the total (6)', async () => {
    const answer = await app.ask('临江县卫健委2023年收到的申请当中有几件是早就主动公开了的');
    expect(answer.kind).toBe('figure');
    expect(answer.answer).toMatch(/3件/);
    expect(answer.answer.split('\n')[0]).not.toMatch(/6件/);
  });

  it('the total asked alone is still the total', async () => {
    const answer = await app.ask('临江县卫健委2023年收到多少申请');
    expect(answer.answer.split('\n')[0]).toMatch(/6件/);
  });

  it('an item printed number first (3件协办件) is the item asked, not the total before 其中', async () => {
    const answer = await app.ask('北园区民政局2022年协办的议案建议有几件');
    expect(answer.kind).toBe('figure');
    expect(answer.answer.split('\n')[0]).toMatch(/3件/);
    expect(answer.answer.split('\n')[0]).not.toMatch(/5件/);
  });

  it('the proposals asked whole are still the total', async () => {
    const answer = await app.ask('北园区民政局2022年议案建议有几件');
    expect(answer.answer.split('\n')[0]).toMatch(/5件/);
  });

  it('答复 with a handling reason (信息不存在) is that outcome’s row, not the replies counted in the prose', async () => {
    const answer = await app.ask('水源县自然资源局2024年因为信息不存在答复了几件');
    expect(answer.kind).toBe('figure');
    expect(answer.answer).toMatch(/不掌握/);
    expect(answer.answer.split('\n')[0]).toMatch(/5件/);
    expect(answer.answer).not.toMatch(/报告没有单独写明/);
  });

  it('a way of applying named alone after a count of applications is that channel’s applications', async () => {
    const first = await app.ask('云溪县统计局2022年收到几件申请', 'g17-a');
    expect(first.answer.split('\n')[0]).toMatch(/5件/);
    const online = await app.ask('其中网上的呢', 'g17-a');
    expect(online.kind).toBe('figure');
    expect(online.answer.split('\n')[0]).toMatch(/网络申请3件/);
    const inPerson = await app.ask('当面的呢', 'g17-a');
    expect(inPerson.answer.split('\n')[0]).toMatch(/当面申请2件/);
  });

  it('one item of a list counted together is said to be counted with the others, not given the list’s total', async () => {
    const answer = await app.ask('河西区水利局2023年公示公告发了几条');
    expect(answer.kind).toBe('refusal');
    expect(answer.answer).toMatch(/没有单独写明“公示公告”/);
    expect(answer.answer.split('\n')[0]).toMatch(/合起来/);
  });

  it('the list asked whole, or what was published, still has its count', async () => {
    const whole = await app.ask('河西区水利局2023年新闻动态、政策文件、公示公告这些一共多少条');
    expect(whole.kind).toBe('figure');
    expect(whole.answer.split('\n')[0]).toMatch(/120/);
    const readings = await app.ask('河西区水利局2023年发布政策解读几篇');
    expect(readings.answer.split('\n')[0]).toMatch(/6篇/);
  });

  it('a why on all applications refused, when some were granted, says first that the premise does not hold', async () => {
    await app.ask('水源县自然资源局2024年收到几件申请', 'g17-b');
    const answer = await app.ask('申请这么多都被驳回了，为啥', 'g17-b');
    expect(answer.answer).toMatch(/^年报里申请并没有都被拒绝/);
    expect(answer.answer).toMatch(/予以公开3件/);
  });

  it('a row named with 呢 alone on a cut page is answered from the prose that states it', async () => {
    const answer = await app.ask('南坪县交通局行政复议呢？');
    expect(answer.kind).toBe('figure');
    expect(answer.answer.split('\n')[0]).toMatch(/复议2件/);
  });
});
