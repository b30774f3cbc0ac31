/** Names citizens give agencies published under a place name or a government office's full name. */
import { afterAll, describe, expect, it } from 'vitest';
import { AgencyIndex } from '../../../src/qa/agency-index.js';
import { agencyAliases, splitAgencyName } from '../../../src/report/agency-names.js';
import { openDatabase } from '../../../src/store/db.js';
import { ReportStore } from '../../../src/store/report-store.js';

const db = openDatabase(':memory:');
afterAll(() => db.close());
const store = new ReportStore(db);
for (const name of [
  '合江县',
  '上海市',
  '上海市人民政府办公厅',
  '平潭综合实验区',
  '平潭综合实验区公安局',
  '昌图县七家子镇',
  '利辛县望疃镇人民政府',
  '达州市通川区统计局',
  '湖州市吴兴区人力社保局',
  '重庆市秀山土家族苗族自治县卫生健康委员会',
  '西咸新区底张街道办事处政府',
  '螅镇',
  '长春市公安局',
  '吉林市船营区长春路街道办事处',
  '桃江县松木塘镇人民政府',
  '长沙县松木塘镇人民政府',
  '北京市',
  '北京市城市管理委员会',
  '北京市重大项目建设指挥部办公室',
  '重庆市大足区人民政府外事办公室',
  '杭州錢江經濟開發區',
  '湖北省咸宁市气象部门',
  '咸宁市教育局',
  '国家税务总局广州市白云区税务局',
  '重庆市沙坪坝区',
  '绍兴市越城区东湖街道',
  '旌德县经济开发区管委会',
  '浙江乐清经济开发区管理委员会',
  '青松县高新区管委会',
  '长春市卫生健康委员会',
  '汉江市林业局',
  '武汉东湖新技术开发区发展改革局',
  '运城经济技术开发区',
  '运城市卫生健康委员会',
  '白杨高新技术产业开发区管理委员会',
  '吉安市林业局',
  '沐阳县人民政府',
  '万潮镇',
  '东风路街道',
  '张陶乡人民政府',
  // guide-questions-5: a district bureau whose kind starts with 市, a town of a county, a college, a city bureau of 住建.
  '平顶山市卫东区市场监督管理局',
  '青松市白云区市场监督管理局',
  '泗洪县上塘镇人民政府',
  '安徽审计职业学院',
  '青松职业技术学院',
  '玉溪市住房和城乡建设局',
  '嘉兴市教育局',
  // Bodies with two names (一个机构两块牌子), the second in brackets.
  '银川市民族事务委员会(宗教事务局)',
  '青松县农业农村局（畜牧兽医局）',
  '青松县委办公室（县人民政府办公室）',
  // A place run on into the start of another body's name (天津东疆 is no 天津市 agency).
  '天津市应急管理局',
  '天津東疆保稅港區管理委員會',
  '白杨市教育局',
  '白杨东港物流园区管理委员会',
])
  store.ensureAgency(name);
const index = new AgencyIndex(store);
const names = (text: string) => index.find(text).map((mention) => mention.agencies.map((agency) => agency.name));

describe('agency names of real reports', () => {
  it('a report published under a bare place name is that place’s government', () => {
    expect(agencyAliases('合江县')).toEqual(expect.arrayContaining(['合江县人民政府', '合江县政府']));
    expect(names('合江县人民政府网2022年公开政府信息多少条')).toEqual([['合江县']]);
    // Its own disclosure office is the government; another office is another agency.
    expect(names('合江县政府信息公开办公室邮编是多少')).toEqual([['合江县']]);
    expect(names('合江县人民政府办公室2022年收到几件申请')).toEqual([]);
  });

  it('a town or a street stored by its bare name, then 政府 (万潮镇政府办公地址), is that town; 办公地址 is no office of its own', () => {
    expect(names('万潮镇政府办公地址')).toEqual([['万潮镇']]);
    expect(names('东风路街道政府电话')).toEqual([['东风路街道']]);
    expect(names('张陶乡政府办公地址')).toEqual([['张陶乡人民政府']]);
    expect(names('沐阳县政府办公地址在哪')).toEqual([['沐阳县人民政府']]);
    // A county government's general office is still an agency of its own.
    expect(names('合江县人民政府办公室2022年收到几件申请')).toEqual([]);
  });

  it('政府办公厅 is the 人民政府办公厅, not the city', () => {
    expect(names('上海市政府办公厅2019年收到多少件申请')).toEqual([['上海市人民政府办公厅']]);
    expect(names('上海市2022年主动公开多少条')).toEqual([['上海市']]);
  });

  it('a place’s bare name before a year names the agency that is that place', () => {
    expect(names('平潭2022年全区主动公开了多少条')).toEqual([['平潭综合实验区']]);
    expect(names('合江2022年收到几件申请')).toEqual([['合江县']]);
    expect(names('平潭公安局2024年收到几件申请')).toEqual([['平潭综合实验区公安局']]);
  });

  it('a town named after its county is found by its own name', () => {
    expect(names('七家子镇2023年行政处罚多少件')).toEqual([['昌图县七家子镇']]);
    expect(names('望疃镇2023年发布信息多少条')).toEqual([['利辛县望疃镇人民政府']]);
  });

  it('a city whose name ends in 州 (达州市, 湖州市) keeps its districts: 通川区统计局 is found', () => {
    expect(splitAgencyName('达州市通川区统计局')).toMatchObject({ region: '达州市通川区', kind: '统计局' });
    expect(splitAgencyName('贵州省科学技术厅')).toMatchObject({ region: '贵州省', kind: '科学技术厅' });
    expect(splitAgencyName('甘孜州泸定县人民政府')).toMatchObject({ region: '甘孜州泸定县', kind: '人民政府' });
    expect(names('通川区统计局2024年主动公开多少件')).toEqual([['达州市通川区统计局']]);
    // 人力社保局 is another short form of 人力资源和社会保障局: 人社局 names it.
    expect(names('吴兴区人社局2023年收到几件申请')).toEqual([['湖州市吴兴区人力社保局']]);
  });

  it('a body with two names is found by either name alone and by their joint short form (民宗委), each with its region', () => {
    expect(names('银川民宗委2024年有人申请吗')).toEqual([['银川市民族事务委员会(宗教事务局)']]);
    expect(names('银川市宗教局的电话')).toEqual([['银川市民族事务委员会(宗教事务局)']]);
    expect(names('银川民委2024年收到多少申请')).toEqual([['银川市民族事务委员会(宗教事务局)']]);
    expect(names('青松县畜牧兽医局2023年收到几件申请')).toEqual([['青松县农业农村局（畜牧兽医局）']]);
    expect(names('青松县农业农村局2023年收到几件申请')).toEqual([['青松县农业农村局（畜牧兽医局）']]);
    // The second name opening with its level alone belongs to the first's region (青松县 + 人民政府办公室).
    expect(names('青松县政府办公室的地址')).toEqual([['青松县委办公室（县人民政府办公室）']]);
    // A bracket that names no agency kind is no second name.
    expect(agencyAliases('青松县统计局(本级)')).not.toContain('青松县本级');
  });

  it('a place run on into the start of another stored body’s name names that body, not the place’s own agencies', () => {
    expect(names('天津东疆2025年收到申请多少件')).toEqual([['天津東疆保稅港區管理委員會']]);
    expect(names('白杨东港的电话')).toEqual([['白杨东港物流园区管理委员会']]);
    // The place alone, or with its own agency's kind, is still the place's.
    expect(names('天津应急局2020年收到申请多少件')).toEqual([['天津市应急管理局']]);
    expect(names('白杨市教育局的电话')).toEqual([['白杨市教育局']]);
  });

  it('a banner named by its side is called by its first character and the side (阿左旗, 科右前旗, 乌前旗)', () => {
    expect(agencyAliases('阿拉善盟阿拉善左旗人民政府办公室')).toEqual(expect.arrayContaining(['阿左旗人民政府办公室', '阿左旗政府办公室']));
    expect(agencyAliases('兴安盟科尔沁右翼前旗教育局')).toContain('科右前旗教育局');
    expect(agencyAliases('巴彦淖尔市乌拉特前旗卫生健康委员会')).toContain('乌前旗卫生健康委员会');
    // A banner with no side keeps its own name only.
    expect(agencyAliases('鄂尔多斯市杭锦旗教育局').some((alias) => /^杭旗/.test(alias))).toBe(false);
  });

  it('an ethnic township is named without its people, also when its name is printed in 繁体 (虎形山乡, 丹口镇)', () => {
    expect(agencyAliases('隆回县虎形山瑶族乡人民政府')).toEqual(expect.arrayContaining(['虎形山乡', '虎形山乡政府', '隆回县虎形山乡']));
    expect(agencyAliases('城步縣丹口鎮人民政府')).toEqual(expect.arrayContaining(['丹口镇', '丹口镇政府', '城步县丹口镇']));
    expect(agencyAliases('沅陵縣二酉苗族鄉人民政府')).toEqual(expect.arrayContaining(['二酉乡', '二酉乡政府', '沅陵二酉乡']));
  });

  it('an autonomous county is named without its peoples (秀山县, 秀山)', () => {
    expect(splitAgencyName('重庆市秀山土家族苗族自治县卫生健康委员会').region).toBe('重庆市秀山土家族苗族自治县');
    expect(names('秀山县卫健委的联系电话')).toEqual([['重庆市秀山土家族苗族自治县卫生健康委员会']]);
  });

  it('a street office named with several generic endings, and a town stored under a two-character name', () => {
    expect(names('底张街道2023年收到申请了吗')).toEqual([['西咸新区底张街道办事处政府']]);
    expect(names('螅镇2022年主动公开政务文件几份')).toEqual([['螅镇']]);
  });

  it('a town or a street is named by its own name, before a city whose short name is inside it', () => {
    expect(agencyAliases('吉林市船营区长春路街道办事处')).toEqual(expect.arrayContaining(['长春路街道办事处', '长春路街道']));
    // 长春 is 长春市's short name; 长春路街道 is the street office of 吉林市, not 长春市公安局.
    expect(names('长春路街道办事处的地址')).toEqual([['吉林市船营区长春路街道办事处']]);
    expect(names('长春路街道的电话')).toEqual([['吉林市船营区长春路街道办事处']]);
    expect(names('长春公安局的电话')).toEqual([['长春市公安局']]);
    // A town's name with its government's words; two towns of one name in two counties are both named (the engine asks which).
    expect(names('松木塘镇政府电话多少')).toEqual([['桃江县松木塘镇人民政府', '长沙县松木塘镇人民政府']]);
    expect(names('桃江县松木塘镇的地址')).toEqual([['桃江县松木塘镇人民政府']]);
  });

  it('城市 starts a kind, not a region; short kinds and …办 for …办公室 name the office, not the city', () => {
    expect(splitAgencyName('北京市城市管理委员会')).toMatchObject({ region: '北京市', kind: '城市管理委员会' });
    expect(names('北京城管委的电话')).toEqual([['北京市城市管理委员会']]);
    expect(names('北京市城管委2024年收到多少申请')).toEqual([['北京市城市管理委员会']]);
    // An office the store knows only by its full name is not the city it is in.
    expect(names('北京市重大项目办2025年收到几件申请')).toEqual([['北京市重大项目建设指挥部办公室']]);
    expect(names('大足区外事办2022年收到几件申请')).toEqual([['重庆市大足区人民政府外事办公室']]);
    // The city itself, and a question about what it handled (办理), are still the city.
    expect(names('北京市2024年主动公开多少条')).toEqual([['北京市']]);
    expect(names('北京市收到的申请办了几件')).toEqual([['北京市']]);
  });

  it('a named zone after its city is distinctive whole: 钱江经济开发区, 钱江开发区', () => {
    expect(names('钱江经济开发区2022年主动公开多少条')).toEqual([['杭州錢江經濟開發區']]);
    expect(names('钱江开发区的电话')).toEqual([['杭州錢江經濟開發區']]);
  });

  it('a kind shortened to its first characters names the one agency of the region with that kind (咸宁气象)', () => {
    expect(names('咸宁气象2022年发稿多少篇')).toEqual([['湖北省咸宁市气象部门']]);
    expect(names('咸宁教育2022年发稿多少篇')).toEqual([['咸宁市教育局']]);
  });

  it('a shortened name does not skip a lower place of its own: the higher level’s agency is another one', () => {
    expect(names('广州市税务局2023年收到多少申请')).toEqual([]);
    expect(names('广州税务局收到多少申请')).toEqual([]);
    expect(names('白云区税务局2021年收到多少申请')).toEqual([['国家税务总局广州市白云区税务局']]);
    // A zone's own level (平潭|综合实验区) is no place skipped; naming the street after its city still names it.
    expect(names('平潭公安局2024年行政许可多少')).toEqual([['平潭综合实验区公安局']]);
    expect(names('绍兴东湖街道2023年收到几件申请')).toEqual([['绍兴市越城区东湖街道']]);
  });

  it('a district published under its city and own name is found by the district’s name', () => {
    expect(names('沙坪坝区2021年公开重点领域服务信息多少条')).toEqual([['重庆市沙坪坝区']]);
  });

  it('a bare zone word after a place is that place’s zone, never an agency’s name alone', () => {
    // 旌德县|经济开发区: 经济开发区管委会 would name every zone's committee.
    expect(agencyAliases('旌德县经济开发区管委会')).not.toContain('经济开发区管委会');
    expect(names('乐清经济开发区管委会电话')).toEqual([['浙江乐清经济开发区管理委员会']]);
    expect(names('钱江经济开发区2022年主动公开多少条')).toEqual([['杭州錢江經濟開發區']]);
    expect(names('旌德县经济开发区电话')).toEqual([['旌德县经济开发区管委会']]);
    // Made up: 青松县|高新区 and a question about another zone's 高新区管委会.
    expect(agencyAliases('青松县高新区管委会')).not.toContain('高新区管委会');
    expect(names('白杨高新区管委会电话')).not.toContainEqual(['青松县高新区管委会']);
  });

  it('a real place written with its level is that place, not a stored one a character off', () => {
    // 长沙市 is a city of its own: no 长春市 agency answers for it.
    expect(names('长沙市卫健委电话')).toEqual([]);
    expect(names('长沙市卫生健康委员会收到多少申请')).toEqual([]);
    expect(names('长春市卫健委电话')).toEqual([['长春市卫生健康委员会']]);
    // Made up: 汉江市 is no place, so 汉红市 one character off still reads as it; 泰安市 and 吉安市 are both cities.
    expect(names('汉红市林业局电话')).toEqual([['汉江市林业局']]);
    expect(names('泰安市林业局电话')).toEqual([]);
    expect(names('吉安市林业局电话')).toEqual([['吉安市林业局']]);
    // A stored name that is no place (沐阳县, the report's slip) is still found by the place written right.
    expect(names('沭阳县2025年清理过期信息多少条')).toEqual([['沐阳县人民政府']]);
  });

  it('zones and bureaus named in their short forms (经开区, 高新区, 发改局), never as the place’s other agencies', () => {
    expect(names('东湖高新区发改局主动公开多少条')).toEqual([['武汉东湖新技术开发区发展改革局']]);
    expect(names('运城经开区配备了几名工作人员')).toEqual([['运城经济技术开发区']]);
    expect(names('运城市卫健委电话')).toEqual([['运城市卫生健康委员会']]);
    // Made up: 白杨高新区 for 白杨高新技术产业开发区管理委员会, also before 政府网站 (a channel, not another agency).
    expect(names('白杨高新区收到几件申请')).toEqual([['白杨高新技术产业开发区管理委员会']]);
    expect(names('白杨高新区政府网站公开多少条')).toEqual([['白杨高新技术产业开发区管理委员会']]);
  });

  it('guide-questions-5: a city’s 市场 bureau is not its district’s; a unit after a town is another body; 职院, 住房城乡建设局', () => {
    expect(names('平顶山市市场监督管理局信息公开电话')).toEqual([]);
    expect(names('青松市市场监管局电话')).toEqual([]);
    expect(names('卫东区市场监管局电话')).toEqual([['平顶山市卫东区市场监督管理局']]);
    expect(names('泗洪县上塘镇派出所电话')).toEqual([]);
    expect(names('上塘镇卫生院电话')).toEqual([]);
    expect(names('上塘镇在哪办公')).toEqual([['泗洪县上塘镇人民政府']]);
    expect(names('安徽审计职院信息公开电话')).toEqual([['安徽审计职业学院']]);
    expect(names('青松职院信息公开电话')).toEqual([['青松职业技术学院']]);
    expect(names('玉溪市住房城乡建设局在几楼')).toEqual([['玉溪市住房和城乡建设局']]);
    // guide-questions-6: a college named by its place alone (嘉兴学院) is no agency of the place; 学院路 is a street.
    expect(names('嘉兴学院信息公开电话')).toEqual([]);
    expect(names('青松职院信息公开地址')).toEqual([['青松职业技术学院']]);
    expect(names('嘉兴教育局学院路校区电话')).toEqual([['嘉兴市教育局']]);
    // A region's short name with a township's level after it is another place (白云镇 is no 白云区).
    expect(names('白云镇派出所电话')).toEqual([]);
    expect(names('白云街道电话')).toEqual([]);
    expect(names('白云区税务局电话')).toEqual([['国家税务总局广州市白云区税务局']]);
  });
});

describe('a school or hospital with a name of its own', () => {
  it('is known by that name alone, a kind many places have is not', () => {
    expect(agencyAliases('杭州市紫金港中学')).toContain('紫金港中学');
    expect(agencyAliases('青松县阳光幼儿园')).toContain('阳光幼儿园');
    expect(agencyAliases('临泉县第四中学')).not.toContain('第四中学');
    expect(agencyAliases('淮北市人民医院')).not.toContain('人民医院');
    expect(agencyAliases('临沂卫生学校')).not.toContain('卫生学校');
  });
});
