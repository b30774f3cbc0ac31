/**
 * The real guides qaguide51 added (guides-65, asked by guide-questions-65), of regions and shapes the other folders hold few
 * of: a 山西 city government in a 繁体 mirror with three reading places listed below a sentence sending the public there
 * (长治市), a 宁夏 district government under a menu (大武口区), a 贵州 city commission with its contacts first and a mailbox
 * with a dot in its name (贵阳市发展改革委), two 山东 townships of 2025 (惠民县清河镇, 梁山县小安山镇), a 四川 county in a
 * mirror with no title (理县), a 陕西 county's page on applying alone, named only by its form and 县政府 (岐山县), a 广东
 * county-level city's bureau under a breadcrumb (吴川市卫生健康局), a 江苏 district in a 繁体 spam mirror (相城区) and a 宁夏
 * city bureau reading at its own 受理室 (银川市市场监管局). Each is read as a guide of the agency its hand-read JSON names, with
 * every field the JSON gives, and all are imported.
 *
 * First run (before qaguide51's fixes): 7 of 10 read right: 岐山县's page was refused (no agency), 贵阳市发展改革委's mailbox
 * was stored as @guiyang.gov.cn and its site as the city's online application page, and 长治市's 政务服务中心 (a reading place)
 * gave the government's address and phone. After: 10 of 10.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAgencyGuide } from '../../../src/guide/agency-guide.js';
import { describeGuideFolder } from '../../guide-folder.js';

describeGuideFolder('qaguide51’s real guides (guides-65)', 'guides-65', {
  atLeast: 10,
  ask: '贵阳市发改委政府信息公开电话',
  answerContains: '0851-87989169',
});

describe('guides-65: what the fixes read', () => {
  const read = (name: string) => parseAgencyGuide(readFileSync(join(__dirname, '../../fixtures/guides-65', name), 'utf8'));

  it('keeps 长治市’s three reading places as places, none of them the government’s office', () => {
    const guide = read('changzhi-szf-guide.txt');
    expect(guide.fields.address).toBeUndefined();
    expect(guide.fields.phone).toBeUndefined();
    expect(guide.fields.reading_places).toHaveLength(3);
    expect(guide.fields.reading_places?.[1]).toContain('太行西街406號');
  });
});
