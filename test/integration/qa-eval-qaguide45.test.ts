/**
 * guide-questions-59 (80 citizens' questions, issue #11, over ten guides new in guides-59, of provinces the other guide folders
 * hold few of — 鹤岗市乡村振兴局 (黑龙江: a page headed 市乡村振兴局 alone), 江西省发改委 (its short name in the title; address,
 * 开放时间 and phone in one sentence), 福清市三山镇 (福建: a mailbox 仅供答复使用), 莆田市城厢区人民政府 (traditional characters, the
 * e-mail hidden by the copy), 湖南省信访局 (another body receives applications in person; no numbers), 湘乡市龙洞镇 (contacts in
 * one sentence: 驻地在, 传真号:, 邮政编码411403), 会同县人民政府 (four reading places numbered (1)–(4)), 绍兴市自然资源和规划局
 * (浙江: a gambling copy, a complaints platform), 淳安梓桐镇 (glued pinyin; a platform that takes no applications) and 扬州市江都区
 * 人民政府办公室 (江苏: traditional, under 【當前位置】:) — asked by short names and typos (江西发改委, 发该委, 三山镇, 龙洞镇, 资规局,
 * 梓桐镇), as citizens ask (在哪交, 电话/传真/邮编/邮箱, 几点上班/开门, 夏天下午几点, 星期六能去吗, 能发邮件吗, 能网上申请吗,
 * 能寄信吗, 要带身份证吗, 不给公开怎么办, 在哪能查, 公众号), five conversations (找谁 then 电话呢/地址呢/那邮寄呢/多久回; after
 * a miss 那邮箱呢 / 算了 直接去哪; 周末办不办 then 那龙洞镇的呢; 电话 then 那怎么申请/能发邮件吗; 在哪 then 电话呢/那梓桐镇呢), a
 * question mixing a report and the guide, and negatives (镇长, 县长, 局长; contacts a guide does not give: 没有写明).
 * Written before its first run; first run with the eval CLI over /tmp/all42.db plus guides-59: 53/80, 0 wrong figures (鹤岗 and
 * 江都 refused at import, so their questions were refused; 江西's hours, 三山's reply-only mailbox, 龙洞's address, fax and
 * post code, 会同's archive, the 浙江 online ways missed). Four expectations were changed after it, none to the bot's words: three
 * addresses of traditional-character pages are answered in simplified characters (府前街8号, 荔华东大道269号, 龙川北路1号), and
 * the two 浙江 online addresses the copies print are the copy sites' domains (网上申请 expected instead). Fixed, by class
 * (src/guide/agency-guide.ts): a page headed by its agency's name alone is that agency as the body places it; a bracketed
 * location label is no title; 依申请公开”平台 is an online way; a complaints/opinions platform, or a refusal said after another
 * link, does not stand for a link; 传真号:, 邮政编码 glued to its digits, 驻地在 (less 距…公里), 开放时间; a reply-only mailbox;
 * every place of a numbered list under a reading-place heading (never the office's address: 会同's office address had been its
 * traffic hall's); an office alone under its heading (…党建办, …公开办), 本机关办公室为…工作机构; the full name the body quotes
 * the guide by; no catalogue link or two glued sites as the website. Final: 78/80, no wrong figure; 2 gap lines (the mixed
 * report-and-guide question; 算了 直接去哪). The folder: test/unit/guide/guides-59.test.ts (3/10 -> 10/10).
 * gaps98 closed the two 江西省发改委 hours lines (开放时间 right after the office's own address read as its hours, agency-guide.ts).
 */
import { afterAll, beforeAll, describe } from 'vitest';
import type { TestApp } from '../helpers.js';
import { askFiles, guidesFolders, REPORTS_TO_MORE7_AND_GUIDES, storeOf } from './qa-eval-helpers.js';

describe('held-out guide questions over ten guides of few-held provinces (guide-questions-59)', () => {
  let store: TestApp;
  beforeAll(async () => {
    store = await storeOf([...REPORTS_TO_MORE7_AND_GUIDES, ['reports-more57', /\.txt$/], ...guidesFolders(41, 59)] as const);
  });
  afterAll(() => store.dispose());
  askFiles(() => store, ['guide-questions-59.jsonl']);
});
