/**
 * qachat32's classes (citizen-questions-60), each on made-up reports built from 西工区's layout with another agency and
 * figures: 全区 (全县, 全市) is the whole region a sentence speaks of, never the end of an agency's name (调动全区各部门 stored
 * as the agency 调动全区); a verb of change put right before 几 (新开了几个专栏) asks the breakdown's part that verb names
 * (其中新开3个), not the headline; a change printed as 较上一年度增加N件 answers 比上一年多了多少; 还没审完的 is the report's
 * 尚未审结; a 微信订阅号's quoted name is the 公众号's name; 电子邮件呢 / 当面申请的有吗 after a count of applications by
 * channel is that channel's count, never the agency's e-mail address or how to apply in person.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../../src/report/importer.js';
import { converse, importTexts, makeTestApp, type TestApp, xigongAs } from '../../helpers.js';

const REPORTS: Record<string, string> = {
  'office.txt': xigongAs(
    '南屏县人民政府办公室',
    '南屏县',
    '2024 年，县政府门户网站共发布信息 900 条。共维护 20 个专栏，其中新开 3 个；共发布政策解读 15 篇。',
    '2024 年共受理依申请公开事项 40 件，结转上年后新收到依申请公开事项 30 件，较上一年度增加 12 件。其中，通过信函申请 20 件，占 66.7%；电子邮件 6 件，占 20%；在线申请 4 件，占 13.3%；当面申请 0 件，占 0%。县政府本级涉信息公开申请的行政复议案件 9 件，结果维持 3 件，结果纠错 1 件，尚未审结 5 件。',
  ),
  'edu.txt': xigongAs(
    '南屏县教育委员会',
    '南屏县',
    '2024 年，通过门户网站发布各类信息 120 条。加强政务新媒体建设，“南屏教育”微信订阅号关注用户达 2.5 万人，全年发布信息 88 条。另外，我委没有门户网站。',
    '2024 年，我委共受理政府信息公开申请 2 件。',
  ),
};

/** A page cut after its first section (as search results store them): its 复议 told only in prose. */
const CUT_PAGE = [
  '南屏县人民政府办公室',
  '2025年政府信息公开工作年度报告',
  '如对本报告有疑问，请联系南屏县人民政府办公室，联系电话：0000-1234567。',
  '一、总体情况',
  '（一）主动公开',
  '依托县政府门户网站发布政府信息 800 条，其中主动公开政策公文 90 件。一是2025年，及时公开重点领域政府信息 320 条，发布政策解读 12 篇。通过12345政务服务热线共受理各类群众诉求 900 件。“南屏县人民政府发布”发布信息 210 条。',
  '收到 80 条网民留言，办结留言 75 条，公开答复 3 条。',
  '（二）依申请公开',
  '2025年，县政府及县政府办公室共收到各类政府信息公开申请 30 件。县政府本级涉信息公开申请的行政复议案件 9 件，行政诉讼案件 0 件，结果维持 3 件，结果纠错 1 件，尚未审结 5 件。申请公开信息内容主要涉及',
].join('\n');

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('qachat32 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [...Object.entries(REPORTS), ['cut.txt', CUT_PAGE]]);
  });
  afterAll(() => app.dispose());

  it('a page naming no agency, only 我区 and 调动全区各部门, is refused asking for --agency, never stored as 调动全区 (made up)', async () => {
    const file = join(app.directory, 'region.txt');
    writeFileSync(
      file,
      [
        '一、总体情况',
        '2024年，我区深入贯彻落实《中华人民共和国政府信息公开条例》规定，全面推进政府信息公开各项工作，调动全区各部门政府信息公开工作的积极性、主动性。所列数据的统计期限从2024年1月1日起至2024年12月31日止。',
        '（一）主动公开政府信息情况。2024年，全年政府门户网站发布各类信息1200条，其中主动公开政策文件120条。',
        '（二）依申请公开情况。全年依申请公开共收到群众网上申请30件，快递5件，合计35件。',
      ].join('\n'),
    );
    const outcome = await importFile(app.reports, file);
    expect(outcome.report?.agency).not.toBe('调动全区');
    expect(outcome.error).toContain('--agency');
  });

  it('新开了几个专栏 is the part the verb names (3), 维护了几个专栏 the headline (20) (made up)', async () => {
    const [opened] = await converse(app, 'c32-opened', ['南屏县政府办24年新开了几个专栏']);
    expect(values(opened)).toEqual([3]);
    const [kept] = await converse(app, 'c32-kept', ['南屏县政府办24年维护了几个专栏']);
    expect(values(kept)).toEqual([20]);
  });

  it('比上一年多了多少 is answered by the change printed as 较上一年度增加12件, the earlier year not held (made up)', async () => {
    const [, change] = await converse(app, 'c32-change', ['南屏县政府办24年新收到依申请多少件', '比上一年多了多少']);
    expect(values(change)).toContain(12);
    expect(change.answer).toContain('较上一年度增加12件');
  });

  it('还没审完的呢 after the reviews upheld is the 尚未审结 count a cut page prints in prose (made up)', async () => {
    const [, upheld, pending] = await converse(app, 'c32-pending', ['南屏县政府办25年被复议了几次', '维持了几件', '还没审完的呢']);
    expect(values(upheld)).toEqual([3]);
    expect(values(pending)).toEqual([5]);
  });

  it('订阅号叫什么 is the quoted name before 微信订阅号 (made up)', async () => {
    const [name] = await converse(app, 'c32-name', ['南屏县教委24年订阅号叫什么']);
    expect(name.answer).toContain('南屏教育');
    const [account] = await converse(app, 'c32-name-2', ['南屏县教委24年公众号叫什么']);
    expect(account.answer).toContain('南屏教育');
  });

  it('电子邮件呢 and 当面申请的有吗 after 信函申请的有几件 are those channels’ counts, not an e-mail address or the rules (made up)', async () => {
    const [, letter, email, inPerson] = await converse(app, 'c32-channel', [
      '南屏县政府办24年受理了多少件依申请公开',
      '信函申请的有几件',
      '电子邮件呢',
      '当面申请的有吗',
    ]);
    expect(values(letter)).toEqual([20]);
    expect(values(email)).toEqual([6]);
    expect(email.kind).toBe('figure');
    expect(values(inPerson)).toEqual([0]);
  });

  it('有问题找谁 电话多少 in a conversation is the agency’s phone, 谁…多少 no ranking (made up)', async () => {
    const [, phone] = await converse(app, 'c32-phone', ['南屏县政府办25年收到多少申请', '有问题找谁 电话多少']);
    expect(phone.answer).toContain('0000-1234567');
  });

  it('他们有门户网站吗 is answered 没有 from the report saying 我委没有门户网站 (made up)', async () => {
    const [, site] = await converse(app, 'c32-site', ['南屏县教委24年订阅号发了多少条', '他们有门户网站吗']);
    expect(site.answer).toMatch(/^没有。/);
    expect(site.answer).toContain('没有门户网站');
  });

  it('重点领域信息呢 after a count in 件 is that thing’s count in its own measure (320条), not refused (made up)', async () => {
    const [, , areas] = await converse(app, 'c32-areas', ['南屏县政府办25年发了几篇政策解读', '群众诉求受理了多少件', '重点领域信息呢']);
    expect(values(areas)).toEqual([320]);
  });

  it('an account named after its place’s government is that place’s report’s, and 办结了多少 after 留言 is the 留言 closed (made up)', async () => {
    const [account, received, closed, answered] = await converse(app, 'c32-account', [
      '南屏县人民政府发布这个号25年发了多少条',
      '网民留言收到多少条',
      '办结了多少',
      '公开答复呢',
    ]);
    expect(values(account)).toEqual([210]);
    expect(values(received)).toEqual([80]);
    expect(values(closed)).toEqual([75]);
    expect(values(answered)).toEqual([3]);
  });
});
