/**
 * citizen-questions-94 (issue #11): 143 phone questions in 36 conversations over every report folder and the guides — what
 * happens after the bot refused or asked back (我的意思是2024年的, 武汉的, 白城！！, 就是去年的, 算了 那你知道什么, 换一个 …,
 * 那乌海的呢 and 那2023年呢 after a refusal, 到底结转下年度多少件！！！), the brevity and form of answers (太长了 直接说数字, 简单点,
 * 说重点 X, X 直接说数字, 能列个表吗, 到底多少？？), 去年呢 / 前年呢 after a question naming an explicit year (read against the
 * clock, 2026: 去年 is 2025, as citizen-questions-86 and -93 read it), an office or a person instead of an agency (信息公开办,
 * 县长信箱, 办公室主任), agencies named by their accounts (文旅深圳公众号, 宿迁水利公众号, 西山发布微博, 黄平政讯公众号), two asks
 * in one message (收到多少申请 公开了多少, 不予公开和无法提供各几件, 上年结转和结转下年各多少), years in words (两千零二十四年,
 * 二零二四年, 二五年, 二三年), a body named by its duty, a three-way comparison, and 20 negatives (agencies, years and figures
 * not held, forecasts, opinions, personal cases: 我的申请怎么还没回复).
 * Written before its first run: 117/143 (6 wrong figures: two asks with a space between them answered only the second, an
 * account named 健康合江 read as the county). Three expectations corrected after the run to the design: a later year not held
 * answers the latest report saying so (长春市政府办公厅今年…, 深圳市生态环境局2024年…), and X信息公开做得怎么样 without 你觉得
 * is answered with the report's overview.
 * Final: 136/143 after qachat56's fixes (test/unit/qa/qachat56.test.ts); 7 gap lines: an account's name without its channel
 * (健康合江2024年发布了多少条) and the three lines after it, 上年结转和结转下年各多少 (one sentence's two carry-overs read as
 * one), a place's agencies listed by a figure (都有哪些单位被申请过行政复议) and 最少的那个几件 after a three-way comparison
 * (both citizen-questions-92's classes). No older file's line changed.
 */
import { describeOverEveryFolder } from './qa-eval-helpers.js';

describeOverEveryFolder(
  'after a miss, brevity, offices and accounts, two asks and years in words over every report folder and the guides (citizen-questions-94)',
  ['citizen-questions-94.jsonl'],
  { guides: true },
);
