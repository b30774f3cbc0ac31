/**
 * gaps24's answering classes, each with a made-up second example and the real case.
 * 1. 上年结转 asked of a report that prints the year before by its number (the 2025 report's 2024年结转7件): it was refused (the
 *    clause read as another year's). Now the year right before 结转 (never 结转至/到) is read as 上年 in the report of the next year.
 * 2. A private person applying asked as 个人 where the prose prints 自然人 or 公民个人 on a page cut before table 三 (其中370项为自然人
 *    提交): it was refused. Now any of the column's names in the sentence answers it; 法人 asked takes only a clause naming
 *    legal persons (it had answered the total before them, 390件).
 * 3. 不存在 (an outcome of table 三, 本机关不掌握相关政府信息) asked as 申请里不存在的有几起: it was not understood. Now a synonym of
 *    that row; on a cut page the prose's 不存在9起 answers it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const CUT_PAGE = `青禾县自然资源局2025年政府信息公开工作年度报告
本报告中所列数据的统计期限自2025年1月1日起至2025年12月31日止。
一、总体情况
2025年,我局进一步规范依申请公开办理。2025年度新收政府信息公开申请数量28件,2024年结转3件。本年度受理依申请公开事项28件,其中25项为自然人提交,3项为法人提交。办理结果中,予以公开12件,告知其他途径5件,不存在6件。
二、主动公开政府信息情况`;

const values = (answer: { facts: { value: number }[] }) => answer.facts.map((fact) => fact.value);

describe('gaps24: counts stated in the prose of a page cut before its tables', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [['qinghe-zrzy.txt', CUT_PAGE]]);
  });
  afterAll(() => app.dispose());

  it('上年结转 against the year before printed by its number (2024年结转3件 in the 2025 report)', async () => {
    const answer = await app.ask('青禾县自然资源局2025年上年结转的申请有几件');
    expect(answer.kind).toBe('figure');
    expect(values(answer)).toEqual([3]);
  });

  it('个人 asked, 自然人 printed: the count of private persons; 法人 asked is never the total', async () => {
    expect(values(await app.ask('青禾县自然资源局2025年个人申请的有多少'))).toEqual([25]);
    const legal = await app.ask('青禾县自然资源局2025年法人申请的有几件');
    expect(values(legal)).not.toContain(28);
  });

  it('不存在 asked as an outcome of the applications', async () => {
    expect(values(await app.ask('青禾县自然资源局2025年申请里不存在的有几件'))).toEqual([6]);
  });

  it('the real sentences: 如皋 2024年结转7件, 余杭 370项为自然人提交, 平度 不存在9起', async () => {
    const real = makeTestApp();
    await importTexts(real, [
      [
        'rugao.txt',
        `江苏省如皋高新技术产业开发区管理委员会2025年政府信息公开工作年度报告
本报告中所列数据的统计期限自2025年1月1日起至2025年12月31日止。
一、总体情况
2.依申请公开办理情况。我区坚持严格把关,及时更新并发布了依申请公开条件、流程说明以及通信地址和联系电话。2025年度新收政府信息公开申请数量40件,2024年结转7件
二、主动公开政府信息情况`,
      ],
      [
        'yuhang.txt',
        `杭州市规划和自然资源局余杭分局2023年政府信息公开工作年度报告
本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。
一、总体情况
本年度受理依申请政府信息公开事项390件,其中370项为自然人提交,20项为法人提交。
二、主动公开政府信息情况`,
      ],
      [
        'pingdu.txt',
        `平度市公安局2023年政府信息公开工作年度报告
本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。
一、总体情况
2023年度,我局共收到信息公开申请22起,比2022年(31起)下降29%,答复22起。其中公开1起,不属于政府信息4起,告知其他途径3起,不存在9起,属于行政执法案卷5起。
二、主动公开政府信息情况`,
      ],
    ]);
    try {
      expect(values(await real.ask('如皋高新区2025年上年结转的申请有几件'))).toEqual([7]);
      expect(values(await real.ask('平度公安的申请里不存在的有几起'))).toEqual([9]);
      expect(values(await real.ask('余杭规划资源分局2023年个人申请的有多少'))).toEqual([370]);
    } finally {
      real.dispose();
    }
  });
});
