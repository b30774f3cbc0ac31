/**
 * corpus74: answer classes of real-questions-corpus74 (reports-more80), on made-up pages of real places in a real SQLite
 * store, made-up figures.
 * - One number labelled as both phone and fax (电话及传真:0851-…): the phone as well as the fax (prose.ts contactsOfText; read
 *   as the fax only before, so 电话多少 was answered with the general rule).
 * - A government website printed without its 站 (利用政府门户网主动公开信息35条) is the 门户网站 asked (retrieve.ts
 *   WEBSITE_STATED; refused as a channel the report does not name before).
 * - A channel named by a body and its level (通过区政府门户网站20条、…市人社局门户网站14条): 在市人社局门户网站 asks the 市 one
 *   (level-asked.ts NO_PLACE_END: 在市 was read as a place ending in 市), and 通过区政府门户网站 is an item of its own, not the
 *   agency's own name's words (LEAD_VERBS); both were refused as another level's figure.
 * - A follow-up naming a channel by its government (那区政府门户网站呢, nine characters) after a channel's figure: that channel's
 *   count, as 门户网站呢 is (engine.ts CHANNEL_ALONE_FOLLOW_UP; answered with the rules on what is published before).
 * - The 上年结转 row asked without the word 申请 (上年结转的呢 after 受理了多少件申请) on a page cut before table 三: the prose is
 *   searched with 申请 added, from a clause saying the count came in (engine.ts carriedInOfProse; refused for the missing table
 *   before, though 上年结转的申请有几件 was answered).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractContacts } from '../../../src/report/prose.js';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

describe('corpus74: a number for both phone and fax, 门户网 without 站, channels named by a body and its level', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'township.txt',
        [
          '从江县加榜乡人民政府2024年政府信息公开工作年度报告',
          '所列数据统计期限自2024年1月1日至2024年12月31日。请与从江县加榜乡人民政府办公室联系(地址:从江县加榜乡政府大楼三楼;邮编:557306;电话及传真:0855-6411234)。',
          '一、总体情况',
          '(一)主动公开。2024年利用政府门户网主动公开信息41条,利用新媒体微信公众号发布信息73条。',
          '(二)依申请公开。2024年收到申请数0件。',
          '二、主动公开政府信息情况',
        ].join('\n'),
      ],
      [
        'bureau.txt',
        [
          '樊城区人社局2024年政府信息公开工作年度报告',
          '一、总体情况',
          '(一)主动公开。2024年,我局共主动公示61条信息,其中通过区政府门户网站15条、樊城就业微信公众号9条、市人社局门户网站11条、区人社局门户网站15条、其他11条。',
          '(二)依申请公开。2024年未收到政府信息公开申请。',
          '二、主动公开政府信息情况',
        ].join('\n'),
      ],
      [
        'office.txt',
        [
          '宁波市海曙区人民政府办公室2024年政府信息公开工作年度报告',
          '一、总体情况',
          '(二)依申请公开',
          '2024年,我区共受理政府信息公开申请件120件,其中6件来自上一年度结转,本年度完成110件依申请件答复,10件结转至2025年度办理。',
          '(三)政府信息管理',
        ].join('\n'),
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('电话及传真:0855-6411234 is the phone and the fax', async () => {
    const contacts = extractContacts('请与某乡人民政府办公室联系(地址:某乡政府大楼;邮编:557306;电话及传真:0855-6411234)。');
    expect(contacts).toMatchObject({ phone: '0855-6411234', fax: '0855-6411234' });
    expect(extractContacts('联系电话/传真:0851-87654321').phone).toBe('0851-87654321');
    const phone = await app.ask('加榜乡政府电话多少', 'jb-1');
    expect(phone.answer).toContain('0855-6411234');
  });

  it('门户网站 asked; 利用政府门户网主动公开信息41条 printed: 41', async () => {
    const answer = await app.ask('加榜乡2024年在门户网站公开了多少条', 'jb-2');
    expect(answer.facts.map((fact) => fact.value)).toEqual([41]);
  });

  it('在市人社局门户网站 asks the 市 item (11); 在区政府门户网站 the 区政府 one (15), never refused as another level', async () => {
    const city = await app.ask('樊城区人社局2024年在市人社局门户网站发布几条', 'fc-1');
    expect(city.facts.map((fact) => fact.value)).toEqual([11]);
    const district = await app.ask('樊城区人社局2024年在区政府门户网站发了几条', 'fc-2');
    expect(district.kind).toBe('figure');
    expect(district.facts.map((fact) => fact.value)).toEqual([15]);
  });

  it('上年结转的呢 after 受理了多少件申请, table 三 cut: the prose’s 6件来自上一年度结转; 结转到下一年的呢 its 10', async () => {
    await app.ask('海曙区政府办2024年受理了多少件信息公开申请', 'hs-1');
    const carried = await app.ask('上年结转的呢', 'hs-1');
    expect(carried.facts.map((fact) => fact.value)).toEqual([6]);
    const forward = await app.ask('海曙区政府办2024年结转到下一年的有几件', 'hs-2');
    expect(forward.facts.map((fact) => fact.value)).toEqual([10]);
  });

  it('那区政府门户网站呢 after a channel’s figure: that channel’s count (15), not the rules on what is published', async () => {
    await app.ask('樊城区人社局2024年主动公示了多少条信息', 'fc-3');
    await app.ask('其中在樊城就业微信公众号发了多少', 'fc-3');
    const next = await app.ask('那区政府门户网站呢', 'fc-3');
    expect(next.kind).toBe('figure');
    expect(next.facts.map((fact) => fact.value)).toEqual([15]);
  });
});
