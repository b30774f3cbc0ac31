/**
 * real-questions-46's answer classes over made-up reports of the same shape (first run 87/106): a place, then the year, then
 * the kind (青岭2022年教育局) is that place's agency, not the region's own report; writings asked in 篇 and printed in 件; a
 * hotline's 转过来 is its 转办件, never table 三's 结转; 有人找学校申请 and a spoken 啊就是 carry no words; an address printed
 * unlabelled before its post code; how the applications were handled, said in prose where table 三 is cut.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plainWords } from '../../../src/qa/colloquial.js';
import { understand } from '../../../src/qa/understand.js';
import { extractContacts } from '../../../src/report/prose.js';
import { importFile } from '../../../src/report/importer.js';
import { makeTestApp, type TestApp } from '../../helpers.js';

describe('real-questions-46 classes on made-up reports', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    const reports = {
      'region.txt': `青岭县2022年政府信息公开工作年度报告
本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。
一、总体情况
(一)主动公开情况。2022年,全县主动公开政府信息900条。
(二)依申请公开情况。2022年,全县共收到政府信息公开申请40件。`,
      'school.txt': `青岭县教育局2022年政府信息公开工作年度报告
本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。如对本报告有任何疑问,请与青岭县教育局办公室联系(青岭县文昌路88号,邮编:335400,电话:0701-6123456)。
一、总体情况
(一)主动公开情况。2022年,我局主动公开政府信息75条,发布政策解读5件。
(二)依申请公开情况。2022年度,我局收到政府信息公开申请2件,经办理,1件予以公开,1件告知申请人向有关机关申请。
(三)政府信息管理情况。2022年,我局在12345热线平台共收到转办件315件,均按时办结。`,
    };
    for (const [name, text] of Object.entries(reports)) {
      const file = join(app.directory, name);
      writeFileSync(file, text);
      await importFile(app.reports, file);
    }
  });
  afterAll(() => app.dispose());

  it('a place, then the year, then the kind is that place agency of the year, not the region', async () => {
    const answer = await app.ask('青岭2022年教育局主动公开了多少条');
    expect(answer.facts.map((fact) => fact.value)).toEqual([75]);
    expect(plainWords('青岭县22年的教育局和财政局谁多')).toBe('青岭县教育局和财政局22年谁多');
    // A verb after the year is no agency's kind: 有人找学校 stays where it is.
    expect(plainWords('青岭二中2022年有人找学校申请公开信息吗')).toBe('青岭二中2022年有人申请公开信息吗');
  });

  it('the year between two agencies compared is the year of both', () => {
    expect(plainWords('青岭县教育局2022年和卫健局谁收到的申请多')).toBe('青岭县教育局和卫健局2022年谁收到的申请多');
  });

  it('writings asked in 篇 are found printed in 件', async () => {
    expect((await app.ask('青岭县教育局2022年发了几篇政策解读')).facts.map((fact) => fact.value)).toEqual([5]);
  });

  it('a hotline passing cases on (转过来) is its 转办件, never table 三 结转', async () => {
    expect(understand('青岭县教育局2022年转过来多少件', 2026).topic?.type === 'cell').toBe(false);
    const answer = await app.ask('青岭县教育局2022年12345热线转过来几件');
    expect(answer.facts.map((fact) => fact.value)).toEqual([315]);
  });

  it('a spoken filler (啊就是) carries no words of the question', () => {
    expect(plainWords('我想问下呃就是青岭县教育局的电话')).toBe('我想问下青岭县教育局的电话');
  });

  it('an address printed unlabelled, before its post code, is the address', async () => {
    expect(extractContacts('请与本局办公室联系(青岭县文昌路88号,邮编:335400,电话:0701-6123456)。').address).toBe('青岭县文昌路88号');
    expect((await app.ask('青岭县教育局在什么地方')).answer).toContain('文昌路88号');
  });

  it('how the applications were handled, said in prose where table 三 is cut, is quoted', async () => {
    const answer = await app.ask('青岭县教育局2022年那两个申请最后怎么处理的');
    expect(answer.answer).toContain('告知申请人向有关机关申请');
    expect(answer.facts).toEqual([]);
  });

  it('why applications were refused, and which of them a kind of applicant made, in citizens words', () => {
    expect(plainWords('某某局2023年凭什么拒绝人家')).toBe('某某局2023年不予公开的原因');
    // 不给我公开 is the asker's own refusal, for the guide's remedies.
    expect(plainWords('我申请被拒了 凭什么不给我公开')).toBe('我申请被拒了 凭什么不给我公开');
    expect(plainWords('某某局2023年被拒绝的都是啥原因')).toBe('某某局2023年不予公开的原因');
    expect(plainWords('某某局2023年多少个是律师提的')).toBe('某某局2023年律师申请了多少个');
    expect(plainWords('某某局2023年依申请公开的数据列给我')).toBe('某某局2023年申请的办理结果');
  });
});
