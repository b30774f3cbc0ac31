/**
 * The real guides qaguide46 added (guides-60, asked by guide-questions-60), of provinces and levels the other folders hold few
 * of: a 内蒙古 city government (reading places with their own hours before an unheaded application part) and 旗 bureau
 * (traditional with pinyin glosses; a gazette line 地址:正蓝旗信访局), two 辽宁 province-level bodies (an untitled application
 * page with 机 构:; a ministry's bureau, traditional, with no phone or hours), a 北京 区 office (hours printed without colons), a
 * 上海 区 bureau (two numbered places to hand in), a 江苏 province body (an application notice, its mailbox only in a way of
 * applying), a 陕西 county government (three reading places in one sentence, no office contacts), a 江苏 county bureau (contacts
 * in one sentence after 本单位保管利用科) and a 山东 county bureau (one phone in brackets). Each is read as a guide of the agency
 * its hand-read JSON names, with every field the JSON gives, and all are imported.
 *
 * First run (before qaguide46's fixes): 3 of 10 read right in every field the hand reading gives (辽宁省通信管理局, 眉县, 普陀);
 * 包头's address was its 政务服务大厅's, 正蓝旗's the bare 正蓝旗信访局, 辽宁工信厅's office kept 机 构:, 泗洪's 本单位, 临沭's phone
 * and 江苏's mailbox were missed and 江苏's body read as 江苏省地方志编纂委员会. After: 10 of 10, and all read. (The JSON names
 * 通州区信访办公室 as titled, as the other folders keep a title's form; 北京市 is in the body only.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAgencyGuide } from '../../../src/guide/agency-guide.js';
import { describeGuideFolder } from '../../guide-folder.js';

describeGuideFolder('qaguide46’s real guides (guides-60)', 'guides-60', {
  atLeast: 10,
  ask: '泗洪县档案局传真多少',
  answerContains: '0527-86272551',
});

describe('guides-60: what the fixes read', () => {
  const read = (name: string) => parseAgencyGuide(readFileSync(join(__dirname, '../../fixtures/guides-60', name), 'utf8'));

  it('reads a 政务服务大厅 whose brackets give its 查询服务时间 as no office', () => {
    const guide = read('baotou-szf-guide.txt');
    expect(guide.fields.address).toContain('D502');
    expect(guide.fields.office_hours).toContain('法定节假日除外');
  });

  it('keeps the days of hours printed without colons, the times said unreadable', () => {
    const hours = read('tongzhou-xfb-guide.txt').fields.office_hours ?? '';
    expect(hours).toContain('周一至周五');
    expect(hours).toContain('无法辨认');
  });

  it('reads three reading places listed in one sentence, each with its phone', () => {
    const places = read('meixian-xzf-guide.txt').fields.reading_places ?? [];
    expect(places).toHaveLength(3);
    expect(places.map((place) => place.slice(-12)).join(' ')).toContain('0917-5546362');
  });

  it('reads the second numbered place to hand in', () => {
    expect(read('putuo-mzj-guide.txt').fields.second_accepting).toContain('大渡河路1668号2号楼901室');
  });
});
