/**
 * The ten real guides qaguide22 added (guide-questions-36): each is read as a guide of the agency the page is about, with the
 * facts read by hand from the page (the rest of each page's JSON in guides/ is checked by agency-guide.test.ts; the JSON of
 * 湖里区金山街道's page is also checked here), and imported into a store.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { looksLikeAgencyGuide, parseAgencyGuide } from '../../../src/guide/agency-guide.js';
import { importTexts, makeTestApp } from '../../helpers.js';

// 湖里区金山街道's page was kept apart (guides-36) until gaps39 read no 金沙街道 as 金山街道; all ten are in guides now.
const read = (name: string) => readFileSync(join(__dirname, '..', '..', 'fixtures', 'guides', name), 'utf8');

const PAGES: ReadonlyArray<readonly [string, string, Record<string, string>]> = [
  ['cq-jmzz-guide.txt', '重庆市经贸中等专业学校', { phone: '023-49863061', accepted_since: '2016年9月1日' }],
  ['cq-itvc-guide.txt', '重庆信息技术职业学院', { post_code: '404000', office_hours: '周日至周四' }],
  ['kuangyuan-rq-guide.txt', '旷远能源股份有限公司', { application_form: '信函' }],
  ['xm-donghai-guide.txt', '厦门东海职业技术学院', { proactive_time_limit: '15~20個工作日' }],
  ['yueyang-gdgs-guide.txt', '国网岳阳县供电公司', { guide_updates: '每年更新一次', proactive_scope: '电价政策' }],
  ['yangquan-gdgs-guide.txt', '阳泉供电公司', { website: 'www.yq.gov.cn' }],
  ['baoqing-xzfb-guide.txt', '宝清县人民政府', { catalogue_layout: '39个分类' }],
  // Its portal's address is a mirror's domain (lphhbg.com), no site of the county (gaps43): the channel's words stay.
  ['qingcheng-xzf-guide.txt', '庆城县人民政府', { proactive_channels: '综合门户网站政府信息公开专栏' }],
  ['huli-jinshan-guide.txt', '湖里区金山街道', { phone: '0592-5221736', office_hours: '15:00-18:00' }],
  ['zhouqu-xzf-guide.txt', '舟曲县人民政府', { website: 'zqx.gov.cn', proactive_scope_full: '三公' }],
];

describe('qaguide22’s real guides', () => {
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

  it('huli-jinshan-guide.json: every stated field', () => {
    const truth = JSON.parse(read('huli-jinshan-guide.json')) as { agency: string; fields: Record<string, string> };
    const guide = parseAgencyGuide(read('huli-jinshan-guide.txt'));
    expect(guide.agency).toBe(truth.agency);
    for (const [key, value] of Object.entries(truth.fields)) expect((guide.fields as Record<string, unknown>)[key], key).toBe(value);
  });

  it('all ten are stored as guides', async () => {
    const app = makeTestApp();
    await importTexts(
      app,
      PAGES.map(([file]) => [file, read(file)] as [string, string]),
    );
    const answer = await app.ask('湖里区金山街道信息公开电话');
    expect(answer.kind).toBe('guide');
    expect(answer.answer).toContain('0592-5221736');
    app.dispose();
  });
});
