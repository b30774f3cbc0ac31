/**
 * Agency guides end to end: `gongkai import` through the real CLI entry into a real SQLite file,
 * the --json shape, the agency shared with the reports, and citizens' questions answered from
 * the guide (citing it), from a report's contacts, or from the general rules.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli-run.js';
import { importFile, outcomeJson } from '../../src/report/importer.js';
import { openDatabase } from '../../src/store/db.js';
import { GuideStore } from '../../src/store/guide-store.js';
import { ReportStore } from '../../src/store/report-store.js';
import { makeTestApp, type TestApp } from '../helpers.js';

const root = join(__dirname, '..', '..');
const GUIDES = join(root, 'test', 'fixtures', 'guides');
const guide = (name: string) => join(GUIDES, name);
const sampleReports = readdirSync(join(root, 'data', 'reports'))
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => join(root, 'data', 'reports', name));
let directory: string;

const run = runCli;

beforeAll(() => {
  directory = mkdtempSync(join(tmpdir(), 'gongkai-guides-'));
});
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe('gongkai import of guides', () => {
  it('prints {file, document: "guide", agency, fields} for a guide and document "report" for a report', async () => {
    const db = join(directory, 'json.db');
    const result = await run(['--db', db, 'import', '--json', guide('pingtan-guide-01.txt'), sampleReports[0]]);
    expect(result.status).toBe(0);
    const [first, second] = JSON.parse(result.out) as Array<Record<string, any>>;
    expect(Object.keys(first)).toEqual(expect.arrayContaining(['file', 'document', 'agency', 'title', 'fields']));
    expect(first.document).toBe('guide');
    expect(first.agency).toBe('平潭综合实验区公安局');
    expect(first.fields).toMatchObject({ phone: '0591-62561036', post_code: '350400', address: '福建省平潭综合实验区天山北路1号' });
    expect(second.document).toBe('report');
    expect(second.agency).toBe('海原县科学技术局');
  });

  it('reads a guide from an HTML page with every fact its JSON gives', async () => {
    const result = await run(['--db', join(directory, 'html.db'), 'import', '--json', guide('pingtan-guide-02.html')]);
    expect(result.status).toBe(0);
    const [item] = JSON.parse(result.out) as Array<{ document: string; agency: string; fields: Record<string, string> }>;
    const truth = JSON.parse(readFileSync(guide('pingtan-guide-02.json'), 'utf8')) as { agency: string; fields: Record<string, string> };
    expect(item.document).toBe('guide');
    expect(item.agency).toBe(truth.agency);
    const normal = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');
    for (const [key, value] of Object.entries(truth.fields)) expect(normal(item.fields[key]), key).toBe(normal(value));
  });

  it('says in words that a guide was imported, with its fields; a re-import replaces it', async () => {
    const db = join(directory, 'words.db');
    const first = await run(['--db', db, 'import', guide('pingtan-guide-03.txt')]);
    expect(first.status).toBe(0);
    expect(first.out).toContain('政府信息公开指南');
    expect(first.out).toContain('已导入');
    expect(first.out).toContain('传真：0591-23163257');
    expect(first.out).toContain('受理机构：平潭综合实验区自然资源与生态环境局办公室');
    const again = await run(['--db', db, 'import', guide('pingtan-guide-03.txt')]);
    expect(again.out).toContain('已替换原有指南');
    const database = openDatabase(db);
    try {
      expect(database.prepare('SELECT COUNT(*) FROM guides').pluck().get()).toBe(1);
    } finally {
      database.close();
    }
  });

  it('stores a guide under the agency of its reports, also when the guide uses the short name', async () => {
    const db = join(directory, 'shared.db');
    expect((await run(['--db', db, 'import', ...sampleReports])).status).toBe(0);
    expect((await run(['--db', db, 'import', guide('synthetic-xigong-guide.txt'), guide('synthetic-zhongwei-guide.txt')])).status).toBe(0);
    const database = openDatabase(db);
    try {
      const rows = database
        .prepare('SELECT a.name, g.source_file AS file FROM guides g JOIN agencies a ON a.id = g.agency_id ORDER BY a.name')
        .all();
      expect(rows).toEqual([
        { name: '中卫市科学技术局', file: 'synthetic-zhongwei-guide.txt' },
        { name: '西工区科学技术局', file: 'synthetic-xigong-guide.txt' },
      ]);
      // No second agency was made for the short form 中卫市科技局.
      expect(database.prepare("SELECT COUNT(*) FROM agencies WHERE name LIKE '中卫市%'").pluck().get()).toBe(1);
    } finally {
      database.close();
    }
  });

  it('refuses a guide with no agency, one line, and imports the rest', async () => {
    const nameless = join(directory, 'nameless-guide.txt');
    writeFileSync(nameless, '政府信息公开指南\n一、依申请公开\n受理机构：办公室\n电话：0371-1234567\n');
    const cli = await run(['--db', join(directory, 'refuse-cli.db'), 'import', nameless, guide('jiaxing-jyj-guide.txt')]);
    expect(cli.status).toBe(1);
    expect(cli.err.trim().split('\n')).toHaveLength(1);
    expect(cli.err).toContain('找不到指南所属机关');
    expect(cli.out).toContain('嘉兴市教育局');
    const store = new ReportStore(openDatabase(join(directory, 'refuse.db')));
    try {
      const outcome = await importFile(store, nameless);
      expect(outcome.ok).toBe(false);
      const good = await importFile(store, guide('yanshi-kjj-guide.txt'));
      expect(outcomeJson(good)).toMatchObject({ document: 'guide', agency: '偃师区科学技术局', fields: { email: 'yskjj@126.com' } });
      expect(new GuideStore(store.db, store).count()).toBe(1);
    } finally {
      store.db.close();
    }
  });
});

describe('questions about where, when and how to apply to an agency', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    for (const name of [
      'yanshi-kjj-guide.txt',
      'pingtan-guide-01.txt',
      'pingtan-guide-03.txt',
      'synthetic-xigong-guide.txt',
      'pingtan-czj-guide.txt',
    ]) {
      const outcome = await importFile(app.reports, guide(name));
      expect(outcome.ok, outcome.error).toBe(true);
    }
  });
  afterAll(() => app.dispose());

  it('偃师区科技局在哪里申请信息公开: the accepting office and its address, citing the guide', async () => {
    const answer = await app.ask('偃师区科技局在哪里申请信息公开');
    expect(answer.kind).toBe('guide');
    expect(answer.answer).toContain('偃师区首阳大厦11楼1121室');
    expect(answer.answer).toContain('科技局办公室');
    expect(answer.answer).toContain('《偃师区科学技术局政府信息公开指南》');
  });

  it('网上申请入口, 办公时间, 传真, 信息公开电话, each from the guide of the agency named', async () => {
    const online = await app.ask('平潭综合实验区公安局网上申请入口');
    expect(online.answer).toContain('https://www.pingtan.gov.cn');
    expect(online.answer).toContain('《平潭综合实验区公安局政府信息公开指南》');
    const hours = await app.ask('平潭综合实验区自然资源与生态环境局办公时间');
    expect(hours.answer).toContain('上午8:00至12:00');
    const fax = await app.ask('平潭综合实验区自然资源与生态环境局传真是多少');
    expect(fax.answer).toContain('0591-23163257');
    expect(fax.answer).not.toContain('0591-86161228');
    const phone = await app.ask('偃师区科技局信息公开电话');
    expect(phone.answer).toContain('0379—63008630');
  });

  it('the guide’s own time limit and fee statements', async () => {
    const limit = await app.ask('平潭综合实验区财政金融局多久答复');
    expect(limit.kind).toBe('guide');
    expect(limit.answer).toContain('15个工作日');
    expect(limit.answer).toContain('《平潭综合实验区财政金融局政府信息公开指南》');
    const fee = await app.ask('平潭综合实验区公安局申请信息公开收费吗');
    expect(fee.answer).toContain('不收取费用');
  });

  it('a guide beats the report for an agency that has both; a figure question still goes to the report', async () => {
    const phone = await app.ask('西工区科技局的传真');
    expect(phone.answer).toContain('0379-63330001');
    expect(phone.answer).toContain('《西工区科学技术局政府信息公开指南》');
    // 怎么处理申请 asks for the report's handling results, not how to apply.
    expect((await app.ask('西工区科技局怎么处理申请的')).kind).not.toBe('guide');
    expect((await app.ask('西工区科技局怎么申请公开')).answer).toContain('《西工区科学技术局政府信息公开指南》');
    const figure = await app.ask('西工区科技局2024年办理了几件行政许可？');
    expect(figure.kind).toBe('figure');
    expect(figure.facts[0].value).toBe(6);
  });

  it('without a guide: the report’s contacts, saying so', async () => {
    const answer = await app.ask('沙坡头区科技局电话多少');
    expect(answer.kind).toBe('text');
    expect(answer.answer).toContain('0955-8812012');
    expect(answer.answer).toContain('没有沙坡头区科学技术局的政府信息公开指南');
    expect(answer.answer).toContain('年度报告》');
  });

  it('without a guide or report contacts for it: the general rules, saying so', async () => {
    const fax = await app.ask('海原县科学技术局的传真号码');
    expect(fax.kind).toBe('guide');
    expect(fax.answer).toContain('没有海原县科学技术局的政府信息公开指南');
    expect(fax.answer).toContain('一般规定');
    expect(fax.answer).toContain('《政府信息公开条例》');
    const limit = await app.ask('红寺堡区科技局申请公开多久答复');
    expect(limit.answer).toContain('一般规定');
    expect(limit.answer).toContain('20个工作日');
  });

  it('a contacts follow-up about another agency still works after a guide answer', async () => {
    const first = app.engine.ask('西工区科技局的电话', { user: 'follow-guide' });
    expect(first.answer).toContain('0379-63330000');
    const next = app.engine.ask('那沙坡头区呢？', { user: 'follow-guide' });
    expect(next.answer).toContain('0955-8812012');
  });

  it('questions that name no agency keep the general answers', async () => {
    const answer = await app.ask('怎么申请政府信息公开');
    expect(answer.kind).toBe('guide');
    expect(answer.answer).not.toContain('指南》：');
    expect(answer.answer).toContain('《政府信息公开条例》第二十七条');
  });
});

describe('a guide’s own words beyond its contacts (guide-questions-3 classes), over a made-up guide', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    const file = join(directory, 'qingsong-lyj-guide.txt');
    writeFileSync(
      file,
      [
        '青松县林业局政府信息公开指南',
        '一、主动公开',
        '（一）主动公开内容',
        '1.林业政策文件；2.森林防火信息。',
        '（二）公开方式',
        '1.青松县政府门户网站；2.“青松林业”微信公众号；3.在县政务服务中心设立政府信息公开查阅专区。',
        '地址：青松县松林路8号',
        '二、依申请公开',
        '（一）受理机构',
        '本局由林业局行政审批服务中心正式受理政府信息公开申请。',
        '办公地址：青松县林业局大楼',
        '通信地址：青松县松林路1号',
        '办公时间：（冬季）上午9:00至12:00',
        '（夏季）上午9:00至12:00，下午15:30至18:30',
        '联系电话：0123-4567890',
        '（二）申请方式',
        '1.当面申请。申请人可以到林业局一楼大厅当面提交。',
        '2.信函申请。请将申请表寄到青松县林业局办公室，信封注明“信息公开申请”。',
        '申请人填写《青松县林业局政府信息公开申请表》提出申请。申请表可以到一楼大厅领取。',
      ].join('\n'),
    );
    const outcome = await importFile(app.reports, file);
    expect(outcome.ok, outcome.error).toBe(true);
  });
  afterAll(() => app.dispose());

  it('its account, its form, its mailing address, its summer hours, its reading place and its note on a way of applying', async () => {
    const cases: Array<[string, string]> = [
      ['青松县林业局有公众号吗', '“青松林业”微信公众号'],
      ['青松县林业局申请表在哪领', '一楼大厅领取'],
      ['青松县林业局信息公开申请寄到哪', '松林路1号'],
      ['青松县林业局夏天下午几点上班', '15:30'],
      ['青松县林业局的查阅专区在哪', '松林路8号'],
      ['青松县林业局邮寄申请要注意什么', '信封注明'],
      ['青松县林业局通过哪些方式主动公开', '门户网站'],
    ];
    for (const [question, text] of cases) {
      const answer = await app.ask(question);
      expect(answer.kind, question).toBe('guide');
      expect(answer.answer, question).toContain(text);
      expect(answer.answer, question).toContain('《青松县林业局政府信息公开指南》');
    }
    const remedy = await app.ask('青松县林业局申请了一直不回复怎么办');
    expect(remedy.answer).toContain('行政复议');
  });

  it('an agency of a stored region that has no guide nor report: said not found, then the rules for every agency', async () => {
    const answer = await app.ask('青松县教育局信息公开几点上班');
    expect(answer.kind).toBe('refusal');
    expect(answer.answer).toContain('没有找到“青松县教育局”');
    expect(answer.answer).toContain('政府信息公开指南');
    expect(answer.facts).toEqual([]);
    // 电话呢 right after: the same agency, still not found (not a question back).
    const first = app.engine.ask('青松县水利局信息公开怎么申请', { user: 'unknown-follow' });
    expect(first.kind).toBe('refusal');
    const next = app.engine.ask('电话呢', { user: 'unknown-follow' });
    expect(next.kind).toBe('refusal');
    expect(next.answer).toContain('青松县水利局');
    // A school or hospital of the region where only the bureau is stored: not the bureau's phone.
    for (const question of ['青松县第二中学信息公开电话', '青松县人民医院信息公开电话']) {
      const unit = await app.ask(question);
      expect(unit.kind, question).toBe('refusal');
      expect(unit.answer, question).not.toContain('0123-4567890');
    }
    // 白云省科学技术局: a kind stored for other places only.
    const other = await app.ask('白云省林业局信息公开地址');
    expect(other.kind).toBe('refusal');
    expect(other.answer).toContain('没有找到');
    // 向县政府申请: no agency is named by a place of its own.
    expect((await app.ask('向县政府申请信息公开多久答复')).kind).toBe('guide');
  });
});
