/**
 * The five sample reports, read cell for cell. Every expected figure below was read off the
 * report texts by hand (not computed by the parser or taken from the catalogue), so a column
 * read one place off, a row matched to the wrong label or a lost row fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ProseFigure, Report } from '../../../src/report/model.js';
import { parseReport } from '../../../src/report/parse.js';

const SAMPLES = join(import.meta.dirname, '..', '..', '..', 'data', 'reports');

/** Table 三's 25 rows in printed order, written out by hand from docs/FORMAT.md. */
const TABLE3_KEYS = [
  'received',
  'carried_over',
  'granted',
  'partly_granted',
  'withheld.state_secret',
  'withheld.prohibited_by_law',
  'withheld.security_stability',
  'withheld.third_party',
  'withheld.internal_affairs',
  'withheld.process_information',
  'withheld.enforcement_files',
  'withheld.inquiry_matters',
  'unavailable.not_held',
  'unavailable.needs_creation',
  'unavailable.still_unclear',
  'not_processed.petition',
  'not_processed.duplicate',
  'not_processed.publication',
  'not_processed.excessive',
  'not_processed.reconfirmation',
  'other_handling.no_correction',
  'other_handling.fee_unpaid',
  'other_handling.other',
  'handled_total',
  'carried_forward',
];

const ZERO7 = [0, 0, 0, 0, 0, 0, 0];
const ZERO5 = [0, 0, 0, 0, 0];

/** All 25 rows of table 三: zeros except the rows given. */
function table3(nonzero: Record<string, number[]> = {}): Record<string, number[]> {
  for (const key of Object.keys(nonzero)) if (!TABLE3_KEYS.includes(key)) throw new Error(`not a table 三 row: ${key}`);
  return Object.fromEntries(TABLE3_KEYS.map((key) => [key, nonzero[key] ?? ZERO7]));
}

/** All 3 groups of table 四: zeros except the groups given. */
function table4(nonzero: Record<string, number[]> = {}): Record<string, number[]> {
  return { review: ZERO5, litigation_direct: ZERO5, litigation_after_review: ZERO5, ...nonzero };
}

interface Expected {
  file: string;
  agency: string;
  year: number;
  title: string;
  /** Table 二, all 10 figures. */
  proactive: Record<string, number[]>;
  applications: Record<string, number[]>;
  appeals: Record<string, number[]>;
  contacts: Report['contacts'];
  /** Words each section's text starts with (after its heading), as normalised: half-width punctuation. */
  sectionStarts: Record<string, string>;
}

const EXPECTED: Expected[] = [
  {
    file: 'haiyuan-kjj-2024.txt',
    agency: '海原县科学技术局',
    year: 2024,
    title: '海原县科学技术局2024年政府信息公开工作年度报告',
    proactive: {
      rules: [0, 0, 0],
      normative_documents: [0, 0, 0],
      licensing: [0],
      penalties: [0],
      coercive_measures: [0],
      fees_wan_yuan: [0],
    },
    applications: table3(),
    appeals: table4(),
    contacts: { address: '海原县建设路科学技术局办公室', phone: '0955-4017081' },
    sectionStarts: {
      overview: '2024 年，海原县科技工作坚持以习近平新时代',
      proactive: '第二十条第（一）项',
      applications: '(本列数据的勾稽关系为',
      appeals: '行政复议',
      problems: '2024年，我局在政府信息公开方面主要存在以下问题',
      other: '（一）县科技局2024年亮点工作',
    },
  },
  {
    file: 'hongsibu-kjj-2023.txt',
    agency: '红寺堡区科学技术局',
    year: 2023,
    title: '红寺堡区科学技术局2023年政府信息公开工作年度报告',
    proactive: {
      rules: [0, 0, 0],
      normative_documents: [0, 0, 0],
      licensing: [0],
      penalties: [0],
      coercive_measures: [0],
      fees_wan_yuan: [0],
    },
    applications: table3(),
    appeals: table4(),
    contacts: {},
    sectionStarts: {
      overview: '2023 年红寺堡区科学技术局政府信息公开工作在区委',
      proactive: '第二十条第（一）项',
      applications: '(本列数据的勾稽关系为',
      appeals: '行政复议',
      problems: '2023年，我局按照政府信息公开条例',
      other: '（一）2023年政务公开工作要点落实情况',
    },
  },
  {
    file: 'shapotou-kjj-2024.txt',
    agency: '沙坡头区科学技术局',
    year: 2024,
    title: '沙坡头区科学技术局2024年政府信息公开工作年度报告',
    proactive: {
      rules: [0, 0, 0],
      normative_documents: [0, 0, 0],
      licensing: [0],
      penalties: [0],
      coercive_measures: [0],
      fees_wan_yuan: [0],
    },
    applications: table3(),
    appeals: table4(),
    contacts: {
      address: '中卫市沙坡头区中央西大道36号305室',
      post_code: '755000',
      phone: '0955-8812012',
      email: 'sptqkxjsj@163.com',
      website: 'http://www.spt.gov.cn/',
      // 如有疑问和建议，请与中卫市沙坡头区科学技术局办公室联系: the body the contact clause names (gaps71).
      office: '中卫市沙坡头区科学技术局办公室',
    },
    sectionStarts: {
      overview: '2024 年，区科技局严格落实《中华人民共和国政府信息公开条例》',
      proactive: '第二十条第（一）项',
      applications: '（本列数据的勾稽关系为',
      appeals: '行政复议 行政诉讼',
      problems: '2024 年区科技局政府信息公开工作虽然取得了一定成效',
      other: '本机关 2024年未收取信息处理费。',
    },
  },
  {
    file: 'xigong-kjj-2024.txt',
    agency: '西工区科学技术局',
    year: 2024,
    title: '西工区科学技术局2024年政府信息公开工作年度报告',
    proactive: {
      rules: [0, 0, 0],
      normative_documents: [0, 0, 0],
      licensing: [6],
      penalties: [0],
      coercive_measures: [0],
      fees_wan_yuan: [0],
    },
    applications: table3(),
    appeals: table4(),
    contacts: {},
    sectionStarts: {
      overview: '本报告根据《中华人民共和国政府信息公开条例》国务院令 711 号',
      proactive: '第二十条第（一）项',
      applications: '(本列数据的勾稽关系为',
      appeals: '行政复议',
      problems: '2024年，我局在政府信息公开工作中存在不足之处',
      other: '2024年，我局未产生信息公开处理费。',
    },
  },
  {
    file: 'zhongwei-kjj-2025.txt',
    agency: '中卫市科学技术局',
    year: 2025,
    title: '中卫市科学技术局2025年政府信息公开工作年度报告',
    proactive: {
      rules: [0, 0, 0],
      normative_documents: [1, 1, 1],
      licensing: [0],
      penalties: [0],
      coercive_measures: [0],
      fees_wan_yuan: [0],
    },
    applications: table3({
      received: [1, 0, 0, 0, 0, 0, 1],
      granted: [1, 0, 0, 0, 0, 0, 1],
      handled_total: [1, 0, 0, 0, 0, 0, 1],
    }),
    appeals: table4(),
    contacts: {},
    sectionStarts: {
      overview: '（一）主动公开情况。2025 年，中卫市科学技术局严格遵循',
      proactive: '第二十条第（一）项',
      applications: '(本列数据的勾稽关系为',
      appeals: '行政复议',
      problems: '(一) 存在问题。2025年，市科技局政府信息公开工作',
      other: '收取信息处理费情况：2025 年度未收取信息处理费。',
    },
  },
];

const parsed = new Map(EXPECTED.map((expected) => [expected.file, parseReport(readFileSync(join(SAMPLES, expected.file), 'utf8'))]));

function figures(file: string, key: string): ProseFigure[] {
  return parsed.get(file)!.report.proseFigures.filter((figure) => figure.key === key);
}

describe.each(EXPECTED)('sample $file', (expected) => {
  const { report, violations } = parsed.get(expected.file)!;

  it('names the agency and the year from the title and the statistics period', () => {
    expect(report.agency).toBe(expected.agency);
    expect(report.year).toBe(expected.year);
    expect(report.title).toBe(expected.title);
    expect(report.format).toBe('2021');
  });

  it('finds all six sections, in order, with their text', () => {
    expect(Object.keys(report.sections)).toEqual(['overview', 'proactive', 'applications', 'appeals', 'problems', 'other']);
    for (const [key, start] of Object.entries(expected.sectionStarts)) {
      expect(report.sections[key].startsWith(start), `${key} starts with ${start}: ${report.sections[key].slice(0, 40)}`).toBe(true);
    }
    expect(report.missing).toEqual([]);
  });

  it('reads table 二, all 10 figures', () => {
    expect(report.proactive).toEqual(expected.proactive);
  });

  it('reads table 三, all 25 rows × 7 columns', () => {
    expect(Object.keys(report.applications)).toEqual(TABLE3_KEYS);
    expect(report.applications).toEqual(expected.applications);
  });

  it('reads table 四, all 15 figures', () => {
    expect(report.appeals).toEqual(expected.appeals);
  });

  it('breaks no rule and has nothing to warn about', () => {
    expect(violations).toEqual([]);
    expect(report.warnings).toEqual([]);
  });

  it('reads the contact details', () => {
    expect(report.contacts).toEqual(expected.contacts);
  });
});

describe('figures in the prose of the samples', () => {
  it('haiyuan 2024: 89 items disclosed proactively, 19 of them on the website, 26 open-day guests, no fee', () => {
    const [total] = figures('haiyuan-kjj-2024.txt', 'proactive_items');
    expect(total).toMatchObject({ value: 89, unit: '条', section: 'overview' });
    expect(total.sentence).toContain('2024年主动公开政府信息89条');
    const channels = figures('haiyuan-kjj-2024.txt', 'proactive_items_by_channel').map((figure) => [figure.value, figure.channel]);
    expect(channels).toEqual([
      [19, '政府网站'],
      [12, '政务公开栏'],
      [3, '微信工作群'],
    ]);
    expect(figures('haiyuan-kjj-2024.txt', 'open_day_guests').map((figure) => figure.value)).toEqual([26]);
    const [fee] = figures('haiyuan-kjj-2024.txt', 'fees_collected');
    expect(fee).toMatchObject({ value: 0, section: 'other' });
    expect(fee.sentence).toContain('未向社会公众、企业收取任何与政府信息公开有关费用');
  });

  it('hongsibu 2023: 225 items disclosed proactively, 183 through the official account', () => {
    const [total] = figures('hongsibu-kjj-2023.txt', 'proactive_items');
    expect(total).toMatchObject({ value: 225, unit: '条' });
    expect(total.sentence).toContain('主动公开信息225条');
    expect(figures('hongsibu-kjj-2023.txt', 'proactive_items_by_channel')).toMatchObject([{ value: 183, channel: '微信公众号' }]);
    expect(figures('hongsibu-kjj-2023.txt', 'fees_collected')).toMatchObject([{ value: 0, section: 'other' }]);
  });

  it('xigong 2024: 22 items, 5 on the website and 17 on the service platform', () => {
    expect(figures('xigong-kjj-2024.txt', 'proactive_items')).toMatchObject([{ value: 22, unit: '条' }]);
    const channels = figures('xigong-kjj-2024.txt', 'proactive_items_by_channel');
    expect(channels.map((figure) => figure.value)).toEqual([5, 17]);
    expect(channels[0].channel).toBe('政府网站');
    expect(channels[1].label).toContain('智慧西工');
    expect(figures('xigong-kjj-2024.txt', 'fees_collected')).toMatchObject([{ value: 0, section: 'other' }]);
  });

  it('shapotou 2024: followers 526 and 56, 3 trainings, 25 open-day guests', () => {
    const followers = figures('shapotou-kjj-2024.txt', 'followers');
    expect(followers.map((figure) => [figure.value, figure.channel])).toEqual([
      [526, '微信公众号'],
      [56, '微博'],
    ]);
    expect(followers[0].sentence).toContain('累计关注量达526人');
    expect(figures('shapotou-kjj-2024.txt', 'trainings')[0]).toMatchObject({ value: 3, unit: '次' });
    expect(figures('shapotou-kjj-2024.txt', 'open_day_guests')).toMatchObject([{ value: 25, unit: '名' }]);
    expect(figures('shapotou-kjj-2024.txt', 'proactive_items')[0]).toMatchObject({ value: 455 });
  });

  it('zhongwei 2025: 67 items, 16 on the website and 51 in the newspaper, the fee sentence says 未收取', () => {
    expect(figures('zhongwei-kjj-2025.txt', 'proactive_items')).toMatchObject([{ value: 67, unit: '条' }]);
    const channels = figures('zhongwei-kjj-2025.txt', 'proactive_items_by_channel');
    expect(channels.map((figure) => [figure.value, figure.channel])).toEqual([
      [16, '政府网站'],
      [51, '报纸'],
    ]);
    const [fee] = figures('zhongwei-kjj-2025.txt', 'fees_collected');
    expect(fee).toMatchObject({ value: 0, section: 'other' });
    expect(fee.sentence).toContain('未收取');
    expect(figures('zhongwei-kjj-2025.txt', 'applications_received')).toMatchObject([{ value: 1 }]);
    expect(figures('zhongwei-kjj-2025.txt', 'trainings')).toMatchObject([{ value: 2 }]);
    // 5 suggestions collected; the consultation notice published (征求意见建议1条) is not one.
    expect(figures('zhongwei-kjj-2025.txt', 'suggestions').map((figure) => figure.value)).toEqual([5]);
  });
});
