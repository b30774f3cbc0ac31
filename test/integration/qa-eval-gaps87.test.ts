/**
 * citizen-questions-95 (issue #11, gaps87): 60 lines, 15 conversations and 22 single questions, over every report folder and
 * the guides — the classes of the gap lines gaps87 closed, in other agencies and words: a year's report asked whole with
 * 有吗 / 有没有 / 有么 after it (held: the years held; older than held: 没有X年的; newer than every report held: refused as not
 * in the store yet, also after a figure of the agency), one of a level in a place (硚口区那个街道, 苍溪县那个镇, 通榆县那个乡 —
 * the county itself stored too —, 济南市历下区这个街道, 龙游县那个镇: which one, or the only one's years), and three agencies
 * weighed (names typed with spaces, with 、 and 和, kinds alone after 平潭's first) then a place in them (第二名呢, 第二个呢,
 * 第二多的是哪个, 第二少的是哪个, 排第三的是谁, 第三个呢, 最少的那个几件, 最多的那个是哪个, 最少的那个是多少).
 * Written before its first run, made after gaps87's first two fixes: 53/60. Fixed after it: a place's own agency stored
 * (通榆县) no longer takes 通榆县那个乡 from the towns asked; a name ending as a place (天津港保税区) before a name opening with
 * its own place, and a zone (海门经济技术开发区) after a name, are read as names across spaces (NAMES_SPACED), so the third
 * figure and the places after it (排第三的是谁, 第二少的是哪个) are there. Final: 59/60 with 1 gap line (a three-character
 * kind typed alone between spaces, 公安局, is left out of the comparison without a word).
 */
import { describeOverEveryFolder } from './qa-eval-helpers.js';

describeOverEveryFolder(
  'reports held by year, one of a level in a place, and three agencies weighed then placed, over every report folder and the guides (citizen-questions-95)',
  ['citizen-questions-95.jsonl'],
);
