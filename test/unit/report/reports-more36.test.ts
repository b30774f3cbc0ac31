/**
 * A thirty-sixth set of real reports (test/fixtures/reports-more36), chosen for facts stated only in prose, for the chat
 * conversations of citizen-questions-60: 濂溪区人民政府办公室 (2024: a site's posts by kind, 专栏 kept and newly opened, 网民留言
 * received, closed and answered, applications by outcome, an address and 邮编), a 2024 district page that names no agency (秦都,
 * only 我区 and 全区: 网上 and 快递 applications that sum, 复议 and 诉讼 decided), 城中区人民政府 (applications by channel with
 * their shares, 较上一年度增加), 重庆市荣昌区人民政府办公室 (a title on two lines, 复议 results in prose), 温州市医疗保障局 (a named
 * 公众号 with its followers, a fax), 闽侯县人民政府办公室 (2025: 微博, meetings, 在线访谈/征集/调查 by 期), 建湖县经济信息中心
 * (2025, named only in its contact clause), 芷江侗族自治縣 (a 繁体 mirror), 巨鹿县教育局 (没有门户网站), 丰都县教育委员会 (a 微信
 * 订阅号) and 浙江省教育厅 (a header table of | cells): 2024 and 2025 pages cut off as the search tool stores them (about 2,000
 * bytes; none reaches a table). Figures read by hand (each JSON's `source`, `prose` and `notes`), the pages saved before the
 * importer first ran on them.
 * First run: 10 of 11 files read as their JSON says after three agencies were set to the names the texts give (the contact
 * clauses' 濂溪区人民政府办公室 and 建湖县经济信息中心, the 繁体 芷江侗族自治縣); 02 was stored as 调动全区 (调动全区各部门 read as
 * a name): now refused, asking for --agency (test/unit/qa/qachat32.test.ts).
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { importFixtureFolder, itReadsEveryFile } from '../../fixture-folder.js';
import { FIXTURE_DIR } from '../../fixtures/reports/layouts.js';

const folder = importFixtureFolder(join(FIXTURE_DIR, '..', 'reports-more36'), /^\d+\.(?:txt|md|html)$/);

describe('a thirty-sixth set of real reports, prose-rich 2024 and 2025 pages, imported into SQLite', () => {
  itReadsEveryFile(folder, 11);
});
