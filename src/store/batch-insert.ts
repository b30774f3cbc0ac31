/**
 * Multi-row INSERTs for the import path. A report is a few hundred rows (cells, sentences, prose
 * figures); one statement per row pays the binding's call and SQLite's statement step each
 * time, while one `INSERT … VALUES (…), (…), …` of up to `maxRows` rows pays them once. The
 * statement for each row count is prepared on first use and kept.
 */
import type { Statement } from 'better-sqlite3';
import type { Db } from './db.js';

/** Rows per statement: well under SQLite's 32,766 parameters for the widest table (8 columns). */
const DEFAULT_MAX_ROWS = 128;

/** One table's multi-row INSERT, by row count. */
export class BatchInsert {
  private readonly statements = new Map<number, Statement>();
  private readonly row: string;

  /** `head` is the statement up to VALUES (`INSERT INTO cells (report_id, …)`); `columns` the values per row. */
  constructor(
    private readonly db: Db,
    private readonly head: string,
    private readonly columns: number,
    private readonly maxRows = DEFAULT_MAX_ROWS,
  ) {
    this.row = `(${new Array(columns).fill('?').join(', ')})`;
  }

  /** Insert the rows held in `values`, `columns` values per row, in row order. */
  run(values: unknown[]): void {
    if (values.length % this.columns !== 0) throw new Error(`${values.length} values do not make rows of ${this.columns}`);
    const rows = values.length / this.columns;
    for (let start = 0; start < rows; start += this.maxRows) {
      const count = Math.min(this.maxRows, rows - start);
      const part = count === rows ? values : values.slice(start * this.columns, (start + count) * this.columns);
      this.statementFor(count).run(part);
    }
  }

  private statementFor(rows: number): Statement {
    let statement = this.statements.get(rows);
    if (!statement) {
      statement = this.db.prepare(`${this.head} VALUES ${new Array(rows).fill(this.row).join(', ')}`);
      this.statements.set(rows, statement);
    }
    return statement;
  }
}
