/**
 * reports-more21's answer class over a made-up report of the same shape (real-questions-corpus21's lines over pages 31-36,
 * first run 13/14, no wrong figure): a contact question naming a county's 人民政府办公室 whose government is stored in 繁体
 * (中方縣人民政府) found no report, the stored name compared with the question's simplified region as printed.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../../src/report/importer.js';
import { makeTestApp, type TestApp } from '../../helpers.js';

describe('reports-more21 contact class on a made-up report', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    const file = join(app.directory, 'county.txt');
    writeFileSync(
      file,
      `麻陽縣人民政府2023年政府信息公開工作年度報告
本報告中所列數據的統計期限自2023年1月1日起至2023年12月31日止。如對報告有任何疑問,請與麻陽縣人民政府辦公室聯系(地址:麻陽縣錦江路8號,郵編:419400,電話:0745-5821234)。
一、總體情況
(一)主動公開情況。全年通過縣政府門戶網站共發布各類信息3210條。
(二)依申請公開情況。全年共收到信息公開申請9件。`,
    );
    await importFile(app.reports, file);
  });
  afterAll(() => app.dispose());

  it('a county government stored in 繁体 answers for its office’s contacts, asked in simplified or in 繁体', async () => {
    for (const question of ['麻阳县人民政府办公室的电话是多少', '麻陽縣政府辦公室的電話', '麻阳县政府办的邮编']) {
      const answer = await app.ask(question);
      expect(answer.answer, question).toMatch(/0745-5821234|419400/);
    }
  });
});
