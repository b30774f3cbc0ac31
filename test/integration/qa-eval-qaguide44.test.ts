/**
 * guide-questions-58 (80 citizens' questions, issue #11, over ten guides new in guides-58, of provinces the other guide folders
 * hold few of — 曲阳县下河镇 (河北: hours and phone among its ways of publishing), 平城区水泊寺街道 (山西: traditional characters
 * with glued pinyin, a mailbox labelled 電子郵箱方式 for consultation only), 集宁区人民政府 (内蒙古: a mirror, ways numbered (1)),
 * 拉萨市人民政府 (西藏: a content system's JSON answer, its words split by escaped HTML tags; a 2021 report of the same
 * government is stored under its traditional name 拉薩市人民政府), 西吉县文化旅游广电局 (宁夏), 新疆维吾尔自治区农业农村厅 (its
 * application part only, times printed without their dash), 哈密市伊州区德外里乡 (a yearly guide under an index table), 海口市贸促会
 * (海南: a gambling site's copy cut at the office), 贵州省地矿局 (a proxy's copy: 15 days, a 指定地点) and 天津市人民政府外事办公室
 * (three reading places run together) — asked by short names and typos (下河镇, 西吉文旅局, 新疆农业厅, 新彊, 政付, 政俯), as
 * citizens ask (在哪交, 电话/传真/邮编/邮箱, 几点上班, 下午几点, 冬天下午几点, 周末办不办, 星期六上班不, 能发邮件吗, 能网上申请吗,
 * 能寄信吗, 申请表在哪下载, 寄到哪, 要带身份证吗, 要交钱吗, 多久公开, 不给公开怎么办, 在哪能查), five conversations (在哪交 then
 * 邮编呢/几点上班/电话呢/那集宁区政府呢; 找谁 then 电话呢/地址呢/那邮寄呢/多久回; 传真呢 then 那西吉文旅局的呢) and negatives
 * (镇长, 区长, 乡长; contacts a guide does not give: 没有写明, never a made-up number), and a 新疆 department whose guide names no
 * region (kept in guides-unread).
 * Written before its first run; first run with the eval CLI over /tmp/all41.db plus guides-58: 59/80, 0 wrong figures (拉萨's
 * guide refused, so 拉萨's questions were answered from its report or refused; the 街道's mailbox, the trade council's office, the
 * 集宁 online system, the 贵州 reading place and 周末办不办 missed). Fixed, by class: a page saved as a content system's JSON answer
 * is read as its article (src/report/extract/cms-json.ts, used by the importer and the guide parser); an office said to be
 * 我会…工作的具体负责部门, or to 负责 the work and 受理 applications in one sentence, is the accepting office; 电子邮箱方式 is the
 * mailbox's label; a way numbered (1) is a way with its words (src/guide/agency-guide.ts); a place under 指定地点为: is a reading
 * place; 周末办不办 / 周六办事吗 ask the hours (src/guide/agency-guide-answer.ts). Final: 77/80, no wrong figure; 3 gap lines
 * (the 镇's hours printed as 开放时间 among the ways of publishing; a form's name cut by the page's end; the region-less 新疆 guide).
 * Made-up examples: test/unit/guide/qaguide44.test.ts; the folder: test/unit/guide/guides-58.test.ts.
 */
import { afterAll, beforeAll, describe } from 'vitest';
import type { TestApp } from '../helpers.js';
import { askFiles, guidesFolders, REPORTS_TO_MORE7_AND_GUIDES, storeOf } from './qa-eval-helpers.js';

describe('held-out guide questions over ten guides of few-held provinces (guide-questions-58)', () => {
  let store: TestApp;
  beforeAll(async () => {
    store = await storeOf([...REPORTS_TO_MORE7_AND_GUIDES, ['reports-more57', /\.txt$/], ...guidesFolders(41, 58)] as const);
  });
  afterAll(() => store.dispose());
  askFiles(() => store, ['guide-questions-58.jsonl']);
});
