/**
 * Agency names and kinds read in a question (real-questions-16): a name whose region is not read (阜陽氣象局, 国家税务总局
 * 广西壮族自治区税务局) is no short form of its kind alone, 民委 is 民族事务委员会, and a joiner is no first character of a place
 * when another place starts right after it (平度卫健和平度公安: 平度, not 和平).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { AgencyIndex } from '../../../src/qa/agency-index.js';
import { openDatabase } from '../../../src/store/db.js';
import { ReportStore } from '../../../src/store/report-store.js';

const db = openDatabase(':memory:');
afterAll(() => db.close());
const store = new ReportStore(db);
for (const name of [
  '阜陽氣象局',
  '黑河市气象局',
  '浙江省气象局',
  '国家税务总局广西壮族自治区税务局',
  '国家税务总局鄂州市税务局',
  // Made up: the same shapes, another kind.
  '汕頭海關',
  '深圳市海关',
  '九原区民族事务委员会',
  '兴城区民族事务委员会',
  '天津市和平区发展和改革委员会',
  '平度市公安局',
  '平度市卫生健康局',
  // Made up: 和田 is a place, and so is 田东县 right after a joiner.
  '和田市教育局',
  '田东县教育局',
  '海原县教育局',
  '东丽湖街道办事处',
  '重庆市渝中区人民政府解放碑街道办事处',
  '国家税务总局鄂州市税务局',
  '硚口区人民政府宗关街道办事处',
  '硚口区教育局',
  '银川市网络信息化局',
  '银川市兴庆区人民政府',
  // Made up: a street and a bureau of the same shapes.
  '青禾县柳岸街道办事处',
  // Made up: a place that is itself a 街 (real-questions-19 asks 前进街 for 兴庆区前进街街道办事处).
  '青禾县枫林街街道办事处',
  '青禾县文化局',
])
  store.ensureAgency(name);
const index = new AgencyIndex(store);
const names = (text: string) => index.find(text).flatMap((mention) => mention.agencies.map((agency) => agency.name));

describe('a name whose region is not read is distinctive up to its kind', () => {
  it('the kind alone names none of them', () => {
    expect(names('气象局电话多少')).toEqual([]);
    expect(names('税务局地址在哪')).toEqual([]);
    expect(names('海关电话多少')).toEqual([]);
  });

  it('the name with its place still names it', () => {
    expect(names('阜阳气象局电话')).toEqual(['阜陽氣象局']);
    expect(names('广西税务局主动公开多少条')).toEqual(['国家税务总局广西壮族自治区税务局']);
    expect(names('汕头海关电话')).toEqual(['汕頭海關']);
  });
});

describe('民委 is the short form of 民族事务委员会', () => {
  it('with the district, full or shortened', () => {
    expect(names('九原区民委电话')).toEqual(['九原区民族事务委员会']);
    expect(names('九原民委公众号发了多少条')).toEqual(['九原区民族事务委员会']);
    expect(names('兴城区民委收到几件申请')).toEqual(['兴城区民族事务委员会']);
  });
});

describe('a joiner before a place is not read as the first character of another place', () => {
  it('和 joins the second place, which runs further than the place 和 would start', () => {
    expect(names('平度卫健和平度公安哪个收到的申请多')).not.toContain('天津市和平区发展和改革委员会');
    expect(names('平度卫健和平度公安哪个收到的申请多')).toContain('平度市公安局');
    expect(names('海原县教育局和田东县教育局谁收到的申请多')).toEqual(['海原县教育局', '田东县教育局']);
  });

  it('the place itself after a joiner, or alone, is still named', () => {
    expect(names('和平区发改委收到几件申请')).toEqual(['天津市和平区发展和改革委员会']);
    expect(names('海原县教育局和和田市教育局谁多')).toEqual(['海原县教育局', '和田市教育局']);
  });
});

describe('shortened names and places written together (real-questions-16)', () => {
  it('a 街道 said as 街, a bureau without its last 局', () => {
    expect(names('东丽湖街邮编')).toEqual(['东丽湖街道办事处']);
    expect(names('柳岸街主动公开多少条')).toEqual(['青禾县柳岸街道办事处']);
    expect(names('鄂州税务公众号发了多少条')).toEqual(['国家税务总局鄂州市税务局']);
    // A place that is itself a 街 keeps it and drops the 街道 after it.
    expect(names('枫林街电话')).toEqual(['青禾县枫林街街道办事处']);
    // 解放街 is no 解放碑街道: the 街 must follow the name's characters it shortens.
    expect(names('解放街主动公开多少条')).toEqual([]);
  });

  it('a higher place right before a lower one (银川兴庆区, 硚口宗关街道) only says where it is', () => {
    expect(new Set(names('银川兴庆区发布了几件规范性文件'))).toEqual(new Set(['银川市兴庆区人民政府']));
    expect(names('硚口宗关街道公开了几条财政预决算信息')).toEqual(['硚口区人民政府宗关街道办事处']);
    expect(names('硚口区教育局电话')).toEqual(['硚口区教育局']);
    expect(names('银川市网信局电话')).not.toContain('银川市兴庆区人民政府');
  });
});
