#!/usr/bin/env node
// Rewrite each real page's title line into other real title shapes; import all; report wrong agency/year and lost cells.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
// ROOT: the checkout whose build imports the pages (default: this one); FIXTURES: where the hand-read pages are.
const root = process.env.ROOT ?? process.cwd();
const fx = process.env.FIXTURES ?? join(root, 'test/fixtures');
const work = process.env.OUT ?? '/tmp/title-probe';
const folders = readdirSync(fx)
  .filter((n) => /^reports-(real|more\d*)$/.test(n))
  .sort();
/** The government of the region an agency's name starts with (代县卫生健康局 → 代县人民政府): the site a page sits on. */
const regionGov = (a) => {
  const m = /^(.+?(?:省|自治区|市|县|区|旗))(?!$)/u.exec(a);
  return m ? `${m[1]}人民政府` : '忻州市人民政府';
};
/** An agency's name cut after its region (张湾区-融媒体中心), else halfway. */
const cut = (a) => {
  const m = /^(.+?(?:市|县|区|旗))(?!$)/u.exec(a);
  const k = m ? m[1].length : Math.ceil(a.length / 2);
  return [a.slice(0, k), a.slice(k)];
};
const CN = '〇一二三四五六七八九';
const cnYear = (y) =>
  String(y)
    .split('')
    .map((d) => CN[d])
    .join('');
const T = {
  guanyu: (a, y) => `${a}关于${y}年度政府信息公开工作的报告`,
  yearfirst: (a, y) => `${y}年${a}政府信息公开工作年度报告`,
  paren: (a, y) => `${a}政府信息公开工作年度报告（${y}年）`,
  zhengwu: (a, y) => `${a}${y}年政务公开工作年度报告`,
  cnyear: (a, y) => `${a}${cnYear(y)}年政府信息公开工作年度报告`,
  twoline: (a, y) => `${a}\n${y}年度政府信息公开工作年度报告`,
  bread: (a, y) =>
    `首页 > 政务公开 > 政府信息公开年报\n${a}${y}年政府信息公开工作年度报告\n发布时间：${y + 1}-01-20 来源：${a} 浏览次数：123`,
  nameless: (a, y) => `${y}年政府信息公开工作年度报告\n发布机构：${a}`,
  bracket: (a, y) => `【${y}年】${a}政府信息公开年报`,
  spaced: (a, y) => `${a.split('').join(' ')}\n${y} 年 政 府 信 息 公 开 工 作 年 度 报 告`,
  // A title naming no agency and nothing else: the control for the shapes below that add chrome to it.
  bare: (_a, y) => `${y}年政府信息公开工作年度报告`,
  // Site names above the title, as a portal's header prints them (中国政府网 山西省人民政府 忻州市人民政府).
  sites: (a, y) => `中国政府网 山西省人民政府 ${regionGov(a)}\n${a}${y}年政府信息公开工作年度报告`,
  sitesnameless: (a, y) => `中国政府网 山西省人民政府 ${regionGov(a)}\n${y}年政府信息公开工作年度报告`,
  // A site's name and breadcrumb on one line above the title (南京市建邺区人民政府 > 政务公开 > 年报).
  crumbabove: (a, y) => `${regionGov(a)} > 政务公开 > 年报\n${a}${y}年政府信息公开工作年度报告`,
  crumbnameless: (a, y) => `${regionGov(a)} > 政务公开 > 政府信息公开年报\n${y}年政府信息公开工作年度报告`,
  // The site's name alone on the line above a title naming no agency (南京市建邺区人民政府 / 2023年…报告), the publisher field below.
  siteabove: (a, y) => `${regionGov(a)}\n${y}年政府信息公开工作年度报告\n发布机构：${a}`,
  bullet: (a, y) => `•${a}${y}年政府信息公开工作年度报告`,
  dash: (a, y) => `${cut(a).join('-')}${y}年政府信息公开工作年度报告`,
  // A title broken inside the name (螅镇 / 人民政府2024年…).
  splitname: (a, y) => `${cut(a)[0]}\n${cut(a)[1]}${y}年政府信息公开工作年度报告`,
  // A <title>-like line: the title, then the site's name after an underscore.
  htmltitle: (a, y) => `${a}${y}年政府信息公开工作年度报告_${regionGov(a)}`,
  htmlnameless: (a, y) => `${y}年政府信息公开工作年度报告_${regionGov(a)}`,
  // A metadata table crawled one cell a line, before a title naming no agency.
  meta: (a, y) =>
    `索引号:\n11140900012345678X/${y + 1}-00012\n主题分类:\n政务公开\n发布机构:\n${a}\n成文日期:\n${y + 1}年01月20日\n${y}年政府信息公开工作年度报告`,
  metapipe: (a, y) =>
    `| 索引号 | 11140900012345678X/${y + 1}-00012 | 主题分类 | 政务公开 |\n| 发布机构 | ${a} | 成文日期 | ${y + 1}-01-20 |\n${y}年政府信息公开工作年度报告`,
  english: (a, y) => `The People's Government of Xinzhou City\n${a}${y}年政府信息公开工作年度报告`,
  pinyin: (a, y) => `XINZHOU SHI RENMIN ZHENGFU\n${y}年政府信息公开工作年度报告\n发布机构：${a}`,
  // The download link's text as the page's first line, no title below it.
  attach: (a, y) => ({ first: `附件：${a}${y}年政府信息公开年报.pdf` }),
};
const which = (process.env.T ?? Object.keys(T).join(',')).split(',');
const out = join(work, 'title');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const TITLE = /(政府信息公开|政务公开|信息公开).{0,16}(年度?报告|年报)/;
const items = [];
for (const folder of folders) {
  for (const name of readdirSync(join(fx, folder))
    .filter((n) => /^\d+\.(txt|md)$/.test(n))
    .sort()) {
    let truth;
    try {
      truth = JSON.parse(readFileSync(join(fx, folder, name.replace(/\.\w+$/, '.json')), 'utf8'));
    } catch {
      continue;
    }
    if (truth.refused || !truth.agency || !truth.year) continue;
    const text = readFileSync(join(fx, folder, name), 'utf8');
    const lines = text.split('\n');
    const at = lines.slice(0, 30).findIndex((l) => TITLE.test(l) && l.trim().length < 90);
    if (at < 0) continue;
    const old = lines[at].trim();
    for (const t of which) {
      const shape = T[t](truth.agency, truth.year);
      const title = typeof shape === 'string' ? shape : '';
      let mutated = lines.map((l, i) => (i === at || (l.trim() === old && i < 40) ? title : l)).join('\n');
      if (typeof shape !== 'string') mutated = `${shape.first}\n${mutated}`;
      const file = join(out, `${folder}__${name.replace(/\./, `_${t}.`)}`);
      writeFileSync(file, mutated);
      items.push({ file, truth, folder, name, t });
    }
  }
}
const chunk = 200;
const results = [];
for (let i = 0; i < items.length; i += chunk) {
  const part = items.slice(i, i + chunk);
  const db = join(work, `tdb${i}.db`);
  rmSync(db, { force: true });
  let output;
  try {
    output = execFileSync(process.execPath, ['bin/gongkai.js', 'import', '--json', '--db', db, ...part.map((p) => p.file)], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 256 * 1024 * 1024,
      env: { ...process.env, LOG_LEVEL: 'silent' },
    });
  } catch (e) {
    output = e.stdout;
  }
  results.push(...JSON.parse(output));
  rmSync(db, { force: true });
}
const stats = {};
for (const [i, item] of items.entries()) {
  const got = results[i] ?? {};
  const s = (stats[item.t] ??= { pages: 0, stored: 0, agency: 0, year: 0 });
  s.pages++;
  if (got.error || got.stored === false) {
    console.log(`REFUSED ${item.t} ${item.folder}/${item.name}: ${String(got.error?.message ?? got.error ?? '').slice(0, 100)}`);
    continue;
  }
  s.stored++;
  const probs = [];
  if (got.agency !== item.truth.agency) {
    s.agency++;
    probs.push(`agency ${got.agency} want ${item.truth.agency}`);
  }
  if (got.year !== item.truth.year) {
    s.year++;
    probs.push(`year ${got.year} want ${item.truth.year}`);
  }
  if (probs.length) console.log(`${item.t} ${item.folder}/${item.name}: ${probs.join('; ')}`);
}
for (const [t, s] of Object.entries(stats))
  console.log(`${t}: pages ${s.pages}, stored ${s.stored}, refused ${s.pages - s.stored}, wrong agency ${s.agency}, wrong year ${s.year}`);
