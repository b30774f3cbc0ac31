/**
 * The token text extraction writes for an empty cell inside a table grid (an HTML `<td>&nbsp;</td>`,
 * an empty DOCX cell), so the table reader can tell it from a printed 0 and list it under `blanks`.
 * A module of its own so that the table reader does not load the report model's zod schemas.
 */
export const BLANK_CELL = '∅';
