/**
 * A tenth set of real reports (test/fixtures/reports-more10): 39 web pages cut off (29, then 7, then 3), of agency kinds not in the corpus
 * before (水利局/水务局, 应急管理局, 林业局, 退役军人事务局, 住建局, 统计局, 医疗保障局, 卫生健康局, a public hospital), district
 * governments, 2019 reports and a 2018 one in the layout before the 2019 revision, townships; 繁体 and spam mirrors, a page
 * flattened into one line, tables one cell a line with a ' |' or a lone '|' after each cell, table 二 on one line, titles
 * without a region or missing. Figures read by hand (each JSON's `source` and `notes`).
 * First run before any fix: 6/29 files wrong, 0/49 cells wrong or missing: 04 refused as no report (its title starts
 * a page flattened into one line), 14 read as 清江浦区 (title 2019年清江浦区人民政府信息公开工作年度报告), 18 refused for
 * --agency (title 住建局 2025 年…, the region only in 2025年安阳县住建局依申请…, which jieba splits 住|建局), 29 read as
 * 大山镇人民政府, a name the page never prints (兴仁市大山镇人民政府: jieba reads 兴仁 as a person's name), 25 a truth error
 * (its JSON gave the title's 湖里区人民政府; the page prints 厦门市湖里区人民政府), and 11 refused as no report (left a gap:
 * no title, no name, none of section 一's standard sub-headings; a work summary would look the same).
 * A second batch (30–36: 民政局 and 审计局 pages, 2019-layout tables one cell a line, a flipbook page) read as its JSON says on
 * its first run (50 cells), but two rows of table 二 were dropped: 31's 本年增/减 printed 0/0, and 33's 政府集中采购 amount to
 * the 分 (712.187895万元). A third batch (37–39: 街道 pages) read right at once. The prose and contact classes its questions
 * showed (real-questions-corpus10) are checked here too.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/report/parse.js';
import { importFixtureFolder, itReadsEveryFile } from '../../fixture-folder.js';
import { FIXTURE_DIR } from '../../fixtures/reports/layouts.js';

const folder = importFixtureFolder(join(FIXTURE_DIR, '..', 'reports-more10'), /^\d+\.(?:txt|md|html)$/);
const { asFound } = folder;

describe('a tenth set of real reports, other agency kinds, imported into SQLite', () => {
  itReadsEveryFile(folder, 39);

  const read = (name: string) => asFound.get(name)!.report!;

  it('a title at the very start of a page flattened into one line is its title', () => {
    // 04: 襄州区水利局 2024年度政府信息公开工作年度报告 2024年,区水利局秉承… 一、总体情况 1、政府信息主动公开情况 …, one line.
    expect(read('04.txt').agency).toBe('襄州区水利局');
    expect(read('04.txt').year).toBe(2024);
    // Made up: another bureau, the year in the tail, the sub-headings numbered (一)(二) in the same line.
    const flat =
      '石门县林业局政府信息公开工作年度报告(2023年度) 本报告依据《中华人民共和国政府信息公开条例》编制。 一、总体情况 (一)主动公开情况 2023年,我局主动公开政府信息41条。 (二)依申请公开情况 2023年,我局未收到政府信息公开申请。';
    const { report } = parseReport(flat);
    expect(report.agency).toBe('石门县林业局');
    expect(report.year).toBe(2023);
    // A report's title quoted at the start of a long line (a notice that it was published) is still no title.
    const notice =
      '《石门县林业局2023年度政府信息公开工作年度报告》已在县政府门户网站公布,欢迎查阅。全文可在政府信息公开专栏下载,纸质文本可到县政务服务中心一楼查阅点免费查阅,如有疑问可拨打县林业局办公室电话咨询。';
    expect(() => parseReport(notice)).toThrow(/不是政府信息公开工作年度报告/);
  });

  it("a government's title whose 人民政府 shares its 政府 with 政府信息公开 names the 人民政府", () => {
    // 14: …编制了2019年清江浦区人民政府信息公开工作年度报告。
    expect(read('14.txt').agency).toBe('清江浦区人民政府');
    // Made up: a title line of a county government.
    const text = [
      '2021年石门县人民政府信息公开工作年度报告',
      '一、总体情况',
      '2021年,全县主动公开政府信息3120条。',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
    ].join('\n');
    expect(parseReport(text).report.agency).toBe('石门县人民政府');
  });

  it('a short title (住建局) whose region is written right before it once in the body, though jieba splits the name, takes that region', () => {
    // 18: 住建局 2025 年政府信息公开工作年度报告 … 2025年安阳县住建局依申请信息公开办理有69件.
    expect(read('18.txt').agency).toBe('安阳县住建局');
    // Made up: another county, the name in a sentence of section 一.
    const text = [
      '住建局2023年政府信息公开工作年度报告',
      '一、总体情况',
      '(一)主动公开。2023年主动公开信息58条。',
      '(二)依申请公开。2023年,石门县住建局共收到政府信息公开申请4件。',
      '二、主动公开政府信息情况',
    ].join('\n');
    expect(parseReport(text).report.agency).toBe('石门县住建局');
    // A region named elsewhere, not right before the name, gives nothing: still asked for --agency.
    const apart = text.replace('石门县住建局共收到', '本局共收到').replace('主动公开信息58条', '在石门县政府网站主动公开信息58条');
    expect(() => parseReport(apart)).toThrow(/--agency/);
  });

  it("a city jieba reads as a person's name (兴仁|市) before a township's full name is its region: the name as printed", () => {
    // 29: title 大山镇2024年…; 通过大山镇微信公众号(兴仁市大山镇人民政府)发布信息共122篇.
    expect(read('29.txt').agency).toBe('兴仁市大山镇人民政府');
    // Made up: 隆林|县 (nr and a bare 县) before another township.
    const text = [
      '平班镇2023年政府信息公开工作年度报告',
      '一、总体情况',
      '(一)主动公开。2023年,平班镇通过门户网站发布信息36条,通过微信公众号(隆林县平班镇人民政府)发布信息90篇。',
      '(二)依申请公开。2023年我镇未收到政府信息公开申请。',
      '二、主动公开政府信息情况',
    ].join('\n');
    expect(parseReport(text).report.agency).toBe('隆林县平班镇人民政府');
  });
  it("the year's items said as 公开政府信息N条 without 主动, no channel named, are the proactive total: its channel parts are parts", () => {
    // 06: 2024年公开政府信息66条,其中部门动态39条,政务公开网站27条 (the question was answered with the website's 27).
    const items = (name: string) =>
      read(name)
        .proseFigures.filter((figure) => figure.key === 'proactive_items')
        .map((figure) => figure.value);
    expect(items('06.txt')).toEqual([66]);
    // Made up: 政务信息, the parts by channel; an application count and the items withheld are never the total.
    const text = [
      '石门县水利局2023年政府信息公开工作年度报告',
      '一、总体情况',
      '2023年,我局共公开政务信息88条,其中在政府网站公开60条,通过微信公众号发布28条。',
      '2023年共制作政府信息120条,依申请公开政府信息5条,不予公开政府信息2条。',
      '二、主动公开政府信息情况',
    ].join('\n');
    const figures = parseReport(text).report.proseFigures;
    expect(figures.filter((figure) => figure.key === 'proactive_items').map((figure) => figure.value)).toEqual([88]);
    expect(figures.filter((figure) => figure.key === 'proactive_items_by_channel').map((figure) => figure.value)).toEqual([60, 28]);
    // Its parts by kind after 其中 (政务公开135条,工作动态43条, as reports-more5's 翠云街道 prints them) are parts of it.
    const kinds = parseReport(text.replace('其中在政府网站公开60条,通过微信公众号发布28条', '其中政策文件60条,工作动态28条')).report
      .proseFigures;
    expect(kinds.filter((figure) => figure.key === 'proactive_items').map((figure) => figure.value)).toEqual([88]);
    expect(kinds.filter((figure) => figure.key === 'proactive_items_by_channel').map((figure) => figure.label)).toEqual([
      '政策文件',
      '工作动态',
    ]);
  });
  it("the 2019 layout's 本年增/减 printed as both halves nought (0/0) is no change; another pair (2/1) is left unread", () => {
    // 31: 行政许可 | 0 | 0/0 | 0 (one cell a line), and so every row of 第(五)(六)(八)项; the rows had been dropped as five numbers.
    const proactive = folder.withAgency.get('31.txt')!.report!.proactive;
    expect(proactive.licensing_2019).toEqual([0, 0, 0]);
    expect(proactive.penalties_2019).toEqual([0, 0, 0]);
    expect(proactive.fees_2019).toEqual([0, 0]);
    // Made up: pipe rows, 0/0 and 00/00 read as 0; 2/1 (增2 减1 or a count and a part?) is not guessed.
    const text = [
      '石门县民政局2020年政府信息公开工作年度报告',
      '一、总体情况',
      '2020年,我局主动公开政府信息56条。',
      '二、主动公开政府信息情况',
      '第二十条第(五)项',
      '信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量',
      '行政许可 | 12 | 0/0 | 30',
      '其他对外管理服务事项 | 3 | 2/1 | 4',
      '第二十条第(六)项',
      '信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量',
      '行政处罚 | 5 | 00/00 | 7',
      '三、收到和处理政府信息公开申请情况',
    ].join('\n');
    const { report } = parseReport(text);
    expect(report.proactive.licensing_2019).toEqual([12, 0, 30]);
    expect(report.proactive.penalties_2019).toEqual([5, 0, 7]);
    expect(report.proactive.other_services_2019).toBeUndefined();
  });
  it('an amount printed with its unit right after it (712.187895万元) is one cell, however many decimals', () => {
    // 33: 政府集中采购 | 9 | 712.187895万元 | | (the 2019 layout's 第(九)项), refused before as digits glued together.
    expect(read('33.txt').proactive.procurement_2019).toEqual([9, 712.187895]);
    // Made up: another amount to the 分; without its unit the same digits are still suspect.
    const table = (amount: string) =>
      [
        '石门县民政局2020年政府信息公开工作年度报告',
        '一、总体情况',
        '2020年,我局主动公开政府信息56条。',
        '二、主动公开政府信息情况',
        '第二十条第(九)项',
        '信息内容 | 采购项目数量 | 采购总金额',
        `政府集中采购 | 3 | ${amount}`,
        '三、收到和处理政府信息公开申请情况',
      ].join('\n');
    expect(parseReport(table('25.123456万元')).report.proactive.procurement_2019).toEqual([3, 25.123456]);
    expect(parseReport(table('25.123456')).report.proactive.procurement_2019).toBeUndefined();
  });
  it('a bare 信息发布N条 clause takes the channel its sentence named in the clause before (网站总访问量…,信息发布182条)', () => {
    // 33: …网站总访问量268838次,信息发布182条,…微博关注人数183人,信息发布量98条;微信公众号订阅数1482人,信息发布量383条。
    const byChannel = read('33.txt')
      .proseFigures.filter((figure) => figure.key === 'proactive_items_by_channel')
      .map((figure) => [figure.value, figure.channel]);
    expect(byChannel).toEqual([
      [182, '政府网站'],
      [98, '微博'],
      [383, '微信公众号'],
    ]);
    // A clause that says more than that it published (发布政策解读信息4条) keeps its own words; no channel before, none taken.
    expect(read('33.txt').proseFigures.find((figure) => figure.value === 4)?.channel).toBeUndefined();
  });
  it('a phone after the verb that dials it (请致电0577-85380934) is the contact phone', () => {
    // 39: 如对本报告有任何疑问,请致电0577-85380934。
    expect(read('39.txt').contacts.phone).toBe('0577-85380934');
    // Made up: 拨打, a mobile number; a hotline's short number is no phone.
    const text = (contact: string) =>
      ['石门县林业局2023年政府信息公开工作年度报告', `如有疑问,${contact}。`, '一、总体情况', '2023年,我局主动公开政府信息41条。'].join(
        '\n',
      );
    expect(parseReport(text('可拨打13907410000咨询')).report.contacts.phone).toBe('13907410000');
    expect(parseReport(text('请致电0736-3221234')).report.contacts.phone).toBe('0736-3221234');
    expect(parseReport(text('可拨打12345政务服务便民热线')).report.contacts.phone).toBeUndefined();
  });
});
