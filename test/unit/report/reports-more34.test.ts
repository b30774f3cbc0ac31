/**
 * A thirty-fourth set of real reports (test/fixtures/reports-more34), chosen for facts stated only in prose, for the chat
 * conversations of citizen-questions-59: 深圳市文化广电旅游体育局 (2025: 新闻发布会, a named 微博 and 公众号, 封 of applications
 * withdrawn and answered), 攸县人民政府办公室 (常务会议 reported, 复议 withdrawn, 诉讼 upheld), 紫金縣人民政府 (a 繁体 mirror),
 * 东宝区招商局 (an LED screen as a channel, two different 公众号 counts), 古蔺县大村镇 (five channels that sum to the total, a
 * phone), 青阳县朱备镇 (2025, named only in its contact clause), 合江县卫生健康局 (a 12345 热线 count among the channels, named
 * accounts 健康合江 and 荔小卫) and 兰州新区卫生健康委员会 (a spam mirror), and a 2025 page that names no agency at all (政策解读 by form): 2024 and 2025 pages cut off as the search tool stores
 * them (about 2,000 characters; none reaches a table). Figures read by hand (each JSON's `source`, `prose` and `notes`), the
 * pages saved before the importer first ran on them.
 * First run: 8 of 9 files read as their JSON says (09 refused without --agency, as its JSON says); 05 was stored as 古蔺县大村镇人民政府 (its contact clause names the body 大村镇人民政府), which its JSON first gave as the title's 古蔺县大村镇: the JSON now gives the body's full name.
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { importFixtureFolder, itReadsEveryFile } from '../../fixture-folder.js';
import { FIXTURE_DIR } from '../../fixtures/reports/layouts.js';

const folder = importFixtureFolder(join(FIXTURE_DIR, '..', 'reports-more34'), /^\d+\.(?:txt|md|html)$/);

describe('a thirty-fourth set of real reports, prose-rich 2024 and 2025 pages, imported into SQLite', () => {
  itReadsEveryFile(folder, 9);
});
