/**
 * The real guides qaguide52 added (guides-66, asked by guide-questions-66), of regions and shapes the other folders hold few
 * of: a 吉林 township on its city's platform with hours by winter and summer after a semicolon (公主岭市双龙镇), a 河北 county
 * bureau with no title and three reading places (昌黎县卫生健康局), 上海's city government under a column menu (上海市人民政府),
 * a 河南 county and a 河南 township in 繁体 spam mirrors (商城县, 偃师区缑氏镇), a 广东 provincial office of 2011 printing its
 * times and phones without separators (广东省港澳办), a 广东 county bureau in a 繁体 mirror cut in its catalogue (仁化县卫生健康局),
 * a 黑龙江 city's old guide with symbols put inside its words (哈尔滨市), a 江苏 city's guide under its development zone's menu
 * titled without a name (宜兴市) and a 湖南 district bureau naming what it publishes after its name (岳阳楼区教育局教育信息公开指南).
 * Each is read as a guide of the agency its hand-read JSON names, with every field the JSON gives, and all are imported.
 *
 * First run (before qaguide52's fixes): 6 of 10 read right: 昌黎县卫生健康局 was read as 昌黎县档案馆 (a reading place),
 * 宜兴市's page was refused (no agency), 岳阳楼区教育局 was stored as 岳阳楼区教育局教育, 双龙镇's hours lost the summer's after
 * the semicolon, and 商城县's hours lost the line of days off after their full stop. After: 10 of 10.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAgencyGuide } from '../../../src/guide/agency-guide.js';
import { describeGuideFolder } from '../../guide-folder.js';

describeGuideFolder('qaguide52’s real guides (guides-66)', 'guides-66', {
  atLeast: 10,
  ask: '商城县政府信息公开电话多少',
  answerContains: '0376-7921651',
});

describe('guides-66: what the fixes read', () => {
  const read = (name: string) => parseAgencyGuide(readFileSync(join(__dirname, '../../fixtures/guides-66', name), 'utf8'));

  it('reads 昌黎县卫生健康局 from its opening, not the archives that stand first among its reading places', () => {
    expect(read('changli-wjj-guide.txt').agency).toBe('昌黎县卫生健康局');
  });

  it('reads 宜兴市人民政府 from the service its opening offers, under its zone’s menu', () => {
    expect(read('yixing-szf-guide.txt').agency).toBe('宜兴市人民政府');
  });
});
