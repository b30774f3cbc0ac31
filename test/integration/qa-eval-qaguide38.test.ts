/**
 * guide-questions-52 (123 citizens' questions, issue #11, over six guides new in guides-52 — 东莞长安海关 (a 隶属海关 under 黄埔海关,
 * its hours by weekday with the colons and dashes lost, 8301200, and two phones with their roles in brackets), 拉萨海关 (a 直属海关
 * sending applicants to an attachment for its ways of applying, the national 12360 hotline its only phone), 惠济区应急管理局 (a
 * 依申请公开 page under the portal's metadata bullets: seasonal hours, a mailbox only for questions, only 中国邮政 letters, fax then
 * a call), 重庆市綦江区应急管理局 (2025, 繁体 on a mirror, citing the 2019 regulation's 第十九条、第二十条, three reading places with
 * their own hours, no contacts of its own), 佳木斯西林街道办事处 (2022, cut before applying) and 湘乡市人民政府 (繁体 spam mirror, cut in
 * its reading places) — and three mixed conversations asking a report's count, then how to apply (平潭公安局, 七都街道, 惠济应急局):
 * 找哪个部门, 在哪, 几点上班/周三几点下班, 咨询电话/总机, 要带啥, 信封写啥, 多久答复, 收费吗, 不服怎么办, 能发邮件/传真/网上/打电话
 * 申请吗, 顺丰寄行吗, 周末上班吗, 图书馆过年开吗, 繁体, follow-ups (电话呢, 那拉萨海关呢, 那传真呢), negatives (关长, 局长, 查获走私案,
 * 去年收到几件 of a body with no report). Written before its first run: 82/123 with the eval CLI over every guide folder, 0 wrong
 * figures; one expectation was wrong (湘鄉…漣濱南路: answers print the simplified 涟滨南路). Fixed (src/qa/agency-index.ts): a
 * customs house named by its port alone (长安海关) is that house, never the government of a stored place of that name (石家庄市
 * 长安区), and a shortened name may follow 给/向/往; (src/guide/agency-guide.ts) a weekday list (周一、周二、) is no heading 一、;
 * other days' hours in the next sentence are the same hours; times that lost their colons, each part of the day labelled, are read
 * when they split one way only; two phones with roles in brackets are both kept; a place far down a list of places to read gives
 * neither the office's address nor phone; a mailbox only for questions whose bracket holds (二) is noted as taking no applications.
 * Final: 103/123, no wrong figure; 20 gap lines (a reading place asked as an agency, ways of applying in an attachment, a national
 * hotline among the channels of publishing, the form's full title, 那怎么向他们申请 after a report figure, …). Made-up examples:
 * test/unit/qa/qaguide38.test.ts, test/unit/guide/qaguide38.test.ts (with guides-52's folder test).
 * gaps93 (session 43): a reading place asked by its own name (綦江区档案馆电话, 綦江区图书馆几点开门查信息, 綦江区政务服务大厅
 * 电话) is answered from the guide that lists it under its own label, and 图书馆过年开吗 after the places reads that place's line;
 * a national hotline among the ways of publishing (拉萨海关's 12360, 24小时人工服务) is quoted where the guide prints no phone
 * or hours of its office: 111/123 (8 gap lines closed; test/unit/qa/gaps93.test.ts).
 * gaps97 (session 47): ways of applying sent to an attachment (接收渠道:…(附件2)) are said for 怎么申请 / 能网上申请吗, a courier
 * named (用顺丰寄) asks the letter way, a way headed 互联网渠道 is the online way's note: 6 gap lines of guide-questions-52 closed.
 */
import { afterAll, beforeAll, describe } from 'vitest';
import type { TestApp } from '../helpers.js';
import { askFiles, guidesFolders, REPORTS_TO_MORE7_AND_GUIDES, storeOf } from './qa-eval-helpers.js';

describe('held-out phone-worded guide questions over six new guides and mixed report/guide conversations (guide-questions-52)', () => {
  let store: TestApp;
  beforeAll(async () => {
    store = await storeOf([...REPORTS_TO_MORE7_AND_GUIDES, ...guidesFolders(41, 52)] as const);
  });
  afterAll(() => store.dispose());
  askFiles(() => store, ['guide-questions-52.jsonl']);
});
