/**
 * The real guides qaguide36 added (guides-50, asked by guide-questions-50): each is read as a guide of the agency its hand-read
 * JSON names, with every field the JSON gives (what the parser misses of a page is said in the JSON's notes), and imported.
 */
import { describeGuideFolder } from '../../guide-folder.js';

describeGuideFolder('qaguide36’s real guides (guides-50)', 'guides-50', {
  atLeast: 6,
  ask: '嵊州市高铁新城管理委员会网上申请网址',
  answerContains: 'col1562828',
});
