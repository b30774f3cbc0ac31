/**
 * The asker's own applications among a report's counts (收到的申请里有几件是我提的, 我交的那份申请算进去了吗): the reports
 * count applications, never by applicant, so none can be told apart; the asker's own case is the agency's to answer.
 */

/** 有几件是我提的 / 我提交的申请算在里面吗 / 哪个是我申请的: the asker's own application(s) sought among the counted. */
export const OWN_APPLICATION_ASKED =
  /(?:几|多少|哪)(?:件|个|份|条)?(?:是)?(?:我|本人|俺)(?:自己)?(?:提|交|递交|提交|申请|寄)(?:的|过的)|(?:我|本人|俺)(?:自己)?(?:提|交|递交|提交|寄)(?:的|过的)(?:那|这)?(?:[一1两2几]?[件个份])?申请(?:[^。？?]{0,6}?)(?:算|计|统计|包括|在)(?:进去|在内|里面|里头|进来)?(?:了)?(?:吗|没有?|么)/;

/** What is said instead of a count: no report tells applicants apart, and where to ask of one's own. */
export const OWN_APPLICATION_ANSWER =
  '年度报告只统计收到申请的总件数和办理结果，不按申请人列出，查不到其中哪一件是您提交的。您自己那件申请的办理情况，请向受理申请的机关查询（可以问我它的电话或地址）。';
