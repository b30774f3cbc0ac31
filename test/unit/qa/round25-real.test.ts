/**
 * real-questions-48's answer classes, each on the real sentence and a made-up second example (first run 127/143, 2 wrong
 * figures): a count of places (1个信息申请受理点) is no count of applications; 开发区 is no typo of a district stored by its
 * own name (开福区); a town's 政府办 is the town; an account named unquoted in a list of channels (醉美枫林微信公众号) or
 * after 政务微信平台; applications counted in 条 asked in 件; 最后公开了几件; a rate of handling (办结率) is no cell; a
 * street office of a district's government (河北区人民政府新开河街道办事处) known as 河北区新开河街道; 官网 in a count.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plainWords } from '../../../src/qa/colloquial.js';
import { correctKindTypos } from '../../../src/qa/typos.js';
import { understand } from '../../../src/qa/understand.js';
import { agencyAliases } from '../../../src/report/agency-names.js';
import { importFile } from '../../../src/report/importer.js';
import { makeTestApp, type TestApp } from '../../helpers.js';

const values = (answer: { facts: ReadonlyArray<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('real-questions-48 classes on real sentences and made-up reports', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    const reports = {
      // The real sentences (reports-more17/09, reports-more21/26, reports-more20/04, reports-more20/20), cut to what is asked.
      'xicheng.txt': `北京市西城区人民防空办公室2020年政府信息公开工作年度报告
本报告中所列数据的统计期限自2020年1月1日起,至2020年12月31日止。
一、总体情况
根据《条例》要求,自2008年5月1日起本单位开始开展政府信息公开工作。为此,专门配备了1名兼职工作人员,设立了1个专门的信息申请受理点。`,
      'fenglin.txt': `阳新县枫林镇人民政府2025年政府信息公开工作年度报告
本报告中所列数据的统计期限自2025年1月1日起至2025年12月31日止。
一、总体情况
(一)信息主动公开情况
本年度,我镇通过镇政府门户网站、政务公开栏、醉美枫林微信公众号、村务公开平台等多种渠道,着力推进重点领域信息公开。
(二)政府信息依申请公开情况
2025年度,我镇未收到公民、法人或其他组织提出的政府信息公开申请。`,
      'huxi.txt': `重庆市沙坪坝区虎溪街道办事处2024年政府信息公开工作年度报告
一、总体情况
年报中所列数据的统计期限自2024年1月1日起至2024年12月31日止。
(二)依申请公开
2024年收到政府信息公开申请4条,其中3条已按要求在规定时限内予以答复,1条已结转下一年度继续办理。`,
      'xinkaihe.txt': `天津市河北区人民政府新开河街道办事处2025年政府信息公开工作年度报告
本年度报告中所列数据统计期限从2025年1月1日起至2025年12月31日止。
一、总体情况
(二)依申请公开情况
今年以来,累计办理公民、法人或其他组织通过政府信息公开平台、邮寄等途径依申请公开信息合计23件,已全部按期限答复办结,办结率100%。`,
      // Made-up second examples of each class.
      'shiling.txt': `石岭县人民防空办公室2021年政府信息公开工作年度报告
本报告中所列数据的统计期限自2021年1月1日起,至2021年12月31日止。
一、总体情况
2021年,本单位在政务服务中心设立了2个依申请公开受理窗口,配备了3名专职工作人员。`,
      'qingshan.txt': `青山县柳河镇人民政府2023年政府信息公开工作年度报告
本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。如对本报告有疑问,请与柳河镇人民政府党政办公室联系(电话:0700-5556677)。
一、总体情况
(一)主动公开情况
2023年,我镇通过县政府门户网站、政务微信平台“柳河之声”、宣传栏公开信息120条,通过公开栏、柳河发布微信公众号等渠道发布动态。
(二)依申请公开情况
2023年收到政府信息公开申请6条,其中5条已予以公开答复,1条已结转下一年度继续办理;全年申请办结率83%。`,
      'baishi.txt': `白石县云岭乡人民政府2022年政府信息公开工作年度报告
本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。
一、总体情况
(一)主动公开。2022年,我乡通过政务微信(“云岭声音”)公开政府信息210条次。2022年“12345”政府热线共受理咨询投诉9件,按期答复率98%。
(二)依申请公开。2022年收到政府信息公开申请5条,其中4条已在法定期限内予以答复,1条已结转下一年度继续办理。`,
      'qingshan-street.txt': `青山市东城区人民政府南关街道办事处2023年政府信息公开工作年度报告
本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。
一、总体情况
(一)主动公开情况
2023年,在东城政务网公开政府信息35条。`,
    };
    for (const [name, text] of Object.entries(reports)) {
      const file = join(app.directory, name);
      writeFileSync(file, text);
      await importFile(app.reports, file);
    }
  });
  afterAll(() => app.dispose());

  it('a count of places or desks (1个信息申请受理点) is no count of applications received', async () => {
    const real = await app.ask('西城人防办2020年收到几件信息公开申请');
    expect(values(real)).not.toContain(1);
    expect(real.kind).toBe('refusal');
    const madeUp = await app.ask('石岭县人防办2021年收到几件依申请公开');
    expect(values(madeUp)).not.toContain(2);
    // Asked by the place's own name, the count stands.
    expect(values(await app.ask('石岭县人防办2021年设了几个受理窗口'))).toEqual([2]);
  });

  it('兼职的人 and 专职的人 are the staff the reports name', async () => {
    expect(plainWords('配了几个兼职的人')).toBe('配了几个兼职人员');
    expect(values(await app.ask('西城区人防办搞信息公开配了几个兼职的人'))).toEqual([1]);
    expect(values(await app.ask('石岭县人防办2021年有几个专职的人'))).toEqual([3]);
  });

  it('开发区 is no typo of a district stored by its own name (开福区, 碌曲县)', () => {
    expect(correctKindTypos('常熟经济技术开发区2020年主动公开了多少条', ['开福区'])).toBe('常熟经济技术开发区2020年主动公开了多少条');
    expect(correctKindTypos('青山开发区的电话', ['开福区', '碌曲县'])).toBe('青山开发区的电话');
    // A county's own name mistyped is still corrected (桐子县 → 桐梓县), and a town's generic word (东湖街到 → 东湖街道).
    expect(correctKindTypos('桐子县2022年收到几件申请', ['桐梓县', '开福区'])).toBe('桐梓县2022年收到几件申请');
    expect(correctKindTypos('东湖街到2023年收到几件申请', ['东湖街道'])).toBe('东湖街道2023年收到几件申请');
  });

  it("a town's 政府办 is the town itself", async () => {
    const answer = await app.ask('柳河镇政府办电话');
    expect(answer.answer).toContain('0700-5556677');
  });

  it('an account named unquoted in a list of channels, or after 政务微信平台', async () => {
    expect((await app.ask('枫林镇的微信公众号叫什么')).answer).toContain('醉美枫林');
    const platform = await app.ask('柳河镇的微信平台叫啥');
    expect(platform.answer).toContain('柳河之声');
  });

  it('applications counted in 条 answer a count asked in 件', async () => {
    expect(values(await app.ask('虎溪街道2024年有几件没办完转到明年'))).toEqual([1]);
    expect(values(await app.ask('柳河镇2023年结转下年度继续办理几件'))).toEqual([1]);
  });

  it('最后公开了几件 asks the applications granted', () => {
    expect(plainWords('最后公开了几件')).toBe('予以公开几件');
    expect(plainWords('青山县2023年最终给公开了多少')).toBe('青山县2023年予以公开多少');
  });

  it('a rate of handling (办结率) is a percentage the prose prints, no cell of table 三', async () => {
    expect(understand('新开河街道2025年申请办结率多少', 2026).topic?.type).not.toBe('cell');
    expect((await app.ask('河北区新开河街道25年申请办结率多少')).answer).toContain('100%');
    expect((await app.ask('柳河镇2023年申请办结率多少')).answer).toContain('83%');
  });

  it("a street's office of a district's government is known as the district's street", async () => {
    expect(agencyAliases('天津市河北区人民政府新开河街道办事处')).toEqual(expect.arrayContaining(['新开河街道', '河北区新开河街道']));
    expect(agencyAliases('青山市东城区人民政府南关街道办事处')).toEqual(expect.arrayContaining(['南关街道', '东城区南关街道']));
    expect(values(await app.ask('东城区南关街道2023年在东城政务网公开了几条'))).toEqual([35]);
  });

  it('an account named in brackets after 政务微信, a hotline rate, and replies in time counted in 条', async () => {
    expect((await app.ask('云岭乡的政务微信叫啥')).answer).toContain('云岭声音');
    expect((await app.ask('云岭乡2022年12345热线按期答复率多少')).answer).toContain('98%');
    expect(values(await app.ask('云岭乡2022年按时答复了几件申请'))).toEqual([4]);
    expect(values(await app.ask('虎溪街道2024年按时答复了几件申请'))).toEqual([3]);
  });

  it('官网 in a count of items posted asks no web address', () => {
    expect(understand('常熟经开区2020年官网发了多少条', 2026).topic?.type).not.toBe('contacts');
    expect(understand('青山县官网上公开了几篇', 2026).topic?.type).not.toBe('contacts');
    expect(understand('常熟经开区官网是多少', 2026).topic?.type).toBe('contacts');
  });
});
