/**
 * Numbered schema migrations. Each runs once, in order, inside a transaction; the applied
 * version is kept in `schema_migrations`. Never edit a released migration: add a new one.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'reports',
    sql: `
      CREATE TABLE agencies (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        region TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
      );
      CREATE TABLE agency_aliases (
        alias TEXT NOT NULL,
        agency_id INTEGER NOT NULL REFERENCES agencies(id) ON DELETE CASCADE,
        PRIMARY KEY (alias, agency_id)
      );
      CREATE TABLE reports (
        id INTEGER PRIMARY KEY,
        agency_id INTEGER NOT NULL REFERENCES agencies(id),
        year INTEGER NOT NULL,
        format TEXT NOT NULL,
        title TEXT,
        origin TEXT NOT NULL,
        source_file TEXT,
        missing TEXT NOT NULL DEFAULT '[]',
        warnings TEXT NOT NULL DEFAULT '[]',
        stored_at TEXT NOT NULL,
        UNIQUE (agency_id, year)
      );
      CREATE INDEX reports_year ON reports(year);
      CREATE TABLE cells (
        report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        table_key TEXT NOT NULL,
        row_key TEXT NOT NULL,
        column_key TEXT NOT NULL,
        value REAL NOT NULL,
        PRIMARY KEY (report_id, row_key, column_key)
      ) WITHOUT ROWID;
      CREATE INDEX cells_figure ON cells(row_key, column_key, value);
      CREATE TABLE sections (
        report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        section_key TEXT NOT NULL,
        text TEXT NOT NULL,
        PRIMARY KEY (report_id, section_key)
      ) WITHOUT ROWID;
      CREATE VIRTUAL TABLE sections_fts USING fts5(
        text, report_id UNINDEXED, section_key UNINDEXED, tokenize = 'trigram'
      );
      CREATE TABLE prose_figures (
        id INTEGER PRIMARY KEY,
        report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        section_key TEXT NOT NULL,
        figure_key TEXT NOT NULL,
        label TEXT NOT NULL,
        value REAL NOT NULL,
        unit TEXT NOT NULL,
        channel TEXT,
        sentence TEXT NOT NULL
      );
      CREATE INDEX prose_figures_report ON prose_figures(report_id, figure_key);
      CREATE TABLE contacts (
        report_id INTEGER PRIMARY KEY REFERENCES reports(id) ON DELETE CASCADE,
        address TEXT, post_code TEXT, phone TEXT, fax TEXT, email TEXT, website TEXT, office_hours TEXT
      );
      CREATE TABLE violations (
        report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        rule INTEGER NOT NULL,
        row_key TEXT NOT NULL,
        column_key TEXT NOT NULL,
        severity TEXT NOT NULL,
        message TEXT NOT NULL
      );
      CREATE INDEX violations_report ON violations(report_id);
      CREATE TABLE import_log (
        id INTEGER PRIMARY KEY,
        file TEXT NOT NULL,
        agency TEXT,
        year INTEGER,
        status TEXT NOT NULL,
        message TEXT NOT NULL,
        at TEXT NOT NULL
      );
    `,
  },
  {
    version: 2,
    name: 'conversation state',
    sql: `
      CREATE TABLE conversation_state (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL,
        expires_at INTEGER NOT NULL
      );
    `,
  },
  {
    version: 3,
    name: 'staff and drafts',
    sql: `
      CREATE TABLE staff (
        channel TEXT NOT NULL DEFAULT '*',
        id TEXT NOT NULL,
        name TEXT NOT NULL,
        agency_id INTEGER NOT NULL REFERENCES agencies(id),
        role TEXT NOT NULL CHECK (role IN ('clerk', 'reviewer')),
        mobile TEXT,
        reminders_paused INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        PRIMARY KEY (id, agency_id)
      );
      CREATE INDEX staff_agency ON staff(agency_id);
      CREATE TABLE drafts (
        id INTEGER PRIMARY KEY,
        agency_id INTEGER NOT NULL REFERENCES agencies(id),
        year INTEGER NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'returned', 'published')),
        submitted_by TEXT,
        submitted_at TEXT,
        override_reason TEXT,
        reviewed_by TEXT,
        reviewed_at TEXT,
        return_reason TEXT,
        published_report_id INTEGER,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (agency_id, year)
      );
      CREATE TABLE draft_cells (
        draft_id INTEGER NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
        row_key TEXT NOT NULL,
        column_key TEXT NOT NULL,
        value REAL NOT NULL,
        PRIMARY KEY (draft_id, row_key, column_key)
      ) WITHOUT ROWID;
      CREATE TABLE draft_sections (
        draft_id INTEGER NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
        section_key TEXT NOT NULL,
        text TEXT NOT NULL,
        PRIMARY KEY (draft_id, section_key)
      ) WITHOUT ROWID;
      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        draft_id INTEGER NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
        staff_id TEXT NOT NULL,
        at TEXT NOT NULL,
        target TEXT NOT NULL,
        old_value TEXT,
        new_value TEXT,
        batch TEXT NOT NULL,
        undone INTEGER NOT NULL DEFAULT 0
      );
      CREATE INDEX audit_log_draft ON audit_log(draft_id, id);
    `,
  },
  {
    version: 4,
    name: 'reminders',
    sql: `
      CREATE TABLE reminder_log (
        id INTEGER PRIMARY KEY,
        agency_id INTEGER NOT NULL REFERENCES agencies(id),
        person_id TEXT NOT NULL,
        entry_id TEXT NOT NULL,
        day TEXT NOT NULL,
        channel TEXT NOT NULL,
        report_year INTEGER NOT NULL,
        text TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'failed', 'cancelled')),
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        claimed_by TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        sent_at TEXT,
        UNIQUE (agency_id, person_id, entry_id, day, channel)
      );
      CREATE INDEX reminder_log_open ON reminder_log(status) WHERE status IN ('pending', 'failed');
    `,
  },
  {
    version: 5,
    name: 'report writes at scale',
    // Replacing a report deleted its full-text rows by report_id, which FTS5 cannot index: a
    // scan of every section (6 s at 100,000 reports, holding the write lock). Rows now carry
    // rowid = report_id * 256 + n, so a report's rows are one rowid range. cells_figure put
    // each report's ~200 cells on ~200 different index pages (half the cost of an import);
    // rankings read cells through the primary key from reports_year instead.
    sql: `
      DROP TABLE sections_fts;
      CREATE VIRTUAL TABLE sections_fts USING fts5(
        text, report_id UNINDEXED, section_key UNINDEXED, tokenize = 'trigram'
      );
      INSERT INTO sections_fts (rowid, text, report_id, section_key)
        SELECT report_id * 256 + ROW_NUMBER() OVER (PARTITION BY report_id ORDER BY section_key) - 1, text, report_id, section_key FROM sections;
      DROP INDEX IF EXISTS cells_figure;
    `,
  },
  {
    version: 7,
    name: 'agency guides',
    // One guide per agency (政府信息公开指南): the facts a citizen needs to apply, as JSON under the
    // keys `import --json` prints; a re-import replaces the row. Shares the agency with its reports.
    sql: `
      CREATE TABLE guides (
        agency_id INTEGER PRIMARY KEY REFERENCES agencies(id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        fields TEXT NOT NULL,
        source_file TEXT,
        source_url TEXT,
        stored_at TEXT NOT NULL
      );
    `,
  },
  {
    version: 9,
    name: 'hardening: four eyes, audited undo, agency administration',
    // kind: 'change' (a value entered), 'undo' (a change reverted, with who and both values),
    // 'self-approval' (a single reviewer published their own draft under the agency's setting).
    // returned_after_audit_id: the last audit entry when the draft was last returned, so
    // "changed since it was returned" is one indexed range. admin_log: agency administration.
    sql: `
      ALTER TABLE audit_log ADD COLUMN kind TEXT NOT NULL DEFAULT 'change';
      CREATE INDEX audit_log_target ON audit_log(draft_id, target, id);
      ALTER TABLE drafts ADD COLUMN returned_after_audit_id INTEGER;
      ALTER TABLE agencies ADD COLUMN allow_self_approval INTEGER NOT NULL DEFAULT 0;
      CREATE INDEX conversation_state_expiry ON conversation_state(expires_at);
      CREATE TABLE admin_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        subject TEXT NOT NULL,
        detail TEXT
      );
    `,
  },
  {
    version: 6,
    name: 'blank cells',
    // A cell the source left empty (an HTML &nbsp; cell) reads as 0 by the format's convention but
    // is not a printed 0: answers say 报告未填写（按零计）, and no computed value ever fills it.
    sql: `
      ALTER TABLE cells ADD COLUMN blank INTEGER NOT NULL DEFAULT 0;
    `,
  },
  {
    version: 8,
    name: 'sentence retrieval',
    // Every sentence of a report's prose sections, as jieba words separated by spaces (unicode61
    // then sees one token per word), ranked with BM25. rowid = report_id * 4096 + n, so a search
    // within one report, and deleting a report's rows, is a rowid range, never a scan.
    // Segmentation needs jieba, which SQL cannot call: reports stored before this version are
    // listed in sentence_backlog and indexed by the store when it next opens the file writable.
    sql: `
      CREATE VIRTUAL TABLE sentences_fts USING fts5(
        words, sentence UNINDEXED, section_key UNINDEXED, tokenize = 'unicode61 remove_diacritics 0'
      );
      CREATE TABLE sentence_backlog (report_id INTEGER PRIMARY KEY);
      INSERT INTO sentence_backlog (report_id) SELECT id FROM reports;
    `,
  },
  {
    version: 10,
    name: 'web console: office role, sessions, sign-in links, console audit',
    // The office (政务公开办) oversees many agencies, so its staff rows have no agency of their own
    // (agency_id NULL) and a region scope instead ('' = every agency). SQLite cannot change a
    // CHECK constraint in place: the table is rebuilt with its rows. Rows without an agency drop
    // out of the inner joins chat uses, so chat staff commands never see an office member.
    sql: `
      CREATE TABLE staff_new (
        channel TEXT NOT NULL DEFAULT '*',
        id TEXT NOT NULL,
        name TEXT NOT NULL,
        agency_id INTEGER REFERENCES agencies(id),
        role TEXT NOT NULL CHECK (role IN ('clerk', 'reviewer', 'office')),
        mobile TEXT,
        reminders_paused INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        scope TEXT,
        PRIMARY KEY (id, agency_id),
        CHECK ((role = 'office') = (agency_id IS NULL))
      );
      INSERT INTO staff_new (channel, id, name, agency_id, role, mobile, reminders_paused, created_at)
        SELECT channel, id, name, agency_id, role, mobile, reminders_paused, created_at FROM staff;
      DROP TABLE staff;
      ALTER TABLE staff_new RENAME TO staff;
      CREATE INDEX staff_agency ON staff(agency_id);
      CREATE UNIQUE INDEX staff_office ON staff(id) WHERE agency_id IS NULL;
      CREATE TABLE console_login_tokens (
        token_hash TEXT PRIMARY KEY,
        staff_id TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL,
        used_at INTEGER
      );
      CREATE TABLE console_sessions (
        session_hash TEXT PRIMARY KEY,
        staff_id TEXT NOT NULL,
        csrf_token TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL
      );
      CREATE TABLE console_audit (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        staff_id TEXT,
        action TEXT NOT NULL,
        target TEXT NOT NULL,
        detail TEXT,
        address TEXT
      );
      CREATE TABLE notification_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        event TEXT NOT NULL,
        draft_id INTEGER,
        recipients TEXT NOT NULL,
        channel TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('sent', 'failed')),
        attempts INTEGER NOT NULL,
        last_error TEXT
      );
    `,
  },
  {
    version: 12,
    name: 'drop the section trigram index',
    // Sentence retrieval (sentences_fts, version 8) answers free-text questions; the trigram index
    // over whole sections had no reader left and cost about a quarter of every import.
    sql: `
      DROP TABLE IF EXISTS sections_fts;
    `,
  },
  {
    version: 13,
    name: 'staff identities keyed by (channel, user id)',
    // Until now a staff member was found by user id alone, whatever the channel, so the same id
    // on two channels was one person. Every existing member keeps the identity they had on every
    // chat channel the service has (their id on each), so nobody loses access; from now on a
    // registration can name one channel. The staff.channel column was never written ('*'); a
    // row that names a channel keeps only that one.
    sql: `
      CREATE TABLE staff_identities (
        channel TEXT NOT NULL,
        user_id TEXT NOT NULL,
        staff_id TEXT NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (channel, user_id)
      );
      CREATE INDEX staff_identities_staff ON staff_identities(staff_id);
      INSERT OR IGNORE INTO staff_identities (channel, user_id, staff_id, created_at)
        SELECT channels.column1, staff.id, staff.id, MIN(staff.created_at)
        FROM staff CROSS JOIN (VALUES ('console'), ('wechat-oa'), ('wechaty'), ('wecom-app')) AS channels
        WHERE staff.channel = '*' OR staff.channel = channels.column1
        GROUP BY channels.column1, staff.id;
    `,
  },
  {
    version: 14,
    name: 'index 繁体 report sentences by their simplified words',
    // Sentences are now indexed by the words of their simplified form, so that simplified
    // questions find 繁体 reports. Reports whose text holds common 繁体-only characters are queued
    // for indexing again (the store works through the backlog when it next opens the file
    // writable); the others index the same either way.
    sql: `
      INSERT OR IGNORE INTO sentence_backlog (report_id)
        SELECT DISTINCT report_id FROM sections
        WHERE text GLOB '*[們個這國時會來說對開發與關於為過還實機體處無準報務區縣門間應請條員數據]*';
    `,
  },
  {
    version: 15,
    name: 'report sentences in a plain table',
    // Retrieval reads one report's sentences by rowid range and ranks them in memory (BM25 over
    // the report's own sentences); nothing queries the FTS5 index any more, and building it
    // (its segment flush and merges at every commit) was about a fifth of every import. The
    // rows keep their rowids (report_id * 4096 + n) and their stored words, so nothing is
    // segmented again. FTS5 keeps its columns in sentences_fts_content (c0 words, c1 sentence,
    // c2 section_key).
    sql: `
      CREATE TABLE sentences (
        id INTEGER PRIMARY KEY,
        words TEXT NOT NULL,
        sentence TEXT NOT NULL,
        section_key TEXT NOT NULL
      );
      INSERT INTO sentences (id, words, sentence, section_key) SELECT id, COALESCE(c0, ''), COALESCE(c1, ''), COALESCE(c2, '') FROM sentences_fts_content;
      DROP TABLE sentences_fts;
      `,
  },
  {
    version: 16,
    name: 'figures kept ready for rankings across agencies',
    // Rankings ("2024年哪个机关主动公开的信息最多") read one cell per report through the cells'
    // primary key, then looked up each report and agency and sorted them all: 90 ms for one
    // year's 13,000 reports, 440 ms over every year. Each cell, and each report's main prose
    // figure (for a topic stated in parts by channel, the first total stated without one), is
    // kept with its year and agency name, indexed by (figure, year, value, agency): the first
    // ten in the order asked, the count and the total are index range reads. Rows go with their
    // report (ON DELETE CASCADE); the triggers keep the agency's name and a moved report's agency.
    sql: `
      CREATE TABLE ranking_figures (
        report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        figure TEXT NOT NULL,
        year INTEGER NOT NULL,
        agency_id INTEGER NOT NULL,
        agency TEXT NOT NULL,
        value REAL NOT NULL,
        PRIMARY KEY (report_id, figure)
      ) WITHOUT ROWID;
      -- Reports stored since their ranking rows were written: a report's ~200 rows land on ~200
      -- pages of the ranking index, so writing them at each report's commit made an import about
      -- four times slower; they are written for all queued reports in one transaction, before
      -- the next ranking read or at the end of an import.
      CREATE TABLE ranking_backlog (report_id INTEGER PRIMARY KEY REFERENCES reports(id) ON DELETE CASCADE);
      INSERT INTO ranking_figures (report_id, figure, year, agency_id, agency, value)
        SELECT c.report_id, c.row_key || '.' || c.column_key, r.year, r.agency_id, a.name, c.value
        FROM cells c JOIN reports r ON r.id = c.report_id JOIN agencies a ON a.id = r.agency_id
        WHERE c.column_key NOT IN ('natural_person', 'business', 'research', 'public_interest', 'legal_services', 'other_org');
      INSERT INTO ranking_figures (report_id, figure, year, agency_id, agency, value)
        SELECT p.report_id, 'prose:' || p.figure_key, r.year, r.agency_id, a.name, p.value
        FROM (
          SELECT report_id, figure_key, value,
                 ROW_NUMBER() OVER (
                   PARTITION BY report_id, figure_key
                   ORDER BY (figure_key IN ('proactive_items') AND channel IS NOT NULL), id
                 ) AS position
          FROM prose_figures
        ) p JOIN reports r ON r.id = p.report_id JOIN agencies a ON a.id = r.agency_id
        WHERE p.position = 1;
      CREATE INDEX ranking_figures_order ON ranking_figures(figure, year, value, agency);
      CREATE TRIGGER ranking_figures_agency_renamed AFTER UPDATE OF name ON agencies BEGIN
        UPDATE ranking_figures SET agency = NEW.name WHERE report_id IN (SELECT id FROM reports WHERE agency_id = NEW.id);
      END;
      CREATE TRIGGER ranking_figures_report_moved AFTER UPDATE OF agency_id, year ON reports BEGIN
        UPDATE ranking_figures SET agency_id = NEW.agency_id, year = NEW.year,
          agency = (SELECT name FROM agencies WHERE id = NEW.agency_id)
        WHERE report_id = NEW.id;
      END;
    `,
  },
  {
    version: 17,
    name: 'existing stores learn what new code reads at import',
    // Two things a store filled by older code lacks until its reports are imported again: the
    // prose written inside table sections (2019-layout paragraphs such as 制作、获取政府信息总数473条),
    // now indexed for retrieval, and the newer name forms of its agencies (合江县 → 合江县人民政府,
    // 人民政府办公厅 → 政府办公厅). Both are listed here and done by the store when it next opens the
    // file writable, as migration 8's sentence backlog is: the rules live in code, not in SQL.
    sql: `
      CREATE TABLE alias_backlog (agency_id INTEGER PRIMARY KEY);
      INSERT INTO alias_backlog (agency_id) SELECT id FROM agencies;
      INSERT OR IGNORE INTO sentence_backlog (report_id)
        SELECT DISTINCT report_id FROM sections
        WHERE section_key IN ('proactive', 'applications', 'appeals') AND (instr(text, '。') > 0 OR instr(text, '；') > 0);
    `,
  },
  {
    version: 18,
    name: 'agencies learn the bare names of towns and streets',
    // agencyAliases now gives a town's or a street's own name (长春路街道办事处 → 长春路街道) as an
    // alias: without it a city's short name inside it (长春) named another agency. It also knows
    // more short kinds (城管委, 外事办), and 城市 no longer reads as a region (北京市城市管理委员会).
    // The store re-reads every agency's region, kind and aliases when it next opens the file
    // writable (migration 17's backlog).
    sql: `INSERT OR IGNORE INTO alias_backlog (agency_id) SELECT id FROM agencies;`,
  },
  {
    version: 19,
    name: 'agencies learn more short names',
    // agencyAliases now also gives a town's government named without its county its place's name (太平镇人民政府 →
    // 太平镇), banners by their side (科右中旗), ethnic townships without the people (二酉乡), and the short forms of a name
    // printed in 繁体; 人民人民政府 is no longer made. Re-read on the next writable open (migration 17's backlog).
    sql: `INSERT OR IGNORE INTO alias_backlog (agency_id) SELECT id FROM agencies;`,
  },
  {
    version: 20,
    name: 'agencies with two names learn each, zones and colleges their short names',
    // agencyAliases now reads a body with two names (银川市民族事务委员会(宗教事务局)) as known by each one alone
    // (银川市宗教事务局, 银川民委) and by their joint short form (民宗委), and knows 宗教局; a zone's bureau run with a
    // district (武汉经济技术开发区(汉南区)医疗保障局) is known by either, a zone named after its province without it
    // (舒城经开区), and a vocational college by its name with 学院 alone (义乌工商学院). Re-read on the next writable
    // open (migration 17's backlog).
    sql: `INSERT OR IGNORE INTO alias_backlog (agency_id) SELECT id FROM agencies;`,
  },
  {
    version: 21,
    name: 'commissions learn their official short form',
    // agencyAliases now knows 卫生健康委 (国家卫生健康委, 甘南州卫生健康委) as the commission's own short form of
    // 卫生健康委员会, and 卫健委 as the citizen's word for either. Re-read on the next writable open (migration 17's backlog).
    sql: `INSERT OR IGNORE INTO alias_backlog (agency_id) SELECT id FROM agencies;`,
  },
  {
    version: 22,
    name: 'reports keep the day they were published',
    // The page's date line (发布时间：2021-01-27, 发布日期: 2025年1月20日) or, when it has none, the date under the closing
    // signature, as an ISO date, and which of the two it was ('page' or 'signature'); NULL when the page prints no date.
    // Reports stored before this version have none until imported again: the answer then says the report does not state it.
    sql: `
      ALTER TABLE reports ADD COLUMN published TEXT;
      ALTER TABLE reports ADD COLUMN published_from TEXT;
    `,
  },
  {
    version: 23,
    name: 'gazetteer offices learn their 办 short form',
    // agencyAliases now knows 地方志办 and 史志办 for 地方志办公室 and 史志办公室 (湛江市地方志办). Re-read on the next writable
    // open (migration 17's backlog).
    sql: `INSERT OR IGNORE INTO alias_backlog (agency_id) SELECT id FROM agencies;`,
  },
  {
    version: 24,
    name: 'imported reports learn the prose figures later code reads',
    // Prose figures (主动公开政府信息93条, 关注量526人) are read at import; rules added since are not applied to reports stored
    // before them. The store reads each imported report's figures again from its stored sections when it next opens the
    // file writable, and ranks them anew. Reports typed in (origin 'entry') keep theirs: some were entered by hand.
    sql: `
      CREATE TABLE prose_backlog (report_id INTEGER PRIMARY KEY REFERENCES reports(id) ON DELETE CASCADE);
      INSERT INTO prose_backlog (report_id) SELECT id FROM reports WHERE origin = 'import';
    `,
  },
  {
    version: 25,
    name: 'contacts keep the contact person, the QQ number and the office in charge',
    // 联系人:王曦瑶, 互联网联系方式:QQ:58800110 and 领导小组办公室设在政秘股 are read at import (extractContactExtras). Reports
    // stored before this version have none until imported again: the answer then says the report does not state them.
    sql: `
      ALTER TABLE contacts ADD COLUMN contact_person TEXT;
      ALTER TABLE contacts ADD COLUMN qq TEXT;
      ALTER TABLE contacts ADD COLUMN office TEXT;
    `,
  },
  {
    version: 26,
    name: 'imported reports and agencies learn the readings added since',
    // Prose figures read since migration 24 (followers counted as 粉丝 or 订阅, a clause that is only a channel before the next
    // clause's count, 分别 over quoted accounts side by side) and the name forms agencyAliases now makes (a 管理区 after its
    // county known by its own name) reach reports and agencies stored before: both backlogs are filled again and worked
    // through on the next writable open, as after migrations 23 and 24.
    sql: `
      INSERT OR IGNORE INTO prose_backlog (report_id) SELECT id FROM reports WHERE origin = 'import';
      INSERT OR IGNORE INTO alias_backlog (agency_id) SELECT id FROM agencies;
    `,
  },
  {
    version: 27,
    name: 'grid companies learn their names without the group, secondary schools their short kind',
    // agencyAliases now knows a grid company named after its group (国网岳阳县供电公司) by its place and kind alone
    // (岳阳县供电公司, 岳阳供电公司), and a 中等专业学校 as a 中专 (经贸中专). Re-read on the next writable open (migration 17's
    // backlog).
    sql: `INSERT OR IGNORE INTO alias_backlog (agency_id) SELECT id FROM agencies;`,
  },
  {
    version: 28,
    name: 'reports printed in traditional characters learn their prose figures',
    // A page in 繁体 (主動公開政府信息23條) is read in simplified script for its prose figures, which the readers' words only
    // match so: reports stored before get them on the next writable open (migration 24's backlog).
    sql: `INSERT OR IGNORE INTO prose_backlog (report_id) SELECT id FROM reports WHERE origin = 'import';`,
  },
  {
    version: 29,
    name: 'agencies learn the short forms of zones, municipalities and more kinds',
    // agencyAliases now splits a municipality written without its 市 (天津东疆保税港区 → 天津 | 东疆保税港区), keeps a bare
    // 保税港区 with its place (福州保税港区, never 保税港区 alone), calls a 新区 by its name (浦东), and knows more kinds' short
    // forms (审批局, 大数据局, 残联, 交建局): agencies stored before learn them on the next writable open (migration 17's backlog).
    sql: `INSERT OR IGNORE INTO alias_backlog (agency_id) SELECT id FROM agencies;`,
  },
  {
    version: 30,
    name: 'grid companies’ branches under a province’s company learn their place and kind',
    // agencyAliases now knows 国网江苏省电力有限公司连云港供电分公司 as 连云港供电公司, 国网连云港供电公司 and 连云港供电分公司:
    // agencies stored before learn them on the next writable open (migration 17's backlog).
    sql: `INSERT OR IGNORE INTO alias_backlog (agency_id) SELECT id FROM agencies;`,
  },
  {
    version: 31,
    name: 'agencies learn their names before the 2018 reform and 和 for the 与 between two fields',
    // agencyAliases now knows a 卫生健康委员会 by 卫计委 and 计生委, a 市场监督管理局 by 市监局, 质监局, 工商局 and 食药监局, and
    // 自然资源与生态环境局 written 自然资源和生态环境局: agencies stored before learn them on the next writable open (migration
    // 17's backlog).
    sql: `INSERT OR IGNORE INTO alias_backlog (agency_id) SELECT id FROM agencies;`,
  },
  {
    version: 32,
    name: 'districts named 市中区, 市北区, 市南区 are split as districts',
    // splitAgencyName now reads 济南市市中区农业农村局 as 济南市市中区 | 农业农村局 (not 济南市 | 市中区农业农村局), and agencyAliases
    // writes it 济南市中区农业农村局 too: only those agencies are read again on the next writable open (migration 17's backlog).
    sql: `INSERT OR IGNORE INTO alias_backlog (agency_id) SELECT id FROM agencies WHERE name LIKE '%市中区%' OR name LIKE '%市北区%' OR name LIKE '%市南区%';`,
  },
];
