/**
 * citizen-questions-98 (issue #11): placeholder header, filled in below.
 */
import { describeOverEveryFolder } from './qa-eval-helpers.js';

describeOverEveryFolder(
  'places without an agency, follow-ups after a ranking, mixed units, relative years, after a miss (citizen-questions-98)',
  ['citizen-questions-98.jsonl'],
  { guides: true },
);
