/**
 * The real guides qaguide48 added (guides-62, asked by guide-questions-62), of regions and shapes the other folders hold few
 * of: a 四川 county government's old template cut before applying (井研), a 江苏 town whose name stands alone over a bare title
 * (丁蜀镇), an 安徽 city bureau in a 繁体 mirror with pinyin glosses (宣城 机关事务管理局), a 山西 department whose reading
 * room has its own 查阅地点/查阅时间/联系电话 lines (科技厅), an untitled 新疆 city bureau using its city's form (乌鲁木齐 公安局),
 * a 新疆 region-level 残联, a 云南 city bureau whose applications go to another division (昆明 工信局), a 江西 district bureau in
 * a 繁体 spam mirror (新建区 水利局), an untitled 江西 district government with three reading places (东湖区) and a 贵州
 * department cut before any contact (工信厅). Each is read as a guide of the agency its hand-read JSON names, with every
 * field the JSON gives, and all are imported.
 *
 * First run (before qaguide48's fixes): 6 of 10 read right in every field the hand reading gives: 丁蜀镇 was the agency 丁蜀镇
 * with its office 为丁蜀镇人民政府党政办公室, 乌鲁木齐市公安局 was 乌鲁木齐市人民政府 (its form's owner), 东湖区's 政务公开专区
 * was read as its office (address, hours, phone), 科技厅's reading room was two sentences sending one to it. After: 10 of 10.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAgencyGuide } from '../../../src/guide/agency-guide.js';
import { describeGuideFolder } from '../../guide-folder.js';

describeGuideFolder('qaguide48’s real guides (guides-62)', 'guides-62', {
  atLeast: 10,
  ask: '乌鲁木齐市公安局信息公开电话多少',
  answerContains: '0991-4918631',
});

describe('guides-62: what the fixes read', () => {
  const read = (name: string) => parseAgencyGuide(readFileSync(join(__dirname, '../../fixtures/guides-62', name), 'utf8'));

  it('keeps 科技厅’s reading room whole, its hours and phones with it, not the office’s', () => {
    const guide = read('shanxi-kjt-guide.txt');
    expect(guide.fields.reading_places).toHaveLength(1);
    expect(guide.fields.reading_places?.[0]).toContain('每周四下午15:00-18:00');
    expect(guide.fields.reading_places?.[0]).toContain('0351-4068009');
    expect(guide.fields.phone).toBeUndefined();
  });

  it('reads 东湖区’s 政务公开专区 as a reading place with its hours and phone, not as the office', () => {
    const guide = read('nanchang-donghu-guide.txt');
    expect(guide.fields.address).toBeUndefined();
    expect(guide.fields.phone).toBeUndefined();
    expect(guide.fields.office_hours).toBeUndefined();
    expect(guide.fields.reading_places?.[0]).toMatch(/^政务公开专区：.*0791-87838933/);
    expect(guide.fields.reading_places?.[1]).toMatch(/^东湖区档案馆：/);
  });
});
