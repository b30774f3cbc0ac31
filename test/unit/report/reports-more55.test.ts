/**
 * A fifty-fifth set of real reports (test/fixtures/reports-more55), of kinds the fixtures had few of, for
 * real-questions-corpus49: 应急管理局 of 重庆市 (2021, the title twice), 广汉市 (四川, 2021: no title, the period written out
 * in (一)主动公开情况:2021年1月1日至2021年12月31日,…) and 突泉县 (内蒙古, 2021); 司法局 of 宝鸡市 (陕西, 2020), 盐城市大丰区
 * (江苏, 2020: the title only 政府信息公开年报, the agency in the contact clause), 思明区 (福建, 2020) and 鹤山市 (广东, 2020: the
 * 2019 layout's table 二); 审计局 of 禄丰市 (云南, 2022), 宣州区 (安徽, 2022, a mirror host) and 东阳 (浙江, 2022: only 市审计局,
 * refused asking for --agency); 义乌's 商务局 (浙江, 2023: a metadata block, 商务局 with no place, the period glued 202311日至
 * 1231日, refused); 衡阳市水利局 (湖南, 2020, a mirror host with a betting site's name); 龙口市水务局 (山东, 2020); 河南省发展和
 * 改革委员会 (2022); 坪山区统计局 (广东, 2024); 天津市发展改革委 (2022, named only in its short form). Pages cut off as the
 * search tool stores them; figures read by hand (each JSON's `source`, `prose` and `notes`). First run: 15 of 16 right
 * (广汉市应急管理局 refused: no year found, the title absent and the period written only inside (一)'s line). Final: 16 of 16
 * (a whole year written as a period, src/report/identity.ts), no table cell scored wrong.
 */
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeCutPagesFolder } from '../../fixture-folder.js';
import { FIXTURE_DIR } from '../../fixtures/reports/layouts.js';

describeCutPagesFolder(
  'a fifty-fifth set of real reports, 2020 to 2024 pages of 应急管理局, 司法局, 审计局, 商务局, 水利局, 统计局 and 发展改革委 of 重庆, 四川, 内蒙古, 陕西, 江苏, 福建, 广东, 云南, 安徽, 浙江, 湖南, 山东, 河南 and 天津, imported into SQLite',
  join(FIXTURE_DIR, '..', 'reports-more55'),
  16,
  (folder) => {
    it('09: a page titled only 政府信息公开年报 takes the agency its contact clause names', () => {
      expect(folder.asFound.get('09.txt')!.report!.agency).toBe('盐城市大丰区司法局');
    });
    it('11: the 2020 table 二 (本年新制作数量) is the 2019 layout', () => {
      expect(folder.asFound.get('11.txt')!.report!.format).toBe('2019');
    });
  },
);
