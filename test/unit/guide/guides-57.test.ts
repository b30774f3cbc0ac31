/**
 * The real guides qaguide43 added (guides-57, asked by guide-questions-57): three customs houses (a 隶属海关 with every contact in
 * one run-on sentence, a 直属海关 cut before its contacts, a mirror whose offices are only in an attachment), two 街道 (one under
 * its district government's name, one naming itself short with its catalogue's columns one word a line), an autonomous county's
 * government office, two 省 departments (a mirror of a short paragraph guide, a traditional-character mirror with paraphrased
 * headings) and a county government's untitled traditional-character mirror. Each is read as a guide of the agency its hand-read
 * JSON names, with every field the JSON gives, and all are imported.
 *
 * First run (before qaguide43's fixes): 5 of 9 read right in every field the hand reading gives; wrong were the county
 * government's agency (refused: no title), the 隶属海关's e-mail way (通过互联网电子邮箱提出申请), the county office's reading place
 * (3县政务服务中心政务公开栏, the item's number kept) and the 街道's scope and ways of publishing (its catalogue's column
 * descriptions). After: 9 of 9, and the county government's address without the addressee's 收 it was first read with (…316室收).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAgencyGuide } from '../../../src/guide/agency-guide.js';
import { describeGuideFolder } from '../../guide-folder.js';

describeGuideFolder('qaguide43’s real guides (guides-57)', 'guides-57', {
  atLeast: 9,
  ask: '沙田海关信息公开电话多少',
  answerContains: '0769-88687874',
});

describe('guides-57: what the fixes read', () => {
  const read = (name: string) => parseAgencyGuide(readFileSync(join(__dirname, '../../fixtures/guides-57', name), 'utf8'));

  it('reads the customs house’s e-mail way', () => {
    expect(read('shatian-hg-guide.txt').fields.channels).toEqual(['当面提交', '信函（邮寄）', '电子邮件']);
  });

  it('reads the county office’s reading place without the item’s number', () => {
    expect(read('dahua-xzfb-guide.txt').fields.reading_places).toEqual(['县政务服务中心政务公开栏']);
  });

  it('reads no scope from the 街道’s catalogue columns', () => {
    const guide = read('lunan-xuenan-guide.txt');
    expect(guide.fields.proactive_scope).toBeUndefined();
    expect(guide.fields.proactive_channels).toBeUndefined();
  });
});
