/** Contacts as reports print them: 繁体 pages with pinyin glosses, a building after a comma, an address in the opening. */
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

describe('extractContacts on real openings', () => {
  it('keeps the building a comma sets off after the street (…121号,自然资源局办公大楼4楼)', () => {
    expect(extractContacts(fixture('reports-more4/20.txt')).address).toBe('来宾市盘古大道121号，自然资源局办公大楼4楼');
  });

  it('reads where the opening says the agency is (现位于…4660B号) and a phone after 联系方式', () => {
    expect(extractContacts(fixture('reports-more4/19.txt')).address).toBe('南关区亚泰大街4660B号');
    expect(extractContacts(fixture('reports-more3/25.txt')).phone).toBe('0872-6343096');
  });

  it('does not take the next field for a building (地址:…号,邮编:…)', () => {
    expect(extractContacts('（地址：某市某路1号，邮编：100000，电话：010-12345678）').address).toBe('某市某路1号');
  });
});
