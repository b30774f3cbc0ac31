/**
 * The real guides qaguide47 added (guides-61, asked by guide-questions-61), of regions the other folders hold few of: the
 * 西藏 autonomous region's government (an untitled mirror copy naming it 西藏自治区政府), two 甘肃 bodies (a county 审计局 whose
 * only contacts are a reading place's 查询地址 and phone; a city 发改委 cut after its office), a 吉林 city 人防办 (untitled,
 * its office under (二)受理方式, several contacts on a line), a 湖北 city 统计局's 依申请公开制度 (phone and fax on one label,
 * applications by phone), three 重庆 街道 (歇马: untitled, 修订本指南; 南城: letters to a 收件人; 双河口: a 繁体 mirror with
 * pinyin glosses) and two 广东 bodies (广州's government, 繁体, with a 查阅中心 and its hours; 坂田街道 under a breadcrumb). Each
 * is read as a guide of the agency its hand-read JSON names, with every field the JSON gives, and all are imported.
 *
 * First run (before qaguide47's fixes): 4 of 10 read right in every field the hand reading gives (甘谷 and 广州 among them
 * only because their JSON holds no address: a reading place's was read as the office's); 歇马, 长春 and 武汉 were no guides at
 * all; 西藏 was 西藏自治区政府, 武汉's phone 82827129/82832993, 长春's site its application address, 坂田's site the district's,
 * 南城 had no office. After: 10 of 10, and all read.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAgencyGuide } from '../../../src/guide/agency-guide.js';
import { describeGuideFolder } from '../../guide-folder.js';

describeGuideFolder('qaguide47’s real guides (guides-61)', 'guides-61', {
  atLeast: 10,
  ask: '武汉市统计局信息公开传真多少',
  answerContains: '82832993',
});

describe('guides-61: what the fixes read', () => {
  const read = (name: string) => parseAgencyGuide(readFileSync(join(__dirname, '../../fixtures/guides-61', name), 'utf8'));

  it('keeps a reading place’s 查询地址 and phone from the office, the place whole with its room', () => {
    const guide = read('gangu-sjj-guide.txt');
    expect(guide.fields.address).toBeUndefined();
    expect(guide.fields.phone).toBeUndefined();
    expect(guide.fields.reading_places?.join('')).toContain('1324室,联系电话:0938-5621274');
    expect(guide.fields.proactive_channels).toContain('甘谷政务微信公众号');
  });

  it('reads 广州’s 查阅中心 as a reading place with its hours, not the office', () => {
    const guide = read('guangzhou-szf-guide.txt');
    expect(guide.fields.address).toBeUndefined();
    expect(guide.fields.reading_places?.join('')).toContain('11時45分');
  });

  it('reads where 长春’s form is got from the sentence that calls it 该表', () => {
    expect(read('changchun-rfb-guide.txt').fields.application_form).toContain('可在受理机关领取');
  });

  it('reads 西藏’s 13-digit 索引号 as how its index number is made', () => {
    expect(read('xizang-zzqzf-guide.txt').fields.catalogue_index).toContain('13位代码');
  });
});
