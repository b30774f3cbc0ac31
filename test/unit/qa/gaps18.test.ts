/**
 * gaps18's classes over made-up reports (other agencies, other wordings than the gap lines they closed): the day a report
 * was published, read at import from its page's date line or the date under its signature and answered with it; a share
 * the prose prints beside its figure (占25%, 占全部事项的80.5%), answered as printed, never worked out.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../../src/report/importer.js';
import { publicationDate } from '../../../src/report/published.js';
import { makeTestApp, type TestApp } from '../../helpers.js';

const REPORTS: Record<string, string> = {
  'dated.txt': `青田县水利局2024年政府信息公开工作年度报告
发布日期: 2025年1月20日  来源：青田县水利局  浏览次数：
一、总体情况
(一)主动公开情况。2024年,我局主动公开政府信息86条。
(二)依申请公开情况。2024年度,我局共收到政府信息公开申请3件。`,
  'signed.txt': `石门乡人民政府2023年政府信息公开工作年度报告
一、总体情况
(一)主动公开情况。2023年,我乡主动公开政府信息42条。
(二)依申请公开情况。本年度未收到政府信息公开申请。
六、其他需要报告的事项
本年度无其他需要报告的事项。
石门乡人民政府办公室
2024年1月15日`,
  'share.txt': `东阳市商务局2023年政府信息公开工作年度报告
一、总体情况
(一)主动公开情况。2023年,我局主动公开政府信息160条,其中政策解读类信息40条,占25%。
(二)审批服务情况。梳理“网上办、掌上办”审批事项96项，占全部事项的80.5%，办理时限压缩一半。
(三)依申请公开情况。本年度未收到政府信息公开申请。`,
  'change.txt': `龙泉镇人民政府2024年政府信息公开工作年度报告
一、总体情况
(一)主动公开情况。2024年,我镇主动公开政府信息75条。
(二)依申请公开情况。2024年度,我镇共收到政府信息公开申请6件,较上年增加2件,均已按时答复。`,
  'gazetteer.txt': `丽水市史志办公室2022年政府信息公开工作年度报告
一、总体情况
(一)主动公开情况。2022年,我办主动公开政府信息33条,向市政府网站报送志书资料12批次。
(二)依申请公开情况。本年度未收到政府信息公开申请。`,
  'points.txt': `宁波市税务局2022年政府信息公开工作年度报告
一、总体情况
(一)主动公开情况。2022年,我局主动公开政府信息210条。印发《2022年政务公开重点工作安排》,明确4个环节27项具体任务。
(二)依申请公开情况。本年度未收到政府信息公开申请。`,
  'videos.txt': `温州市文化广电旅游局2024年政府信息公开工作年度报告
一、总体情况
(一)主动公开情况。2024年,我局主动公开政府信息180条,通过官方抖音和视频号等平台发布文旅宣传短视频86条。
(二)依申请公开情况。本年度未收到政府信息公开申请。`,
  'undated.txt': `白沙县民政局2022年政府信息公开工作年度报告
一、总体情况
(一)主动公开情况。2022年,我局主动公开政府信息30条。
(二)依申请公开情况。本年度未收到政府信息公开申请。`,
};

describe('gaps18 classes on made-up reports', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    for (const [name, text] of Object.entries(REPORTS)) {
      const file = join(app.directory, name);
      writeFileSync(file, text);
      await importFile(app.reports, file);
    }
  });
  afterAll(() => app.dispose());

  it('reads the page date line, else the date under the signature, and never a date of another time', () => {
    expect(publicationDate('标题\n发布时间：2021-01-27 11:26\n正文', 2020)).toEqual({ date: '2021-01-27', from: 'page' });
    expect(publicationDate('来源： 时间：2022/2/3 --> 微信', 2021)).toEqual({ date: '2022-02-03', from: 'page' });
    expect(publicationDate('正文。\n某某县人民政府办公室\n2025年1月15日\n', 2024)).toEqual({ date: '2025-01-15', from: 'signature' });
    // A date of writing, an update, a statistics period or a date in a sentence is no publication date.
    expect(publicationDate('成文日期：2021-01-20\n更新时间：2021-02-01', 2020)).toBeUndefined();
    expect(publicationDate('统计期限自2020年1月1日至2020年12月31日。本局于2021年1月10日召开会议。', 2020)).toBeUndefined();
    // A date years away from the report's is another page's.
    expect(publicationDate('发布时间：2015-03-01', 2020)).toBeUndefined();
  });

  it('answers 哪天公布的 with the page date line, cited, and the rule on when reports are due', async () => {
    const answer = await app.ask('青田县水利局2024年的年报是哪天公布的');
    expect(answer.answer).toContain('2025-01-20');
    expect(answer.answer).toContain('来源');
    expect(answer.facts).toEqual([]);
  });

  it('answers 几号发的 with the date under the signature, said to be the signature date', async () => {
    const answer = await app.ask('石门乡2023年年度报告几号发的');
    expect(answer.answer).toContain('2024-01-15');
    expect(answer.answer).toContain('落款');
  });

  it('says the report records no date when its page prints none', async () => {
    const answer = await app.ask('白沙县民政局2022年的年报什么时候发布的');
    expect(answer.answer).toContain('没有记下它发布的日期');
    expect(answer.answer).not.toMatch(/20\d\d-\d\d-\d\d/);
  });

  it('answers 占了百分之几 with the share printed beside the part, as a figure of the answer', async () => {
    const answer = await app.ask('东阳市商务局2023年政策解读类信息占了百分之几');
    expect(answer.answer).toContain('占25%');
    expect(answer.facts.map((fact) => fact.value)).toContain(25);
    expect(answer.answer).not.toContain('按以上两个数字计算');
  });

  it('answers 的审批事项占了百分之多少 of a long thing (网上办掌上办) from the percentage printed after 占', async () => {
    const answer = await app.ask('东阳市商务局2023年网上办掌上办的审批事项占了百分之多少');
    expect(answer.answer).toContain('80.5%');
    expect(answer.answer).toContain('报告原文所印');
  });

  it('reads 比去年多还是少 of one body as a change, answered with the change its sentence states', async () => {
    const answer = await app.ask('龙泉镇2024年申请比去年多还是少');
    expect(answer.answer).toContain('增加2件');
  });

  it('knows a gazetteer office by its 办 form (史志办) and counts 批次 as the measure word asked', async () => {
    const answer = await app.ask('丽水市史志办2022年报了多少批次资料');
    expect(answer.kind).toBe('figure');
    expect(answer.facts.map((fact) => fact.value)).toContain(12);
  });

  it('counts 几个环节 by the number printed before 个环节, not the other count of its clause (27项)', async () => {
    const answer = await app.ask('宁波市税务局2022年政务公开重点工作安排分了几个环节');
    expect(answer.facts.map((fact) => fact.value)).toEqual([4]);
  });

  it('reads two channels written together (抖音视频号) as the two, so the sentence naming both answers', async () => {
    const answer = await app.ask('温州市文化广电旅游局2024年在抖音视频号发了多少条短视频');
    expect(answer.facts.map((fact) => fact.value)).toEqual([86]);
  });
});
