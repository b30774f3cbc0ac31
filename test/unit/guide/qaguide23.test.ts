/**
 * The real guides qaguide23 added (guide-questions-37): each is read as a guide of the agency the page is about, with the
 * facts read by hand from the page (the rest of each page's JSON in guides/ is checked by agency-guide.test.ts), and imported
 * into a store. 余杭区's steps for applying (guides-37) name no body of their own and are not read as a guide.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { looksLikeAgencyGuide, parseAgencyGuide } from '../../../src/guide/agency-guide.js';
import { importTexts, makeTestApp } from '../../helpers.js';

const read = (name: string) => readFileSync(join(__dirname, '..', '..', 'fixtures', 'guides', name), 'utf8');

const PAGES: ReadonlyArray<readonly [string, string, Record<string, string>]> = [
  ['tengchong-puchuan-guide.txt', '蒲川乡人民政府', { proactive_channels: '公开栏' }],
  ['luohe-jkq-guide.txt', '漯河经济技术开发区管委会', { phone: '0395-2624608', email: 'kfqgwh@163.com' }],
  ['whu-guide.txt', '武汉大学', { fax: '027-68756661', post_code: '430072' }],
  ['xinjiang-wjw-guide.txt', '新疆维吾尔自治区卫生健康委员会', { address: '龙泉街191号', post_code: '830001' }],
  ['liangshan-wjw-guide.txt', '凉山州卫生健康委员会', {}],
  ['neijiang-ez-guide.txt', '内江二中', { proactive_time_limit: '20个工作日' }],
];

describe('qaguide23’s real guides', () => {
  for (const [file, agency, facts] of PAGES) {
    it(`${file}: ${agency}`, () => {
      const text = read(file);
      expect(looksLikeAgencyGuide(text)).toBe(true);
      const guide = parseAgencyGuide(text);
      expect(guide.agency).toBe(agency);
      for (const [key, words] of Object.entries(facts))
        expect(String((guide.fields as Record<string, unknown>)[key]), key).toContain(words);
    });
  }

  it('all six are stored as guides', async () => {
    const app = makeTestApp();
    await importTexts(
      app,
      PAGES.map(([file]) => [file, read(file)] as [string, string]),
    );
    const answer = await app.ask('漯河经开区信息公开传真');
    expect(answer.kind).toBe('guide');
    expect(answer.answer).toContain('0395-2626146');
    app.dispose();
  });
});
