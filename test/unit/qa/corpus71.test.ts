/**
 * corpus71: answer classes of real-questions-corpus71 (reports-more77), on made-up pages of real places in a real SQLite store,
 * made-up figures.
 * - 其中市政府文件几件 / 开了多少次区政府常务会议, following a city's or a district's figures: a level alone after a word of the
 *   sentence (其中) or a count asked (多少次) names no place; the level's government qualifies the item asked (engine.ts
 *   LEVEL_AFTER_SENTENCE_WORDS; both were refused as agencies not held, 没有找到“其中市政府”).
 * - The address after 地址 with no colon, its post code in brackets after it (地址西安市雁塔区兴善寺西街42号(邮编710000)), is read
 *   (prose.ts address; only one followed by a comma or the clause's end was).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractContacts } from '../../../src/report/prose.js';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

describe('a level alone after 其中 or a count asked, in a follow-up', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'office.txt',
        [
          '白山市人民政府办公室2025年政府信息公开工作年度报告',
          '本报告所列数据统计期限为2025年1月1日至12月31日。',
          '一、总体情况',
          '(一)主动公开。全年累计主动公开政务信息3120条,其中公开市政府文件18件、行政规范性文件2件,政府公报4期。',
          '(二)会议公开。发布市政府常务会议24次,公开部门会议信息57次。',
          '(三)',
        ].join('\n'),
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('其中市政府文件几件 after the year’s total: the city government’s documents of the office asked', async () => {
    const [, documents] = await converse(app, 'documents', ['白山市政府办2025年主动公开了多少条政务信息', '其中市政府文件几件']);
    expect(documents.facts.map((fact) => fact.value)).toContain(18);
  });

  it('开了多少次市政府常务会议 as a follow-up: the meetings, no agency 开了多少次市政府', async () => {
    const [, meetings] = await converse(app, 'meetings', ['白山市政府办2025年主动公开了多少条政务信息', '开了多少次市政府常务会议']);
    expect(meetings.answer).not.toContain('没有找到');
    expect(meetings.facts.map((fact) => fact.value)).toContain(24);
  });
});

describe('an address after 地址 with no colon, its post code in brackets', () => {
  it('is the address', () => {
    const contacts = extractContacts('咨询联系方式如下:地址咸阳市秦都区渭阳西路18号(邮编712000),联系电话33210000,传真33210001。');
    expect(contacts.address).toBe('咸阳市秦都区渭阳西路18号');
  });
});
