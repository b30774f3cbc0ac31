/**
 * gaps18's classes over made-up reports (other agencies, other wordings than the gap lines they closed): the day a report
 * was published, read at import from its page's date line or the date under its signature and answered with it.
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
});
