/**
 * Merge fix of the thirty-eighth session: qaguide41 read a phone label run into its number (联系电话0751-8876229) as the
 * office's phone wherever it stood, so a guide that gives no phone of its office but lists its reading places with theirs
 * (海淀区档案馆…;联系电话010-62523709) answered the archive's number as the office's (guide-questions-4's 海淀区卫生局 lines).
 * A glued phone in a sentence about a reading place is that place's own.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAgencyGuide } from '../../../src/guide/agency-guide.js';

describe('a glued phone label inside a reading place’s sentence', () => {
  it('is not the office’s phone on the real page that showed it', () => {
    const text = readFileSync(join(__dirname, '..', '..', 'fixtures', 'guides', 'haidian-wsj-guide.txt'), 'utf8');
    expect(text).toContain('联系电话010-62523709');
    expect(parseAgencyGuide(text).fields.phone).toBeUndefined();
  });
  it('is not the office’s phone', () => {
    const text = `北江县民政局政府信息公开指南
北江县民政局对于主动公开的政府信息,主要采取以下方式公开:
,政府信息公开大厅位于北江县河西路8号;开放时间为周一至周五(法定假日除外),9:00——12:00。
,北江县图书馆位于北江县文化路3号;开放时间为周二至周日,9:00——17:00;联系电话0763-5519999。
`;
    expect(parseAgencyGuide(text).fields.phone).toBeUndefined();
  });
  it('still reads the office’s own glued phone', () => {
    const text = `北江县民政局政府信息公开指南
一、依申请公开
受理机构为北江县民政局办公室,办公地址:北江县河西路8号,受理机构联系电话0763-5512345。
`;
    expect(parseAgencyGuide(text).fields.phone).toBe('0763-5512345');
  });
});
