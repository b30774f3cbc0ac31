/**
 * citizen-questions-88 (issue #11, gaps84): 60 lines, 14 conversations, over every report folder and the guides — the classes
 * of the gap lines gaps84 closed, in other agencies and words: 哪个X多/少 after two agencies asked in turn (主动公开, 收到的申请,
 * 谁…少, 哪家…多一些, then 差多少), a completion or reply rate the report does not print worked out from the two counts of one
 * sentence (as a follow-up of the count, asked alone, 繁体, printed rates, sentences that count a carried-over number beside
 * their whole, sentences with no finished count), a bare way of applying weighed against another (信函比网上, 当面比网上少,
 * 邮寄比当面, 信函比在线, 信函比电子邮件; 当面 not stated: refused), and a government office's documents (政府办公室文件).
 * Written before its first run, which was made after the first versions of gaps84's fixes (so it scores them, not the code
 * before them): 52/60, one-shot rates then worked out. Two expectations were corrected after it (lines 10 and 17: 合江县's
 * 21597 is its 累计公开 count, read by hand for the 主动公开 total 14542; 东宝区 prints only its website's 7593). A rate asked
 * alone is refused again since (real-questions-3 keeps 平潭综合实验区2025年办结率多少 a negative), so the final score is
 * 51/60 with 9 gap lines: six rates asked alone, 东宝区's rate asked alone (answered by its 共办结 count), 碌曲县's rate of
 * 网民留言 taken for the applications', and 其中市政府办公室文件几件 (read as an agency not stored).
 */
import { describeOverEveryFolder } from './qa-eval-helpers.js';

describeOverEveryFolder(
  'comparisons, worked-out rates and ways of applying over every report folder and the guides (citizen-questions-88)',
  ['citizen-questions-88.jsonl'],
);
