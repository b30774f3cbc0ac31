/**
 * The real guides qaguide50 added (guides-64, asked by guide-questions-64), of regions and shapes the other folders hold few
 * of: a 河北 township in a 繁体 mirror with glosses under its county's banner (正定县新城铺镇), a 内蒙古 banner's government
 * with two reading places (阿巴嘎旗), a 北京 district bureau under a menu (东城区政务服务管理局), 北京市政府's 2019 guide
 * reposted on another site, 上海市发展改革委's guide in a 繁体 mirror with no title (named only where letters go), an 安徽
 * township titled by its office (舒城县千人桥镇), a 广西 region bureau in a 繁体 mirror with ?? before its title (林业局), a
 * 云南 township (云龙县漕涧镇), a 新疆 city bureau (乌鲁木齐市民政局) and a 河南 county government with no title (滑县).
 * Each is read as a guide of the agency its hand-read JSON names, with every field the JSON gives, and all are imported.
 *
 * First run (before qaguide50's fixes): 4 of 10 read right in every field the hand reading gives: 北京市政府 was stored as
 * 北京市政府和北京市政府办公厅, 千人桥镇 as its 办公室, 林业局 with ?? before it and no mailbox, 上海市发展改革委 not at all
 * (no agency), 滑县's office with its place after a colon, 阿巴嘎旗 without its 咨询电话. After: 10 of 10.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAgencyGuide } from '../../../src/guide/agency-guide.js';
import { describeGuideFolder } from '../../guide-folder.js';

describeGuideFolder('qaguide50’s real guides (guides-64)', 'guides-64', {
  atLeast: 10,
  ask: '滑县政府信息公开电话',
  answerContains: '0372-8112110',
});

describe('guides-64: what the fixes read', () => {
  const read = (name: string) => parseAgencyGuide(readFileSync(join(__dirname, '../../fixtures/guides-64', name), 'utf8'));

  it('keeps 阿巴嘎旗’s gazette’s address and 东城区’s reading hall’s from the office’s', () => {
    expect(read('abaga-qzf-guide.txt').fields.address).toBeUndefined();
    expect(read('dongcheng-zwfwj-guide.txt').fields.address).toBeUndefined();
  });
});
