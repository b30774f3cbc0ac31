/**
 * guide-questions-63 (95 citizens' questions, issue #11, over ten real guides new in guides-63, of regions and shapes the other
 * guide folders hold few of — 关峡苗族乡 (湖南 绥宁: a township's guide in a news page with menus and metadata; address only),
 * 天津市规划和自然资源局和平分局 (titled 和平分局 under a long menu; cut before contacts), 临夏县人民政府 (甘肃: what is kept
 * back; cut), 海口市旅游和文化广电体育局 (海南: under a document list; its 办公室 in charge), 大兴安岭地区 (黑龙江: a 地区 run
 * by its 行署; an archive's reading centre under its own heading; hours printed without colons), 湖南省乡村振兴局 (applications
 * to its 综合处 named in a sentence), 青海湖景区保护利用管理局 (a spam mirror; guide and catalogue on two sites), 涪陵区人民政府
 * 办公室 (重庆: WeChat, a gazette at three places), 岳阳县长湖乡 (湖南: a 繁体 mirror with glosses; three classes) and 海南省
 * 财政厅 (under a document list; a catalogue's 检索区) — asked as citizens ask (电话/传真/邮箱/邮编/地址/网站, 几点上班, 冬天几点
 * 下班, 周六办公吗, 中午休息吗, 在哪能查, 哪些不公开, 多久公开, 多久更新, 收费吗, 能网上申请吗, 分几类), in 繁体, with voice
 * filler, two comparisons, three conversations (在哪办 then 电话呢/周末开门吗; 找谁 then 电话呢/中午休息吗/申请书发到哪; 在哪能查
 * then 几点开门/电话呢) and negatives (乡长, 局长, 厅长, 区长, 县长, 专员; what a guide does not say: 没有写明).
 * Written before its first run; first run with the eval CLI over /tmp/all46.db plus guides-63 on main's code: 67/95, 0 wrong
 * figures (大兴安岭地区 was stored as 大兴安岭地区人民政府, so 大兴安岭 was read as 兴安盟 and answered from its report).
 * Fixed, by class (src/guide/agency-guide.ts): a 地区's or 盟's guide is stored under the place's bare name, as its reports are;
 * contacts under a numbered heading naming a reading centre are the centre's; 本机关X办公室 is the agency's X办公室; a 公开形式
 * sentence naming 当面受理点 among the forms names no place; 可以向X综合处提出申请 names the accepting office; 主动公开下列主要
 * 政府信息: lists the scope. Questions: a bare place stored (阿里地区) is a region its short form names (src/qa/agency-index.ts;
 * shortRegion cuts 地区 whole); 目录咋查 shows the catalogue's search beside its layout (src/guide/agency-guide-answer.ts).
 * Final: over this runner's store 89/95, no wrong figure, 6 gap lines; with the eval CLI over /tmp/all46.db plus guides-63
 * 81/95, 0 wrong: there 大兴安岭 without 地区 is still read as 兴安盟 (3 lines; 兴安盟's report is in reports-more11) and
 * 涪陵区政府 as its town 增福镇's report (4 lines; reports-more42), neither folder in this store.
 * The folder: test/unit/guide/guides-63.test.ts (8/10 -> 10/10); made-up cases of every class: test/unit/guide/qaguide49.test.ts.
 * gaps98 closed 向哪个处申请 (a 处 asked as the accepting office) and 长湖乡政府信息分几类 (the catalogue layout), agency-guide-answer.ts.
 */
import { describeOverFolders, guidesFolders, REPORTS_TO_MORE7_AND_GUIDES } from './qa-eval-helpers.js';

describeOverFolders(
  'held-out guide questions over ten guides of regions and shapes the folders held few of (guide-questions-63)',
  [...REPORTS_TO_MORE7_AND_GUIDES, ['reports-more57', /\.txt$/], ...guidesFolders(41, 63)],
  ['guide-questions-63.jsonl'],
);
