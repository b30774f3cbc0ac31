/**
 * guide-questions-60 (91 citizens' questions, issue #11, over ten real guides new in guides-60, of provinces and levels the other
 * guide folders hold few of — 包头市人民政府 (内蒙古: two reading places with their own 查阅/查询服务时间 before an application
 * part whose headings the copy lost), 正蓝旗信访局 (内蒙古 旗, traditional with pinyin glosses; contacts under 线下公开渠道 after a
 * gazette line 地址:正蓝旗信访局), 辽宁省工业和信息化厅 (an untitled application page; 机 构:; no applications by phone),
 * 辽宁省通信管理局 (a ministry's bureau, traditional; no phone or hours), 北京 通州区信访办公室 (hours printed without colons),
 * 上海 普陀区民政局 (two numbered places to hand in), 江苏省地方志编纂委员会办公室 (an application notice; hours only as
 * 省级机关办公时间; a mailbox only in a way of applying; no applications by phone), 陕西 眉县人民政府 (three reading places in one
 * sentence; no office contacts), 江苏 泗洪县档案局 (contacts in one sentence, 本单位保管利用科) and 山东 临沭县司法局 (one consulting
 * phone in brackets) — asked by short names and typos (辽宁工信厅, 通州信访办, 方志办, 正兰旗), as citizens ask (在哪交, 电话/传真/
 * 邮编/邮箱, 几点上班, 夏天下午几点, 星期六上班吗, 能打电话申请吗, 能发邮件吗, 能当面交吗, 申请表在哪下载, 要带啥, 写字有困难咋办,
 * 多久答复, 在哪能查, 公众号), four conversations (找谁 then 电话呢/能打电话申请吗/那邮寄地址呢; 电话 then 几点上班/周末办不办/
 * 那通州信访办的呢; 在哪 then 电话呢/那包头市政府呢; 在哪交 then 邮编多少/传真呢) and negatives (市长, 局长, 主任; contacts a guide
 * does not give: 没有写明).
 * Written before its first run; first run with the eval CLI over /tmp/all43.db plus guides-60 on main's code: 77/91, 0 wrong
 * figures, but one wrong yes the line passed: 江苏省地方志办能打电话申请吗 was answered 可以 (its 口头提出 taken for applying by
 * phone, the guide saying 不受理通过电话方式提出的申请), so the line now asks for 不可以 too. Missed: 包头's office address and
 * hours (its 政务服务大厅's, a reading place's, were given), 通州's hours, 普陀's second place, 江苏's mailbox, 眉县's reading
 * places (one, cut), 临沭's phone, 写字有困难咋办 (refused). One expectation was changed after it, not to the bot's words: 辽宁省
 * 通信管理局's form is downloaded from a site the copy garbles to …I(yè)和信息化部网站 (no 工业 in the text): 信息化部网站 expected.
 * Fixed, by class (src/guide/agency-guide.ts, agency-guide-answer.ts): a place whose own brackets give the hours one may read or
 * look things up there (查询服务时间) is a reading place, never the office; a gazette's 地址 in its brackets after its web address is
 * not the office's; 机 构: and 本单位 are no part of the office's name; a phone in brackets after its label (联系电话(…)咨询); a
 * website's 政务公开栏目 is no notice board (the mailbox in that sentence had been dropped as a reading place's); places listed in
 * one sentence with an address and phone in brackets each; hours whose times lost their colons keep their days; a committee that
 * acts through its office (编纂委员会办公室) is that office; a second numbered place to hand in, given with the address; a guide
 * refusing applications by phone answers 不可以; 写字有困难 asks how to apply (and its 口头 note); hours of 工作日 answer 周末 with
 * a no. Final (vitest, over this store): 88/91, no wrong figure; 3 gap lines (a reading place asked by its own name; 方志办; the
 * note that 信访、投诉 are no applications). The folder: test/unit/guide/guides-60.test.ts (3/10 -> 10/10); made-up cases of
 * every class: test/unit/guide/qaguide46.test.ts.
 */
import { afterAll, beforeAll, describe } from 'vitest';
import type { TestApp } from '../helpers.js';
import { askFiles, guidesFolders, REPORTS_TO_MORE7_AND_GUIDES, storeOf } from './qa-eval-helpers.js';

describe('held-out guide questions over ten guides of provinces and levels the folders held few of (guide-questions-60)', () => {
  let store: TestApp;
  beforeAll(async () => {
    store = await storeOf([...REPORTS_TO_MORE7_AND_GUIDES, ['reports-more57', /\.txt$/], ...guidesFolders(41, 60)] as const);
  });
  afterAll(() => store.dispose());
  askFiles(() => store, ['guide-questions-60.jsonl']);
});
