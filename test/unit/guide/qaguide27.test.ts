/**
 * The real guides qaguide27 added (guides-41, asked by guide-questions-41): each is read as a guide of the agency its hand-read
 * JSON names, with every field the JSON gives (what the parser misses of a page is said in the JSON's notes), and imported.
 */
import { describeGuideFolder } from '../../guide-folder.js';

describeGuideFolder('qaguide27’s real guides (guides-41)', 'guides-41', {
  atLeast: 6,
  ask: '上虞气象局传真',
  answerContains: '0575-82665199',
});
