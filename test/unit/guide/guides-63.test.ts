/**
 * The real guides qaguide49 added (guides-63, asked by guide-questions-63), of regions and shapes the other folders hold few
 * of: a 湖南 township in a news page with menus and metadata (绥宁县关峡苗族乡), a 天津 city bureau's district branch titled
 * only 和平分局, an 甘肃 county government under a menu (临夏县), a 海南 city bureau under a document list (海口 旅文局), a
 * 黑龙江 prefecture (地区, governed by its 行署) whose archive's reading centre has a heading of its own (大兴安岭), a 湖南
 * province bureau whose applications go to a 处 (乡村振兴局), a 青海 scenic-area authority in a spam mirror (青海湖), a 重庆
 * district government's office with three reading places (涪陵), a 湖南 township in a 繁体 mirror with pinyin glosses
 * (岳阳县长湖乡) and a 海南 department under a document list (财政厅). Each is read as a guide of the agency its hand-read
 * JSON names, with every field the JSON gives, and all are imported.
 *
 * First run (before qaguide49's fixes): 8 of 10 read right in every field the hand reading gives: 大兴安岭地区 was stored as
 * 大兴安岭地区人民政府 (a 地区 has none) with its archive's address and phone as the office's; 关峡乡's office was 本机关党政办公室
 * and its two reading places the 公开形式 sentences. After: 10 of 10.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAgencyGuide } from '../../../src/guide/agency-guide.js';
import { describeGuideFolder } from '../../guide-folder.js';

describeGuideFolder('qaguide49’s real guides (guides-63)', 'guides-63', {
  atLeast: 10,
  ask: '大兴安岭地区政务公开办电话',
  answerContains: '0457-2730723',
});

describe('guides-63: what the fixes read', () => {
  const read = (name: string) => parseAgencyGuide(readFileSync(join(__dirname, '../../fixtures/guides-63', name), 'utf8'));

  it('keeps 大兴安岭’s archive reading centre with its address and phones, not the office’s', () => {
    const guide = read('daxinganling-xs-guide.txt');
    expect(guide.fields.reading_places).toHaveLength(1);
    expect(guide.fields.reading_places?.[0]).toContain('世纪大道15号');
    expect(guide.fields.reading_places?.[0]).toContain('0457-2123887');
  });

  it('reads 关峡乡’s 当面受理点 as a place, not its 公开形式 sentence', () => {
    const guide = read('suining-guanxia-guide.txt');
    expect(guide.fields.reading_places).toEqual(['机关当面受理点是本机关党政办公室']);
  });
});
