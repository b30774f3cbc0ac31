/**
 * real-questions-corpus69 (108 lines over reports-more75: 15 real 2020–2025 pages of 湖南 (湘阴县静河镇, 平江县余坪镇), 湖北
 * (东湖高新区关东街道, 黄石新下陆街道), 河南 (南召县政府办), 广东 (普宁梅塘镇; 徐闻's unnamed 局, refused at import), 山东
 * (省机关事务管理局 in 繁体; 高新区青田街道, refused at import), 福建 (涵江区萩芦镇, 晋安区鼓山镇), 重庆 (荣昌区招商投资促进局,
 * 綦江区永新镇) and 海南 (东方市八所镇, 白沙县) — asked by the names citizens use (白沙县, 关东街, 荣昌招商局, 25年, 繁体
 * twice, voice filler once); prose figures, table cells, a blank cell, contacts, yes/no, 13 conversations with follow-ups,
 * 3 comparisons and negatives (pages cut before the part asked, years not held, bodies not held), written before their
 * first run.
 * SCORES
 */
import { describeOverSet } from './qa-eval-helpers.js';

describeOverSet(
  'reports-more75: 湖南, 湖北, 河南, 广东, 山东, 福建, 重庆 and 海南, pages of 2020–2025 (real-questions-corpus69)',
  'reports-more75',
  /\.(txt|md|html)$/,
  'real-questions-corpus69.jsonl',
  'corpus69',
);
