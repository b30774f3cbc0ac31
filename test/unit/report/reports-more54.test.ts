/**
 * A fifty-fourth set of real reports (test/fixtures/reports-more54), of provinces and kinds the fixtures had few of, for
 * real-questions-corpus48: 札达县人民政府 (西藏, 2023: no agency in the title, 发文机构 in a metadata block, a salutation to the
 * prefecture, 我办 and 我县), 西藏自治区政府国资委 (2023: the title on two lines, 126条信息一是… glued), 沙依巴克区人民政府办公室
 * (新疆, 2023: the office the subject of 一、总体情况, then 我区), 内蒙古自治区交通运输厅 (2024: a site header and breadcrumb),
 * 海南省生态环境厅 (2022: table 二 said in prose), 通榆县 (吉林, 2022: 地址:吉林省通榆县…), 和平区人民政府办公室 (天津, 2023),
 * 天津市东丽区人力资源和社会保障局 (2021, a mirror host), 城口縣林業局 (重庆, 2024, traditional with pinyin), 毕节市 and
 * 兴义市 (贵州, 2022: a city's and a county-level city's reports, 地址:贵州省黔西南州兴义市…), 广西壮族自治区北部湾经济区规划建设
 * 管理办公室 (2022: the title in the short name 自治区北部湾办 its lead defines), 上海市闵行区古美路街道办事处 (2022: the year
 * after the title in brackets), 雁峰区退役军人事务局 (湖南, 2025), 阜陽市公安局 (安徽, 2024, traditional with pinyin, named only in
 * its website's name) and the 区政府办公室 of 怀柔区 (北京, 2024: no district in the text, refused asking for --agency). Pages
 * cut off as the search tool stores them; figures read by hand (each JSON's `source`, `prose` and `notes`). First run: 11 of 16
 * right (札达县人民政府办公室: the office 我办 speaks as; 沙依巴克区人民政府: its website's owner; 吉林省通榆县 and 贵州省黔西南州兴义市:
 * the postal address's regions; 自治区北部湾办 refused as naming no region). Final: 16 of 16, no table cell scored wrong.
 */
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeCutPagesFolder } from '../../fixture-folder.js';
import { FIXTURE_DIR } from '../../fixtures/reports/layouts.js';

describeCutPagesFolder(
  'a fifty-fourth set of real reports, 2021 to 2025 pages of 西藏, 新疆, 内蒙古, 海南, 吉林, 天津, 重庆, 贵州, 广西, 上海, 湖南, 安徽 and 北京, imported into SQLite',
  join(FIXTURE_DIR, '..', 'reports-more54'),
  16,
  (folder) => {
    it('06, 11: a bare county or county-level city keeps its own name, its address’s province and prefecture are the envelope’s', () => {
      expect(folder.asFound.get('06.txt')!.report!.agency).toBe('通榆县');
      expect(folder.asFound.get('11.txt')!.report!.agency).toBe('兴义市');
    });
    it('12: the title’s 自治区北部湾办 is the full name its lead gives before (以下简称自治区北部湾办)', () => {
      expect(folder.asFound.get('12.txt')!.report!.agency).toBe('广西壮族自治区北部湾经济区规划建设管理办公室');
    });
    it('01: 发文机构:札达县人民政府 over the office that speaks as 我办, the text speaking as 我县 too', () => {
      expect(folder.asFound.get('01.txt')!.report!.agency).toBe('札达县人民政府');
    });
  },
);
