/**
 * perf25: speed-ups of the import that must not change what is read. Made-up texts; the outcome of the shared reading
 * is compared with the readers run one by one (no timing here).
 */
import { describe, expect, it } from 'vitest';
import { extractAllContacts, extractContactExtras, extractContacts } from '../../../src/report/prose.js';

const TEXTS = [
  '联系地址:某某县人民路 12 号\n邮编:123456,联系电话:0123-4567890\n传真:0123-4567891\n联系人:王小明,QQ:12345678\n领导小组办公室设在政秘股,负责日常工作。',
  '聯繫電話:0111-2223333 郵編 654321 地址:某某市某區長安街8號',
  '政府信息公开工作由办公室负责,请与办公室(电  : 0482-8268516)联系。',
  '',
];

describe('perf25: contacts and their extras read from one joined text', () => {
  it.each(TEXTS)('gives what the two readers give: %s', (text) => {
    const all = extractAllContacts(text);
    const one = { ...extractContacts(text), ...extractContactExtras(text) };
    expect(all).toEqual(one);
    expect(Object.keys(all)).toEqual(Object.keys(one));
  });
  it('reads a contact clause whole', () => {
    const all = extractAllContacts(TEXTS[0]);
    expect(all.phone).toBe('0123-4567890');
    expect(all.post_code).toBe('123456');
    expect(all.contact_person).toBe('王小明');
    expect(all.office).toBe('政秘股');
  });
});
