/** The report model: zod schemas for a parsed or entered annual report. */
import * as z from 'zod';
import { REPORT_FORMATS } from './catalogue.js';

/** Contact details of an agency's disclosure office, as printed in its report. */
export const ContactsSchema = z.object({
  address: z.string().optional(),
  post_code: z.string().optional(),
  phone: z.string().optional(),
  fax: z.string().optional(),
  email: z.string().optional(),
  website: z.string().optional(),
  office_hours: z.string().optional(),
  /** 联系人:王曦瑶 */
  contact_person: z.string().optional(),
  /** 互联网联系方式:QQ:58800110 */
  qq: z.string().optional(),
  /** The office that does the work (领导小组办公室设在政秘股 → 政秘股). */
  office: z.string().optional(),
});
export type Contacts = z.infer<typeof ContactsSchema>;

/** A figure stated in the prose, with the sentence it comes from. */
export const ProseFigureSchema = z.object({
  /** What it counts: `proactive_items`, `proactive_items_by_channel`, `followers`, `trainings`, … or `other`. */
  key: z.string(),
  /** The words before the number, e.g. 通过海原县政府门户网站主动公开信息. */
  label: z.string(),
  value: z.number(),
  unit: z.string(),
  /** For channel figures: the channel named (网站, 微信公众号 …). */
  channel: z.string().optional(),
  sentence: z.string(),
  section: z.string(),
});
export type ProseFigure = z.infer<typeof ProseFigureSchema>;

/** A broken consistency rule (勾稽关系), with where it breaks. */
export const ViolationSchema = z.object({
  rule: z.number().int(),
  row: z.string(),
  column: z.string(),
  message: z.string(),
  severity: z.enum(['error', 'warning']).default('error'),
});
export type Violation = z.infer<typeof ViolationSchema>;

/** Something the parser was unsure of: an ambiguous run of glued digits, extra numbers … */
export const ParseWarningSchema = z.object({ row: z.string().optional(), message: z.string(), line: z.number().int().optional() });
export type ParseWarning = z.infer<typeof ParseWarningSchema>;

const values = z.array(z.number());

/** The day the report was published as its page prints it (ISO date), and where: the page's date line or the closing signature. */
export const PublishedSchema = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  from: z.enum(['page', 'signature']),
});
export type Published = z.infer<typeof PublishedSchema>;

export { BLANK_CELL } from './blank-cell.js';

/** The whole report. Table values are keyed by the catalogue's row keys; columns in catalogue order. */
export const ReportSchema = z.object({
  agency: z.string().min(2),
  year: z.number().int().min(2000).max(2100),
  format: z.enum(REPORT_FORMATS),
  title: z.string().optional(),
  /** Read at import (report/published.ts); absent when the page prints no date. */
  published: PublishedSchema.optional(),
  sections: z.record(z.string(), z.string()),
  /** Table 二: row key → values in the row's column order. */
  proactive: z.record(z.string(), values),
  /** Table 三: row key → 7 numbers. */
  applications: z.record(z.string(), values),
  /** Table 四: group key → 5 numbers. */
  appeals: z.record(z.string(), values),
  contacts: ContactsSchema,
  proseFigures: z.array(ProseFigureSchema),
  /** Sections, tables or rows the text did not have. */
  missing: z.array(z.string()),
  /**
   * Cells the source left empty (read as 0 by the format's convention, never filled with a
   * computed value): `table.row.column`, e.g. `applications.received.business`.
   */
  blanks: z.array(z.string()).optional(),
  warnings: z.array(ParseWarningSchema),
});
export type Report = z.infer<typeof ReportSchema>;
