// real-questions-prose43 (100 citizens' questions over every report folder about facts reports state only in their prose, on
// 35 pages no earlier prose question set asked of.
// First run (main's code, /tmp/all42.db): 88/100 (2 wrong figures, 9 refused, 1 other).
import { describeOverEveryFolder } from './qa-eval-helpers.js';

describeOverEveryFolder(
  'prose facts of channels, verbs of publishing, 份 and 件, counts with no measure word, deadlines and who does the work (real-questions-prose43)',
  ['real-questions-prose43.jsonl'],
  { guides: false },
);
