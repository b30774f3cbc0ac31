/** Contacts of 繁体 pages: read in the simplified script, through the pinyin glosses some converted pages print. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractContacts } from '../../../src/report/prose.js';

const fixture = (path: string) => readFileSync(join(__dirname, '..', '..', 'fixtures', path), 'utf8');

describe('extractContacts on 繁体 pages', () => {
  it('reads 郵編 and 聯(lián)系電話 of a real page', () => {
    const contacts = extractContacts(fixture('reports-more5/15.txt'));
    expect(contacts.post_code).toBe('236001');
    expect(contacts.phone).toBe('0558-2577107');
    expect(contacts.address).toBe('阜阳市人民西路106号');
  });

  it('keeps a gloss-free simplified page as it was', () => {
    const contacts = extractContacts('如有疑问，请联系（地址：吉林省长春市西安大路6236号；邮编：130062；联系电话：0431-87958007。');
    expect(contacts).toMatchObject({ post_code: '130062', phone: '0431-87958007', address: '吉林省长春市西安大路6236号' });
  });
});
