/**
 * qachat65's classes (conversations after a miss, citizen-questions-107), each with a made-up example that fails without its
 * fix. The figures are made up; the places are real ones, not the fixtures'.
 * 1. 个人的呢 / 自然人的呢 after a count of applications whose sentence breaks it down by applicant (4件为自然人申请): that part
 *    (was: 没有找到“个人”的数字).
 * 2. 比2024年呢 / 多了几个 right after the latest report's figure given for a year the agency has no report of (2025年 asked,
 *    2024年 answered): no such year, nothing compared (was: the same figure again, then 没有理解).
 * 3. A kind of department written alone whose first words read as a place (交通运输厅, 应急管理厅: 交通, 应急): which of the stored
 *    ones is meant (was: 没有找到“交通运输厅”, though two are stored).
 * 4. A fax printed as one number of the contact list, marked by a bracket after it (电话:0791-…668、0791-…696(传真)): that fax,
 *    and the phone without it (was: 年度报告中也没有写明传真).
 * 5. 答复了几个 / 办结了多少 where table 三 is cut and a sentence counts the answered applications (全年答复申请4件): that count
 *    (was: 页面不完整，没有“办理结果总计”).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractContacts } from '../../../src/report/prose.js';
import { converse, cutPage, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

describe('qachat65: conversations after a miss (made-up store)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp({ now: () => new Date('2026-12-07T10:00:00+08:00') });
    await importTexts(app, [
      [
        'ya-2023.txt',
        cutPage(
          '延安市宝塔区人民政府办公室',
          2023,
          '（二）依申请公开方面。本年度共收到依申请公开事项7件(其中1件为上年结转政府信息公开申请),5件为自然人申请,2件为科研机构申请。',
        ),
      ],
      ['sx-2023.txt', cutPage('陕西省交通运输厅', 2023, '（一）主动公开。全年主动发布政府信息812条。')],
      ['gs-2022.txt', cutPage('甘肃省交通运输厅', 2022, '（一）主动公开。全年主动发布政府信息406条。')],
      [
        'ak-2024.txt',
        cutPage(
          '安康市汉滨区人民政府',
          2024,
          '如对本报告有疑问,请联系汉滨区人民政府办公室(联系电话:0915-3212345、0915-3212346(传真),电子邮箱:hbq2024@163.com)。',
          '（二）依申请公开情况。2024年,全区受理线上信息公开申请31件。',
        ),
      ],
      [
        'zs-2021.txt',
        cutPage(
          '泽普县人民政府',
          2021,
          '（二）依申请公开方面。全年收到政府信息公开申请6件,其中,信函申请2人次,网页申请4人次。全年答复申请5件,未答复1件,属于内部事务信息。',
          '（三）政府信息管理方面。依法办结申请3件,其余正在办理。',
        ),
      ],
      [
        'hz-2024.txt',
        cutPage('汉中市应急管理局', 2024, '（二）依申请公开情况。2024年,共收到政府信息公开申请23件,上年结转申请4件,答复27件。'),
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('answers 个人的呢 after a count of applications with the part a private person made', async () => {
    const [count, person] = await converse(app, 'person', ['宝塔区政府办2023年收到几个依申请', '个人的呢']);
    expect(count.facts.map((fact) => fact.value)).toContain(7);
    expect(person.kind).toBe('figure');
    expect(person.facts.map((fact) => fact.value)).toEqual([5]);
    const [, kind] = await converse(app, 'natural', ['宝塔区政府办2023年收到几个依申请', '自然人的呢']);
    expect(kind.facts.map((fact) => fact.value)).toEqual([5]);
  });

  it('says the year asked has no report when the latest one answered is compared with itself', async () => {
    const [latest, against, more, carried] = await converse(app, 'unheld', [
      '汉中应急管理局2025年收到几个申请',
      '比2024年呢',
      '多了几个',
      '上年结转几件',
    ]);
    expect(latest.facts.map((fact) => fact.value)).toEqual([23]);
    for (const answer of [against, more]) {
      expect(answer.kind).toBe('refusal');
      expect(answer.answer).toContain('暂无汉中市应急管理局2025年的报告');
      expect(answer.facts).toEqual([]);
    }
    expect(carried.facts.map((fact) => fact.value)).toEqual([4]);
  });

  it('asks which one is meant of a kind written alone whose first words read as a place', async () => {
    const [which, chosen] = await converse(app, 'kind', ['交通运输厅发布了多少政府信息', '陕西的']);
    expect(which.kind).toBe('clarify');
    expect(which.answer).toContain('陕西省交通运输厅');
    expect(which.answer).toContain('甘肃省交通运输厅');
    expect(chosen.facts.map((fact) => fact.value)).toEqual([812]);
  });

  it('reads a fax marked by a bracket after its number in the contact list', async () => {
    const contacts = extractContacts('联系电话:0915-3212345、0915-3212346(传真),电子邮箱:hbq2024@163.com');
    expect(contacts.fax).toBe('0915-3212346');
    expect(contacts.phone).toBe('0915-3212345');
    const [, fax] = await converse(app, 'fax', ['汉滨区2024年线上申请多少件', '传真多少']);
    expect(fax.answer).toContain('0915-3212346');
  });

  it('answers 答复了几个 from the sentence that counts the answered applications when table 三 is cut', async () => {
    const [received, answered, closed] = await converse(app, 'answered', ['泽普县2021年收到几个申请', '答复了几个', '办结了多少']);
    expect(received.facts.map((fact) => fact.value)).toEqual([6]);
    expect(answered.kind).toBe('figure');
    expect(answered.facts.map((fact) => fact.value)).toEqual([5]);
    expect(closed.facts.map((fact) => fact.value)).toEqual([3]);
  });
});
