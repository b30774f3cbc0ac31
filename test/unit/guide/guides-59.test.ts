/**
 * The real guides qaguide45 added (guides-59, asked by guide-questions-59), of provinces the other folders hold few of: a 黑龙江
 * city bureau (a page headed by its name alone, 市乡村振兴局), 江西's 发改委 (titled by its short name; address, 开放时间 and phone
 * in one sentence), a 福建 镇 (a reply-only mailbox) and 区 (traditional characters, a hidden e-mail), 湖南's 信访局 (another
 * body receives applications in person), a 湖南 镇 (contacts in one sentence: 驻地在, 传真号:, 邮政编码 with no colon), a 湖南
 * county (four reading places numbered (1)–(4)), a 浙江 city bureau (a gambling copy; a complaints platform) and 镇 (glued
 * pinyin; a platform that takes no applications) and a 江苏 区 government office (traditional, under 【當前位置】:). Each is read as
 * a guide of the agency its hand-read JSON names, with every field the JSON gives, and all are imported.
 *
 * First run (before qaguide45's fixes): 3 of 10 read right in every field the hand reading gives (会同, 湖南信访局, 绍兴 less
 * its online address, later found to be the copy site's own); two refused (鹤岗: no title; 江都: the breadcrumb read as the
 * title), 江西's name short and its hours missed, 三山's office and site, 龙洞's address, fax and post code, 梓桐's and 城厢's
 * offices missed or the name short; 会同's office address was its fourth reading place's. After: 10 of 10, and all read.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAgencyGuide } from '../../../src/guide/agency-guide.js';
import { describeGuideFolder } from '../../guide-folder.js';

describeGuideFolder('qaguide45’s real guides (guides-59)', 'guides-59', {
  atLeast: 10,
  ask: '湘乡龙洞镇政府传真多少',
  answerContains: '56220014',
});

describe('guides-59: what the fixes read', () => {
  const read = (name: string) => parseAgencyGuide(readFileSync(join(__dirname, '../../fixtures/guides-59', name), 'utf8'));

  it('reads the agency a page is headed by alone, in the form the body places it', () => {
    expect(read('hegang-xczxj-guide.txt').agency).toBe('鹤岗市乡村振兴局');
  });

  it('reads a bracketed location label as no title', () => {
    expect(read('jiangdu-zfb-guide.txt').agency).toBe('扬州市江都区人民政府办公室');
  });

  it('reads every place of a numbered list under a reading-place heading as a reading place, none as the office', () => {
    const guide = read('huitong-xzf-guide.txt');
    expect(guide.fields.address).toBeUndefined();
    expect(guide.fields.reading_places).toHaveLength(4);
    expect(guide.fields.reading_places?.[3]).toContain('会同县交通管理中心大厅');
  });

  it('keeps a reply-only mailbox from the ways of applying', () => {
    expect(read('fuqing-sanshan-guide.txt').fields.channel_notes?.join('')).toContain('仅供答复使用');
  });
});
