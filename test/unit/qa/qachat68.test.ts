/**
 * qachat68's classes (conversations after a miss, citizen-questions-110), each with a made-up example that fails without its
 * fix. The figures are made up; the places are real ones, not the fixtures'.
 * 1. 余姚有几个镇 / 余姚有几个单位 (a place written alone, then how many or which of its bodies, nothing else asked), and 都有谁
 *    right after: the place's stored agencies of the level named, counted and listed (was: 有多个机关…请问您问的是哪一个, and
 *    都有谁 off-topic).
 * 2. 泗门镇有几个专职人员 (a question of its own, naming the agency) in reply to 请问您问的是哪个机关、哪一年: asked afresh (was:
 *    read as the name completing the question asked back, and refused).
 * 3. 24年呢 after 电话多少 of an agency with no report of that year: the latest report's contacts, said as that report's, with
 *    暂无…2024年的报告 (was: the contacts with no word that the year asked is not held).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, cutPage, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

describe('qachat68: conversations after a miss (made-up store)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp({ now: () => new Date('2026-12-07T10:00:00+08:00') });
    await importTexts(app, [
      [
        'yy-sm-2025.txt',
        cutPage(
          '余姚市泗门镇',
          2025,
          '（一）主动公开 2025年,全镇主动公开政府信息58条。明确党政办具体落实,指定1名专职工作人员负责信息公开。',
        ),
      ],
      ['yy-lm-2025.txt', cutPage('余姚市陆埠镇', 2025, '（一）主动公开 2025年,全镇主动公开政府信息41条。')],
      ['yy-jy-2025.txt', cutPage('余姚市教育局', 2025, '（一）主动公开 2025年,我局主动公开政府信息120条。')],
      [
        'lz-2023.txt',
        cutPage(
          '余姚市梨洲街道',
          2023,
          '如对本报告有疑问,请与余姚市梨洲街道党政办联系(地址:余姚市梨洲路18号,电话:0574-62001234)。',
          '（一）主动公开 2023年,街道主动公开政府信息33条。',
        ),
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it("counts and lists a place's stored bodies of the level asked, and lists them again on 都有谁", async () => {
    const [towns, who] = await converse(app, 'towns', ['余姚有几个镇', '都有谁']);
    expect(towns.kind).not.toBe('clarify');
    expect(towns.answer).toContain('2个');
    for (const answer of [towns, who]) {
      expect(answer.answer).toContain('泗门镇');
      expect(answer.answer).toContain('陆埠镇');
      expect(answer.answer).not.toContain('教育局');
    }
    const [bodies] = await converse(app, 'bodies', ['余姚市有几个单位']);
    expect(bodies.answer).toContain('4个');
  });

  it('answers a question naming its agency afresh when it comes in reply to which agency', async () => {
    const [asked, staff] = await converse(app, 'reply-question', ['simen镇25年公开了几条', '泗门镇有几个专职人员']);
    expect(asked.kind).toBe('clarify');
    expect(staff.answer).toContain('1名专职工作人员');
  });

  it('says the year asked after a contact is not held, then gives the latest contacts', async () => {
    const [phone, unheld] = await converse(app, 'contact-year', ['梨洲街道23年电话多少', '24年呢']);
    expect(phone.answer).toContain('0574-62001234');
    expect(unheld.answer).toContain('暂无');
    expect(unheld.answer).toContain('2024年');
    expect(unheld.answer).toContain('0574-62001234');
  });
});
