/**
 * Synthetic annual reports for the benchmark: many regions × agency kinds × the years
 * 2019–2025, built from the sample reports in data/reports. Prose sections and their figures
 * come from the samples with the agency, region and years substituted and the numbers scaled;
 * the tables are generated so that every consistency rule (勾稽关系) holds, including rule 5
 * across years. Deterministic: the same count gives the same database.
 *
 * Plain JavaScript over the compiled modules in dist/, so a fresh clone runs it without a transpiler.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KIND_ABBREVIATIONS, kindVariants, shortRegion, splitAgencyName } from '../dist/report/agency-names.js';
import { handlingRows } from '../dist/report/catalogue.js';
import { parseReport } from '../dist/report/parse.js';
import { extractProseFigures } from '../dist/report/prose.js';
import { checkRules } from '../dist/report/rules.js';

export const YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025];

/** County-level agency kinds (long forms; the short ones come from KIND_ABBREVIATIONS) plus a few without a short form. */
const KINDS = [
  ...KIND_ABBREVIATIONS.map(([long]) => long).filter((kind) => !kind.endsWith('厅')),
  '财政局',
  '民政局',
  '司法局',
  '审计局',
  '统计局',
  '水务局',
];

/**
 * Characters for invented place names: none of them is a level suffix (省市区县…), none starts a
 * sample region (西工, 中卫, 海原, 红寺堡, 沙坡头), and no pair of them is a common question word.
 */
const PLACE_CHARACTERS = [...'安平宁泰昌丰永兴德阳城山江河湖林川原宝清乐嘉华明福龙云庆洪定靖武凤临长新东南北岚桐枫'];
const LEVELS = ['县', '区', '市'];

/** mulberry32: a small, fast, seeded PRNG. */
export function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` distinct invented regions (安平县, 宁泰区 …), deterministic. */
export function regions(count) {
  const stems = [];
  for (const first of PLACE_CHARACTERS) for (const second of PLACE_CHARACTERS) if (first !== second) stems.push(first + second);
  const next = random(7);
  for (let index = stems.length - 1; index > 0; index -= 1) {
    const other = Math.floor(next() * (index + 1));
    [stems[index], stems[other]] = [stems[other], stems[index]];
  }
  if (count > stems.length) throw new Error(`at most ${stems.length} regions`);
  return stems.slice(0, count).map((stem, index) => `${stem}${LEVELS[index % LEVELS.length]}`);
}

/** Agency names: every kind in every region, in that order, until `count`. */
export function agencyNames(count) {
  const names = [];
  for (const region of regions(Math.ceil(count / KINDS.length))) {
    for (const kind of KINDS) if (names.length < count) names.push(region + kind);
  }
  return names;
}

const NUMBER_WITH_UNIT =
  /(\d{4}\s*年度?|\d{1,2}\s*月\s*\d{1,2}\s*日|\d{1,2}\s*月|第\s*\d+\s*(?:次|期))|(\d+(?:\.\d+)?)(\s*(?:余)?(?:条|件|篇|期|次|场|人次|人|名|家|个|万元|元|项|份))/g;

/** The prose sections with every counted number (not years, dates or percentages) multiplied by `factor`. */
function scaleNumbers(text, factor) {
  return text.replace(NUMBER_WITH_UNIT, (match, kept, number, unit) =>
    kept ? match : `${Math.round(Number(number) * factor * 10) / 10}${unit}`,
  );
}

/** A template: one sample report, with its prose sections scaled by 1–4 (sums within a sentence stay sums). */
export function loadTemplates(directory) {
  const files = readdirSync(directory)
    .filter((file) => file.endsWith('.txt'))
    .sort();
  return files.map((file) => {
    const { report } = parseReport(readFileSync(join(directory, file), 'utf8'));
    const { region, kind } = splitAgencyName(report.agency);
    const variants = [1, 2, 3, 4].map((factor) => {
      const sections = {};
      for (const key of ['overview', 'problems', 'other'])
        if (report.sections[key]) sections[key] = scaleNumbers(report.sections[key], factor);
      const proseFigures = Object.entries(sections).flatMap(([key, text]) => extractProseFigures(text, key));
      return { sections, proseFigures };
    });
    return { file, report, agency: report.agency, region, kind, year: report.year, variants };
  });
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Replace the template's agency, region, kind and years by the new ones, in one pass. */
function substitution(template, agency, year) {
  const { region, kind } = splitAgencyName(agency);
  const pairs = new Map();
  pairs.set(template.agency, agency);
  pairs.set(template.region, region);
  if (shortRegion(template.region) !== template.region) pairs.set(shortRegion(template.region), shortRegion(region));
  const templateKinds = kindVariants(template.kind);
  const newKinds = kindVariants(kind);
  templateKinds.forEach((variant, index) => pairs.set(variant, newKinds[Math.min(index, newKinds.length - 1)]));
  const words = [...pairs.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp(`${words.join('|')}|((?:19|20)\\d{2})(?=\\s*年)|〔2021〕30`, 'g');
  const shift = year - template.year;
  const layout2019 = year < 2021;
  return (text) =>
    text.replace(pattern, (match, yearText) => {
      if (yearText) return String(Number(yearText) + shift);
      if (match === '〔2021〕30') return layout2019 ? '〔2019〕60' : match;
      return pairs.get(match) ?? match;
    });
}

/** Small counts, mostly zero, now and then larger: what real agencies report. */
function count(next, mean) {
  const roll = next();
  if (roll < 0.45) return 0;
  if (roll < 0.9) return Math.floor(next() * mean);
  return Math.floor(next() * mean * 6);
}

/** Split `total` into `parts` non-negative integers, most of it into the first. */
function split(next, total, parts) {
  const values = new Array(parts).fill(0);
  let left = total;
  for (let index = parts - 1; index > 0 && left > 0; index -= 1) {
    if (next() < 0.8) continue;
    const take = Math.floor(next() * (left + 1) * 0.5);
    values[index] = take;
    left -= take;
  }
  values[0] += left;
  return values;
}

/** Table 三 for one layout: every column holds rules 1 and 2, every row rule 3, and 上年结转 is last year's 结转下年度 (rule 6). */
function applicationsTable(next, format, receivedTotal, lastForward) {
  const handling = handlingRows(format).map((row) => row.key);
  const rows = { received: [], carried_over: [], handled_total: [], carried_forward: [] };
  for (const key of handling) rows[key] = [];
  const scale = [12, 3, 1, 1, 1, 1];
  for (let column = 0; column < 6; column += 1) {
    const received = receivedTotal !== undefined ? (column === 0 ? receivedTotal : 0) : count(next, scale[column]);
    const drawn = next() < 0.9 ? 0 : Math.floor(next() * 3);
    const carriedOver = lastForward ? lastForward[column] : drawn;
    const forward = received + carriedOver > 0 && next() < 0.2 ? Math.floor(next() * (received + carriedOver + 1) * 0.3) : 0;
    const handled = received + carriedOver - forward;
    rows.received.push(received);
    rows.carried_over.push(carriedOver);
    rows.carried_forward.push(forward);
    rows.handled_total.push(handled);
    // 予以公开 takes most; the rest spread over a few other outcomes.
    const outcome = split(next, handled, handling.length);
    handling.forEach((key, index) => rows[key].push(outcome[index]));
  }
  for (const values of Object.values(rows)) values.push(values.reduce((a, b) => a + b, 0));
  return rows;
}

/** Table 四: each group's four outcomes and their total (rule 4). */
function appealsTable(next) {
  const rows = {};
  for (const key of ['review', 'litigation_direct', 'litigation_after_review']) {
    const parts = [0, 0, 0, 0].map(() => (next() < 0.85 ? 0 : Math.floor(next() * 3)));
    rows[key] = [...parts, parts.reduce((a, b) => a + b, 0)];
  }
  return rows;
}

/** Table 二, 2021 layout; 现行有效件数 follows last year's (rule 5). */
function proactive2021(next, previousInForce) {
  const documents = (key) => {
    const issued = count(next, 3);
    const before = previousInForce[key] ?? Math.floor(next() * 20);
    const repealed = Math.min(before, next() < 0.8 ? 0 : Math.floor(next() * 3));
    return [issued, repealed, before + issued - repealed];
  };
  return {
    rules: documents('rules'),
    normative_documents: documents('normative_documents'),
    licensing: [count(next, 60)],
    penalties: [count(next, 20)],
    coercive_measures: [count(next, 4)],
    fees_wan_yuan: [next() < 0.8 ? 0 : Math.round(next() * 500) / 100],
  };
}

/** Table 二, 2019 trial layout. */
function proactive2019(next) {
  const documents = () => {
    const made = count(next, 3);
    return [made, made, made + Math.floor(next() * 30)];
  };
  const prior = () => {
    const previous = count(next, 20);
    const change = Math.floor(next() * 5) - 2;
    return [previous, Math.max(-previous, change), count(next, 40)];
  };
  return {
    rules_2019: documents(),
    normative_documents_2019: documents(),
    licensing_2019: prior(),
    other_services_2019: prior(),
    penalties_2019: prior(),
    coercive_measures_2019: prior(),
    fees_2019: prior().slice(0, 2),
    procurement_2019: [count(next, 5), Math.round(next() * 50000) / 100],
  };
}

const ROADS = ['建设', '人民', '解放', '团结', '文化', '胜利', '和平', '新华'];

/**
 * Every synthetic report, agency by agency and year by year (so rule 5 can look at last year).
 * Yields `{ report, violations }` like parseReport; the violations are always empty.
 */
export function* syntheticReports(templates, agencyCount, seed = 2024) {
  const next = random(seed);
  const names = agencyNames(agencyCount);
  for (const [index, agency] of names.entries()) {
    const template = templates[index % templates.length];
    const { region } = splitAgencyName(agency);
    const phone = `0${951 + (index % 9)}-${String(5000000 + Math.floor(next() * 4999999))}`;
    const address = `${region}${ROADS[index % ROADS.length]}路${1 + Math.floor(next() * 300)}号`;
    const contactLine = `联系地址：${address}；联系电话：${phone}。`;
    const inForce = {};
    let lastForward;
    for (const year of YEARS) {
      const format = year < 2021 ? '2019' : '2021';
      const variant = template.variants[Math.floor(next() * template.variants.length)];
      const rename = substitution(template, agency, year);
      const sections = {};
      for (const [key, text] of Object.entries(variant.sections)) sections[key] = rename(text);
      sections.other = `${sections.other ?? ''}\n${contactLine}`.trim();
      const proseFigures = variant.proseFigures.map((figure) => ({
        ...figure,
        label: rename(figure.label),
        sentence: rename(figure.sentence),
      }));
      const received = proseFigures.find((figure) => figure.key === 'applications_received')?.value;
      const applications = applicationsTable(next, format, received, lastForward);
      lastForward = applications.carried_forward;
      const proactive = format === '2021' ? proactive2021(next, inForce) : proactive2019(next);
      if (format === '2021') for (const key of ['rules', 'normative_documents']) inForce[key] = proactive[key][2];
      const report = {
        agency,
        year,
        format,
        title: `${agency}${year}年政府信息公开工作年度报告`,
        sections,
        proactive,
        applications,
        appeals: appealsTable(next),
        contacts: { address, phone },
        proseFigures,
        missing: [],
        warnings: [],
      };
      yield { report, violations: checkRules(format, report.applications, report.appeals) };
    }
  }
}
