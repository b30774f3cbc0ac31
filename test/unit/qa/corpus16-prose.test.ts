/**
 * reports-more16's prose class over made-up reports of the same shape: applications a cut-off report counts in words
 * (收到政府信息公开申请一件, reports-more16/28) answer 收到几件 with that count, the lead in digits and the quote as printed;
 * only the total, and never a 一件事一次办 or a count of something else.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../../src/report/importer.js';
import { makeTestApp, type TestApp } from '../../helpers.js';

describe('reports-more16 prose classes on made-up reports', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    const reports = {
      'two.txt': `临平区南苑街道办事处2024年政府信息公开工作年度报告
一、总体情况
(一)主动公开情况。2024年,南苑街道全年主动公开信息36条。
(二)依申请公开情况。2024年度南苑街道共受理政府信息公开申请两件,均已按期答复。
(三)政府信息管理`,
      'idiom.txt': `余杭区仁和街道办事处2024年政府信息公开工作年度报告
一、总体情况
(一)主动公开情况。2024年,仁和街道全年主动公开信息21条,推行一件事一次办。
(二)依申请公开情况。仁和街道做好依申请公开登记、办理、答复。
(三)政府信息管理`,
    };
    for (const [name, text] of Object.entries(reports)) {
      const file = join(app.directory, name);
      writeFileSync(file, text);
      await importFile(app.reports, file);
    }
  });
  afterAll(() => app.dispose());

  it('a count of applications in words answers 收到几件, in digits, quoting the words', async () => {
    const answer = await app.ask('南苑街道2024年收到几件政府信息公开申请');
    expect(answer.facts.map((fact) => fact.value)).toEqual([2]);
    expect(answer.answer).toContain('申请2件');
    expect(answer.answer).toContain('申请两件');
  });

  it('nor a part of it by applicant (自然人), nor an idiom (一件事一次办) for a report that states no count', async () => {
    const part = await app.ask('南苑街道2024年自然人提出了几件申请');
    expect(part.facts.map((fact) => fact.value)).not.toContain(2);
    const idiom = await app.ask('仁和街道2024年收到几件政府信息公开申请');
    expect(idiom.kind, idiom.answer).toBe('refusal');
    expect(idiom.facts).toEqual([]);
  });
});
