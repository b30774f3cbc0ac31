/**
 * real-questions-50's answer classes, each on the real sentence and a made-up second example (first run 74/79, 2 wrong
 * figures): a number opening its clause inside a bracket (4件为上年度结转办结,12件结转下年度办结) is named by the words after
 * it, in the answer and its quote; a part's heading with its count between brackets before a colon
 * (重点领域及基层公开(67条):…52条) is that heading's count, not the first item's under it.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../../src/report/importer.js';
import { extractProseFigures } from '../../../src/report/prose.js';
import { makeTestApp, type TestApp } from '../../helpers.js';

const values = (answer: { facts: ReadonlyArray<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('real-questions-50 classes on real sentences and made-up reports', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    const reports = {
      // The real sentences (reports-more23/18, reports-more22/33), cut to what is asked.
      'cangshan.txt': `福州市仓山区2024年政府信息公开工作年度报告
本报告系根据《中华人民共和国政府信息公开条例》要求编制,有关情况及数据统计期限为2024年1月1日至2024年12月31日。
一、总体情况
(二)依申请公开情况
全年共收到政府信息公开申请320件,共答复办结政府信息公开312件(4件为上年度结转办结,12件结转下年度办结)。`,
      'zixi.txt': `楚雄市紫溪镇人民政府2025年政府信息公开工作年度报告
报告中所列数据的统计时间为2025年1月1日至12月31日。
一、总体情况
(一)主动公开方面。全年通过各类平台主动公开政府信息共计102条,主要包括:
基础信息公开(26条):政府信息公开制度、指南、年度报告各1条,镇情概况信息9条等。
重点领域及基层公开(67条):重点围绕财政预决算、重大项目建设、涉农补贴等领域公开信息52条;公开乡镇基层政务信息15条。`,
      // Made-up second examples of each class.
      'hexi.txt': `青川市河西区2023年政府信息公开工作年度报告
本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。
一、总体情况
(二)依申请公开情况
全年共收到政府信息公开申请58件,共办结55件(2件为上年度结转,7件结转至下一年度办理)。`,
      'liuhe.txt': `青川市柳河乡人民政府2024年政府信息公开工作年度报告
本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。
一、总体情况
(一)主动公开情况。全年主动公开政府信息共计80条,主要包括:
民生保障公开(31条):围绕社会救助、养老服务等领域发布信息20条;公开村务信息11条。`,
    };
    for (const [name, text] of Object.entries(reports)) {
      const file = join(app.directory, name);
      writeFileSync(file, text);
      await importFile(app.reports, file);
    }
  });
  afterAll(() => app.dispose());

  it('a count printed before its words answers the question naming them, quoted without the item before', async () => {
    const real = await app.ask('仓山区2024年结转下年度办结几件');
    expect(values(real)).toEqual([12]);
    expect(real.answer.split('\n')[0]).not.toContain('4件为上年度');
    expect(values(await app.ask('河西区2023年有几件结转至下一年度办理'))).toEqual([7]);
  });

  it("a heading's count between brackets before a colon is the heading's, not its first item's", async () => {
    expect(extractProseFigures('重点领域及基层公开(67条):重点围绕财政预决算等领域公开信息52条;', 'overview')[0].label).toBe(
      '重点领域及基层公开',
    );
    const real = await app.ask('紫溪镇2025年重点领域及基层公开多少条');
    expect(values(real)).toEqual([67]);
    expect(real.answer).toContain('重点领域及基层公开(67条');
    expect(values(await app.ask('柳河乡2024年民生保障公开多少条'))).toEqual([31]);
  });
});
