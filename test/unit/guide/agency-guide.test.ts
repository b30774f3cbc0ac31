/** Reading agencies' own disclosure guides: every fact their hand-read JSON gives, and none of the distractors. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GongkaiError } from '../../../src/core/errors.js';
import { looksLikeAgencyGuide, parseAgencyGuide } from '../../../src/guide/agency-guide.js';
import { toSimplified } from '../../../src/text/script.js';

const GUIDES = join(__dirname, '..', '..', 'fixtures', 'guides');
const REPORTS = join(__dirname, '..', '..', '..', 'data', 'reports');

/** As the corpus check compares: NFKC, no whitespace. */
const normal = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

const read = (name: string) => readFileSync(join(GUIDES, name), 'utf8');
const truths = readdirSync(GUIDES)
  .filter((name) => name.endsWith('.json'))
  .sort();

describe('every guide with a JSON of its facts', () => {
  it('has at least the six real guides', () => {
    expect(truths.length).toBeGreaterThanOrEqual(6);
  });

  for (const name of truths) {
    it(`${name}: agency and every stated field, under the same key`, () => {
      const truth = JSON.parse(read(name)) as { agency: string; fields: Record<string, string> };
      const text = read(name.replace(/\.json$/, '.txt'));
      expect(looksLikeAgencyGuide(text)).toBe(true);
      const guide = parseAgencyGuide(text);
      expect(guide.agency).toBe(truth.agency);
      for (const [key, value] of Object.entries(truth.fields)) {
        const got = (guide.fields as Record<string, unknown>)[key];
        expect(typeof got === 'string' ? normal(got) : got, key).toBe(normal(value));
      }
      // What the JSON leaves out is not invented (an online application address with no URL in the text …).
      for (const key of ['online_application_url', 'fax', 'email'] as const) {
        if (!(key in truth.fields)) expect(guide.fields[key], key).toBeUndefined();
      }
      // The title is cited as printed (繁体 where the page is): it ends as a guide's title does
      // (遂昌县教育局信息公开指南, …街道办事处信息公开指南: real titles often leave out 政府; a school's may be a 信息公开咨询指南;
      // a page of instructions for applying is titled as such: …受理政府信息公开申请说明, a school's …信息依申请公开细则).
      expect(toSimplified(guide.title)).toMatch(/信息公开(?:咨询)?指南$|(?:政府信息公开申请|依申请公开)(?:说明|须知|指引|细则)$/);
    });
  }
});

describe('papers to send and a supervising phone (made-up second examples)', () => {
  it('reads the papers an application is sent with, and a 监督电话 apart from the office phone', () => {
    const guide = parseAgencyGuide(
      '青禾县人民政府办公室依申请公开须知 一、受理机构 青禾县人民政府办公室负责受理政府信息公开申请。 联系电话:0000-1234567 监督投诉电话:0000-7654321 通信地址:青禾县文昌路1号 二、申请的提出 1、个人申请的,应当附上本人身份证复印件;法人申请的,应当提供营业执照复印件。',
    );
    expect(guide.agency).toBe('青禾县人民政府办公室');
    expect(guide.fields.phone).toBe('0000-1234567');
    expect(guide.fields.supervision_phone).toBe('0000-7654321');
    expect(guide.fields.application_materials).toContain('身份证复印件');
    expect(guide.fields.application_materials).toContain('营业执照复印件');
  });

  it('states no supervising phone when the only phone is the office’s, and no papers when none are asked for', () => {
    const guide = parseAgencyGuide('某某县科技局政府信息公开指南\n一、受理机构\n受理机构:某某县科技局办公室\n监督电话:0000-1111111\n');
    expect(guide.fields.supervision_phone).toBeUndefined();
    expect(guide.fields.application_materials).toBeUndefined();
  });
});

describe('distractors and statements', () => {
  it('does not take the archive or library phone and address for the accepting office', () => {
    for (const name of ['pingtan-guide-01.txt', 'pingtan-guide-02.txt', 'pingtan-guide-04.txt']) {
      const guide = parseAgencyGuide(read(name));
      // The part on how the agency publishes (proactive_channels) may name the archive and library among its channels; the office's contacts may not.
      const { reading_places: places, proactive_channels: _publication, ...own } = guide.fields;
      expect(JSON.stringify(own)).not.toMatch(/24337112|24393912|附属楼|图书馆路|政府路17号/);
      // They are kept as reading places, each with its own phone.
      expect(places?.some((place) => place.includes('档案馆') && place.includes('0591-24337112'))).toBe(true);
      expect(places?.some((place) => place.includes('图书馆') && place.includes('0591-24393912'))).toBe(true);
    }
  });

  it('takes the accepting office’s phone, not the proactive-disclosure office’s listed first', () => {
    const guide = parseAgencyGuide(read('pingtan-guide-03.txt'));
    expect(guide.fields.phone).toBe('0591-23163260');
    expect(guide.fields.accepting_office).toBe('平潭综合实验区自然资源与生态环境局办公室');
  });

  it('keeps the guide’s own time limit and fee statements, as printed', () => {
    const own = parseAgencyGuide(read('pingtan-czj-guide.txt'));
    expect(own.fields.time_limit).toContain('15个工作日内');
    expect(own.fields.time_limit).not.toContain('形成或者变更');
    expect(own.fields.fees).toContain('不收取费用');
    const yanshi = parseAgencyGuide(read('yanshi-kjj-guide.txt'));
    expect(yanshi.fields.time_limit).toContain('20个工作日内予以答复');
    expect(yanshi.fields.fees).toContain('109号');
    // A cut-off page states no reply time limit: the proactive 20-day rule is not one.
    expect(parseAgencyGuide(read('jiaxing-jyj-guide.txt')).fields.time_limit).toBeUndefined();
  });

  it('reads a hall to read at named in a sentence, channels said with no heading, and no telephone applications', () => {
    for (const [name, place, account, phoneNote] of [
      ['synthetic-qingxi-guide.txt', '滨河路20号', '青溪发布', '不受理以电话方式'],
      ['shaoyang-rsj-guide.txt', undefined, '邵阳人社', '不直接受理通过电话方式'],
    ] as const) {
      const { fields } = parseAgencyGuide(read(name));
      if (place)
        expect(
          fields.reading_places?.some((text) => text.includes(place)),
          name,
        ).toBe(true);
      expect(fields.proactive_channels, name).toContain(account);
      expect(
        fields.channel_notes?.some((note) => note.startsWith('电话：') && note.includes(phoneNote)),
        name,
      ).toBe(true);
    }
    // 可以到…办公室进行查阅。地点:… (a real one): the office's room is the reading place.
    expect(parseAgencyGuide(read('zhaoqing-zyj-guide.txt')).fields.reading_places?.some((text) => text.includes('802室'))).toBe(true);
  });

  it('gives the page address it was read from', () => {
    expect(parseAgencyGuide(read('pingtan-guide-01.txt')).sourceUrl).toBe(
      'https://www.pingtan.gov.cn/zwgk/zfxxgk/dfbmptlj/ptzhsyqbm/ptzhsyqgaj/zfxxgkzn/202112/t20211210_80824.htm',
    );
    expect(parseAgencyGuide(read('yanshi-kjj-guide.txt')).sourceUrl).toBe('http://yanshi.gov.cn/yanshi/gkzn_detail/6.html');
  });
});

describe('other shapes', () => {
  it('the agency’s own website wins over a higher government’s portal listed among the channels', () => {
    // Real: 浙江省卫生健康委's guide names its own site first, then the province's portal under 公开方式.
    expect(parseAgencyGuide(read('zhejiang-wjw-guide.txt')).fields.website).toBe('http://www.zjwjw.gov.cn');
    // Made up: the same shape for a county bureau.
    const made = parseAgencyGuide(
      [
        '青松县林业局政府信息公开指南',
        '一、主动公开',
        '（一）公开范围',
        '本机关主动公开的信息详见本机关门户网站(http://ly.qingsong.gov.cn)《政府信息公开目录》。',
        '（二）公开方式',
        '主要在青松县人民政府门户网站(http://www.qingsong.gov.cn)公开。',
        '二、依申请公开',
        '受理机构：青松县林业局办公室，电话：0123-4567890。',
      ].join('\n'),
    );
    expect(made.fields.website).toBe('http://ly.qingsong.gov.cn');
  });

  it('a region’s guide belongs to its publisher, and the title is cited as printed', () => {
    const guide = parseAgencyGuide(read('pingtan-guide-04.txt'));
    expect(guide.agency).toBe('平潭综合实验区管委会办公室');
    expect(guide.title).toBe('平潭综合实验区政府信息公开指南');
  });

  it('繁体 with full-width digits: read by matching the simplified form, values printed as in the text', () => {
    const guide = parseAgencyGuide(read('synthetic-traditional-guide.txt'));
    expect(guide.agency).toBe('某某县人民政府');
    expect(guide.title).toBe('某某縣政府信息公開指南');
    expect(guide.fields.accepting_office).toBe('某某縣人民政府辦公室');
    expect(normal(guide.fields.phone!)).toBe('0371-22223333');
    expect(normal(guide.fields.fax!)).toBe('0371-22223334');
    expect(normal(guide.fields.email!)).toBe('mmxzf@example.gov.cn');
    expect(normal(guide.fields.post_code!)).toBe('475000');
    expect(guide.fields.website).toBe('www.mmx.example.gov.cn');
    // The archive's phone is never the agency's: it stays with the archive, as a reading place.
    const { reading_places: places, ...own } = guide.fields;
    expect(JSON.stringify(own)).not.toContain('22224444');
    expect(places?.some((place) => place.includes('檔案館') && place.includes('22224444'))).toBe(true);
  });

  it('a URL glued to the next list item loses the item number', () => {
    const guide = parseAgencyGuide(read('synthetic-xigong-guide.txt'));
    expect(guide.fields.website).toBe('http://www.lyxg.gov.cn/');
    expect(guide.fields.online_application_url).toBe('http://www.lyxg.gov.cn/ysqgk/');
  });

  it('a title without its region takes the full name from the body, or is refused', () => {
    const body = '一、依申请公开\n受理机构：局办公室\n电话：0371-1234567\n';
    expect(parseAgencyGuide(`市科技局政府信息公开指南\n为方便申请，《某某市科技局政府信息公开指南》如下。\n${body}`).agency).toBe(
      '某某市科技局',
    );
    expect(() => parseAgencyGuide(`市科技局政府信息公开指南\n为方便申请，编制本指南。\n${body}`)).toThrow(/没有地区名/);
  });

  it('refuses a real guide that names only its channels (…人民政府门户网站, …公报), never its publisher', () => {
    // A bureau's guide cites its government's portal in the same words: a channel's name is no publisher's.
    const text = read('zhengzhou-guide.txt');
    expect(looksLikeAgencyGuide(text)).toBe(true);
    expect(() => parseAgencyGuide(text)).toThrow(/找不到指南所属机关/);
  });

  it('reads one number under a phone label that names the fax beside it (公开电话(传真):) as both', () => {
    const guide = parseAgencyGuide(read('mohe-gaj-guide.txt'));
    expect(guide.fields.phone).toBe('0457-2887319');
    expect(guide.fields.fax).toBe('0457-2887319');
  });

  it('a title with the edition’s year before the name, a bullet before it, or the name printed twice names the agency once', () => {
    expect(parseAgencyGuide(read('xuwen-hean-guide.txt')).agency).toBe('徐闻县和安镇人民政府');
    expect(parseAgencyGuide(read('hailun-fumin-guide.txt')).agency).toBe('海伦市福民乡人民政府');
    const doubled = parseAgencyGuide(read('ganzhou-kfq-gaj-guide.txt'));
    expect(doubled.agency).toBe('赣州市公安局开发区分局');
    expect(doubled.title).toBe('赣州市公安局开发区分局政府信息公开指南');
  });

  it('a fee statement is about what applying costs: never a spam mirror’s keywords, the free proactive scope or a list item', () => {
    for (const name of ['qijiang-yongxin-guide.txt', 'quanzhou-gxj-guide.txt', 'lanzhou-jyj-guide.txt', 'echeng-jyj-guide.txt']) {
      expect(parseAgencyGuide(read(name)).fields.fees, name).toBeUndefined();
    }
    expect(parseAgencyGuide(read('pingtan-guide-01.txt')).fields.fees).toMatch(/^本单位依申请提供政府信息，不收取费用/);
  });

  it('a guide with no title is titled after its government without saying 政府 twice', () => {
    expect(parseAgencyGuide(read('dongning-daduchuan-guide.txt')).title).toBe('大肚川镇人民政府信息公开指南');
  });

  it('a guide listing 政府信息公开工作年度报告 among what it publishes is still a guide', () => {
    expect(looksLikeAgencyGuide(read('xuwen-hean-guide.txt'))).toBe(true);
  });

  it('refuses a guide that names no agency anywhere', () => {
    expect(() => parseAgencyGuide('政府信息公开指南\n一、依申请公开\n受理机构：办公室\n电话：0371-1234567\n')).toThrow(GongkaiError);
  });
});

describe('recognising a guide', () => {
  it('is not fooled by annual reports, which also mention the guide', () => {
    for (const name of readdirSync(REPORTS).filter((file) => file.endsWith('.txt'))) {
      expect(looksLikeAgencyGuide(readFileSync(join(REPORTS, name), 'utf8')), name).toBe(false);
    }
    expect(looksLikeAgencyGuide('某某局2024年政府信息公开工作年度报告\n本机关更新了《政府信息公开指南》。')).toBe(false);
    // A report page whose menu links to the guide before its own title.
    expect(
      looksLikeAgencyGuide('首页\n政府信息公开指南\n政府信息公开制度\n某某县科学技术局2023年政府信息公开工作年度报告\n一、总体情况\n'),
    ).toBe(false);
    // A cut report page without its title, which still prints its tables.
    expect(looksLikeAgencyGuide('政府信息公开指南\n三、收到和处理政府信息公开申请情况\n（一）予以公开\t1\t0\t0\t0\t0\t0\t1\n')).toBe(false);
  });

  it('recognises a guide whose title line names no agency by its opening, and refuses it for want of an agency', () => {
    const text = '政府信息公开指南\n为了更好地提供政府信息公开服务，编制本指南。\n一、工作机构\n办公地址：某路1号\n';
    expect(looksLikeAgencyGuide(text)).toBe(true);
    expect(() => parseAgencyGuide(text)).toThrow(/找不到指南所属机关/);
  });

  it('a 繁体 mirror with pinyin glued into the words: values as printed without the pinyin, and no e-mail where the mirror hid it', () => {
    const guide = parseAgencyGuide(read('shixing-chengjiang-guide.txt'));
    expect(guide.agency).toBe('澄江镇人民政府');
    expect(JSON.stringify(guide.fields)).not.toMatch(/\([a-zà-ǜ]+\)/);
    expect(guide.fields.office_hours).toContain('法定節假日除外');
    // [email protected]: the address was replaced by the mirror; nothing is stored as an e-mail.
    expect(guide.fields.email).toBeUndefined();
  });

  it('a guide titled only 政府信息公开指南, naming no agency in its opening: the government whose office accepts applications', () => {
    const guide = parseAgencyGuide(read('jiyuan-dayu-guide.txt'));
    expect(guide.agency).toBe('济源市大峪镇人民政府');
    // The office under its own heading ((一)受理机构), not the service centre's address listed before it.
    expect(guide.fields.accepting_office).toBe('济源市大峪镇人民政府办公室');
    expect(guide.fields.address).toBe('济源市大峪镇人民政府');
  });

  it('a title by a short name the body introduces (XX(以下简称黄岩公安分局)) names the full one; 工作机构名称: labels the office', () => {
    const guide = parseAgencyGuide(read('huangyan-gaj-guide.txt'));
    expect(guide.agency).toBe('台州市公安局黄岩分局');
    expect(guide.fields.accepting_office).toBe('黄岩公安分局办公室');
  });

  it('with no title, a government office found in the body stands for its government, whose guide it is', () => {
    expect(parseAgencyGuide(read('xiangfu-guide.txt')).agency).toBe('开封市祥符区人民政府');
    expect(parseAgencyGuide(read('longting-guide.txt')).agency).toBe('龙亭区人民政府');
  });

  it('a place where the public may read (公众可以在…地址:…,联系电话:…查阅) gives neither the office’s address nor its phone', () => {
    const guide = parseAgencyGuide(read('qijiang-yongxin-guide.txt'));
    expect(guide.fields.address).toBeUndefined();
    expect(guide.fields.phone).toBeUndefined();
    expect(
      parseAgencyGuide('某某县某某局政府信息公开指南\n受理机构：某某县某某局办公室\n地址：某某县人民路1号\n联系电话：0371-1234567\n').fields
        .phone,
    ).toBe('0371-1234567');
  });

  it('a phone under 咨询联系方式 glued to the office name ends the office name', () => {
    const guide = parseAgencyGuide(read('suichang-jyj-guide.txt'));
    expect(guide.fields.accepting_office).toBe('遂昌县教育局办公室');
    expect(guide.fields.phone).toBe('0578-8529609');
  });

  it('a guide with no title (制定本公开指南) takes its agency from the opening clause that names it', () => {
    expect(parseAgencyGuide(read('dongning-daduchuan-guide.txt')).agency).toBe('大肚川镇人民政府');
    expect(parseAgencyGuide(read('mingguang-suxiang-guide.txt')).agency).toBe('苏巷镇人民政府');
  });

  it('recognises every guide fixture', () => {
    for (const name of readdirSync(GUIDES).filter((file) => file.endsWith('.txt'))) {
      expect(looksLikeAgencyGuide(read(name)), name).toBe(true);
    }
  });
  it('a list of contents naming the annual report (年度报告等, 年度报告:…) is no report title', () => {
    const guide = read('hailun-fumin-guide.txt');
    expect(looksLikeAgencyGuide(guide)).toBe(true);
    // A real report title among the opening lines still says report.
    expect(looksLikeAgencyGuide(`某某县科技局2023年政府信息公开工作年度报告\n为方便申请，编制本指南。\n`)).toBe(false);
  });

  it('a reading room’s address (文档室地址) is not the accepting office’s; an office under 名称: is read without the label', () => {
    const xiongguan = parseAgencyGuide(read('jiayuguan-xiongguan-guide.txt'));
    expect(xiongguan.fields.address).toBe('嘉峪关市雄关街道办事处');
    expect(xiongguan.fields.reading_places?.some((place) => place.includes('201室'))).toBe(true);
    expect(parseAgencyGuide(read('taojiang-gaj-guide.txt')).fields.accepting_office).toBe('桃江县公安局指挥中心');
  });

  it('a title with the compiling office in brackets (XX市人民政府(市政府办公室)信息公开指南) names the government', () => {
    const guide = parseAgencyGuide(read('xiangxiang-guide.txt'));
    expect(guide.agency).toBe('湘乡市人民政府');
    expect(guide.fields.phone).toBeUndefined();
  });

  it('with a bare title, the government of the 工作机构 named in the body, not an address clause', () => {
    expect(parseAgencyGuide(read('xixian-zhangtao-guide.txt')).agency).toBe('张陶乡人民政府');
  });

  it('a heading printed with a stray ? before its words ((一)? 受理機構) still anchors the office; with no office heading, the application part’s phone comes first', () => {
    expect(parseAgencyGuide(read('jurong-zrzy-guide.txt')).fields.accepting_office).toBe('句容市自然資源和規劃局辦公室');
    expect(parseAgencyGuide(read('huade-zyj-guide.txt')).fields.phone).toBe('0474-7902115');
  });

  it('lists the ways of applying the guide names, in a fixed order, never the ways of complaining', () => {
    // Real: 化德县自然资源局 (当面提交, 2.邮政寄送 as a short heading, 网络提交), 嘉兴市教育局 (信函、传真).
    expect(parseAgencyGuide(read('huade-zyj-guide.txt')).fields.channels).toEqual(['当面提交', '信函（邮寄）', '网上申请']);
    expect(parseAgencyGuide(read('jiaxing-jyj-guide.txt')).fields.channels).toEqual(['信函（邮寄）', '传真']);
    // Made up: the same shapes for a town.
    const made = parseAgencyGuide(
      [
        '青松县白云镇人民政府信息公开指南',
        '一、依申请公开',
        '申请人可以通过电子邮件、传真等方式提出申请，也可以到镇党政办当面提交申请表。',
        '对本机关政府信息公开工作有意见的，可以通过网上平台投诉。',
        '受理机构：白云镇党政办，电话：0123-4567890。',
      ].join('\n'),
    );
    expect(made.fields.channels).toEqual(['当面提交', '传真', '电子邮件']);
  });

  it('keeps the guide’s own words on how soon proactive information is published, not the reply time limit', () => {
    // Real: 社学街道 (最迟自信息产生后的20日内公开), 福州东街街道 (7个工作日内).
    expect(parseAgencyGuide(read('tianzhu-shexue-guide.txt')).fields.proactive_time_limit).toContain('20日内公开');
    expect(parseAgencyGuide(read('fuzhou-dongjie-guide.txt')).fields.proactive_time_limit).toContain('7个工作日内');
    // Made up: a 时限 label glued before the clause, and a reply limit that is not one.
    const made = parseAgencyGuide(
      [
        '青松县林业局政府信息公开指南',
        '（三）公开时限：本局信息制作或变更后，10个工作日内在网站公开。',
        '二、依申请公开',
        '受理机构：青松县林业局办公室，电话：0123-4567890。本机关收到申请后15个工作日内予以答复。',
      ].join('\n'),
    );
    expect(made.fields.proactive_time_limit).toBe('本局信息制作或变更后，10个工作日内在网站公开');
    expect(
      parseAgencyGuide('青松县水利局政府信息公开指南\n受理机构：办公室。收到申请之日起20个工作日内予以答复。').fields.proactive_time_limit,
    ).toBeUndefined();
  });

  it('office hours go on over a line break into 上午/下午/冬季 lines, and a bracket may stand between the label and its colon', () => {
    // Real: 大肚川镇 (周一至周五 / 上午:8:00-11:30 下午:1:30-5:00), 张陶乡 (办公时间(工作日):夏季… / 冬季…).
    expect(parseAgencyGuide(read('dongning-daduchuan-guide.txt')).fields.office_hours).toContain('8:00-11:30');
    // The label's (工作日) is kept before the hours (周末开门吗 is answered by it).
    expect(parseAgencyGuide(read('xixian-zhangtao-guide.txt')).fields.office_hours).toBe(
      '工作日 夏季8:00-12:00,15:00-18:00 冬季8:00-12:00,14:30-17:30',
    );
    // Made up: the same shapes, and a line that does not go on with the hours.
    const made = parseAgencyGuide(
      [
        '青松县林业局政府信息公开指南',
        '受理机构：青松县林业局办公室',
        '接待时间（法定工作日）：周一至周五',
        '下午：14:00-17:00',
        '联系电话：0123-4567890',
      ].join('\n'),
    );
    expect(made.fields.office_hours).toBe('周一至周五 下午：14:00-17:00');
    expect(made.fields.phone).toBe('0123-4567890');
  });

  it('reading places named in a sentence, under no address label: 当面受理点:…, 查阅点。联系地址:…, 到本机关档案室查阅', () => {
    // Real: 句容 (我局當面受理點:606辦公室), 望奎 (…設置政府信息公開查閱點。聯系地址:望奎縣建設街26號…).
    expect(parseAgencyGuide(read('jurong-zrzy-guide.txt')).fields.reading_places?.[0]).toContain('606');
    expect(parseAgencyGuide(read('wangkui-guide.txt')).fields.reading_places?.[0]).toContain('建設街26號');
    // Made up: the same shapes for a town; an application-form sentence is none.
    const made = parseAgencyGuide(
      [
        '青松县白云镇人民政府信息公开指南',
        '一、主动公开',
        '公众可以到镇便民服务中心查阅主动公开的政府信息。',
        '申请表可在镇档案室领取。',
        '二、依申请公开',
        '受理机构：白云镇党政办，电话：0123-4567890。',
      ].join('\n'),
    );
    expect(made.fields.reading_places).toEqual(['公众可以到镇便民服务中心查阅主动公开的政府信息']);
  });

  it('what the agency publishes proactively: the part under its 公开范围 heading, up to the next heading', () => {
    // Real: 鄂城区教育局 ((一)公开范围 1.教育机构的设置…), 赣州开发区公安分局 (…主要有以下7类: 1.概况信息…).
    expect(parseAgencyGuide(read('echeng-jyj-guide.txt')).fields.proactive_scope).toContain('教育招生政策');
    expect(parseAgencyGuide(read('ganzhou-kfq-gaj-guide.txt')).fields.proactive_scope).toContain('概况信息');
    // Made up: a 主动公开的范围 heading; what follows the next heading is not part of it.
    const made = parseAgencyGuide(
      [
        '青松县林业局政府信息公开指南',
        '一、主动公开',
        '（一）主动公开的范围',
        '1.林业政策文件；2.森林防火信息。',
        '（二）公开方式',
        '青松县人民政府网站。',
      ].join('\n'),
    );
    expect(made.fields.proactive_scope).toBe('林业政策文件；2.森林防火信息');
  });

  it("a numbered 公开范围 too long to quote keeps each item's name, up to a list under the next heading", () => {
    // Made up, of the class of 赣州开发区公安分局 (7 items, each with a sentence) and 山东省教育厅 (27 items in one line).
    const items = [
      '机构概况。包括内设机构、领导分工和工作职责情况',
      '政策文件。包括本局制定的规范性文件和其他文件',
      '规划计划。包括年度工作计划和总结',
    ];
    items.push(
      '财政资金。包括部门预算决算和三公经费',
      '行政执法。包括执法依据、执法流程和执法结果',
      '人事信息。包括公务员招录和干部任免',
      '应急管理。包括突发事件应对和森林防火预警',
    );
    const made = parseAgencyGuide(
      [
        '青松县林业局政府信息公开指南',
        '一、主动公开',
        '（一）主动公开的范围',
        `本局主动公开的信息主要有以下7类：${items.map((item, at) => `${at + 1}.${item}。`).join('')}`,
        '（二）依申请公开',
        '1.不予公开的：国家秘密。',
      ].join('\n'),
    );
    expect(made.fields.proactive_scope).toContain('7.应急管理');
    expect(made.fields.proactive_scope).not.toContain('国家秘密');
  });

  it("how much one application may ask, in the guide's words (每张申请表申请一条政府信息, 一事一申请)", () => {
    // Real: 锦州市政府办公厅 (1、每张申请表申请一条政府信息,尽量详细…). Made up: 青松县林业局 (一份申请书只能申请一项).
    expect(parseAgencyGuide(read('jinzhou-zfb-guide.txt')).fields.items_per_form).toContain('每张申请表申请一条政府信息');
    const made = parseAgencyGuide(
      [
        '青松县林业局政府信息公开指南',
        '二、依申请公开',
        '申请人应填写申请表。每份申请书只能申请一项政府信息。',
        '联系电话：0123-4567890',
      ].join('\n'),
    );
    expect(made.fields.items_per_form).toBe('每份申请书只能申请一项政府信息');
    expect(parseAgencyGuide(read('echeng-jyj-guide.txt')).fields.items_per_form).toBeUndefined();
  });

  it('guide-questions-3 shapes: (夏季) hours lines, a 查阅专区 with its address on the next line, a numbered 公开范围, the part that lists items', () => {
    // Real: 祥符区 (辦公時間:(冬季):… / (夏季):…, 市民之家設立政府信息公開查閱專區。/ 地址:…), 址山镇 (1、公開范圍), 义乌卫健局 (范围, then 内容 with the list).
    const xiangfu = parseAgencyGuide(read('xiangfu-guide.txt')).fields;
    expect(xiangfu.office_hours).toContain('15∶00至18∶30');
    expect(xiangfu.reading_places?.[0]).toContain('緯三路與經一路交匯處');
    expect(parseAgencyGuide(read('heshan-zhishan-guide.txt')).fields.proactive_scope).toContain('信息公開目錄');
    expect(parseAgencyGuide(read('yiwu-wjj-guide.txt')).fields.proactive_scope).toContain('政策文件');
    // Made up: the same shapes for a county bureau.
    const made = parseAgencyGuide(
      [
        '青松县林业局政府信息公开指南',
        '一、主动公开',
        '（一）主动公开范围',
        '本局依法主动公开涉及群众切身利益的政府信息。',
        '（二）主动公开内容',
        '1.林业政策文件；2.森林防火信息。',
        '（三）公开方式',
        '1.青松县政府门户网站；2.“青松林业”微信公众号；3.在县政务服务中心设立政府信息公开查阅专区。',
        '地址：青松县松林路8号',
        '二、依申请公开',
        '（一）受理机构',
        '本局由林业局行政审批服务中心正式受理政府信息公开申请。',
        '办公地址：青松县林业局大楼',
        '通信地址：青松县松林路1号',
        '办公时间：（冬季）上午9:00至12:00',
        '（夏季）上午9:00至12:00，下午15:30至18:30',
        '联系电话：0123-4567890',
        '（二）申请方式',
        '1.当面申请。申请人可以到林业局一楼大厅当面提交。',
        '2.信函申请。请将申请表寄到青松县林业局办公室，信封注明“信息公开申请”。',
        '申请人填写《青松县林业局政府信息公开申请表》提出申请。申请表可以到一楼大厅领取。',
      ].join('\n'),
    ).fields;
    expect(made.office_hours).toContain('15:30至18:30');
    expect(made.proactive_scope).toContain('森林防火');
    expect(made.proactive_channels).toContain('“青松林业”微信公众号');
    expect(made.reading_places?.join('')).toContain('松林路8号');
    expect(made.accepting_office).toBe('林业局行政审批服务中心');
    expect(made.address).toBe('青松县林业局大楼');
    expect(made.mailing_address).toBe('青松县松林路1号');
    expect(made.application_form).toContain('一楼大厅领取');
    expect(made.channel_notes).toEqual([
      '当面申请：申请人可以到林业局一楼大厅当面提交',
      '信函申请：请将申请表寄到青松县林业局办公室，信封注明“信息公开申请”',
    ]);
  });

  it('an office named in a sentence (由…受理中心(设在…)正式受理) when none is labelled; a labelled one is kept', () => {
    // Real: 浙江省卫健委 (由省卫生健康委政府信息公开受理中心(设在…)正式受理), 雄关街道 (受理机构:雄关街道办事处 is kept).
    expect(parseAgencyGuide(read('zhejiang-wjw-guide.txt')).fields.accepting_office).toBe('省卫生健康委政府信息公开受理中心');
    expect(parseAgencyGuide(read('jiayuguan-xiongguan-guide.txt')).fields.accepting_office).toBe('雄关街道办事处');
    // Real: 国家卫健委's ways of applying, each with its own words (信函申请：…邮寄到“国家卫生健康委员会办公厅(政府信息公开申请)”).
    const nhc = parseAgencyGuide(read('nhc-guide.txt')).fields.channel_notes ?? [];
    expect(nhc.find((note) => note.startsWith('信函申请'))).toContain('办公厅');
    expect(nhc.find((note) => note.startsWith('当面申请'))).toContain('政务大厅');
  });

  it('guide-questions-4 shapes: places printed as X位于Y (not where the guide itself is fetched), a 公示栏, 一、公开内容, 1、公开形式, an office 由…组负责', () => {
    // Real: 海淀区卫生局 (…档案馆位于…;…;联系电话010-62523709), 福泉市卫健局 (公示栏, 一、公开内容), 曲阜市卫生局 (1、公开形式), 福民乡 (由政务公开和政策法规组负责).
    const haidian = parseAgencyGuide(read('haidian-wsj-guide.txt')).fields.reading_places ?? [];
    expect(haidian).toHaveLength(3);
    expect(haidian[1]).toContain('万泉河路81号');
    expect(haidian[1]).toContain('010-62523709');
    const fuquan = parseAgencyGuide(read('fuquan-wjj-guide.txt')).fields;
    expect(fuquan.reading_places?.[0]).toContain('公示栏');
    expect(fuquan.proactive_scope).toContain('权责清单');
    expect(parseAgencyGuide(read('qufu-wsj-guide.txt')).fields.proactive_channels).toContain('广播');
    expect(parseAgencyGuide(read('hailun-fumin-guide.txt')).fields.accepting_office).toBe('政务公开和政策法规组');
    // Made up: the same shapes for a town; a long sentence is cut at a clause boundary, never inside its phone.
    const made = parseAgencyGuide(
      [
        '白云镇人民政府政府信息公开指南',
        '一、公开内容',
        '1.镇政府领导分工；2.镇财政预算。',
        '二、公开形式',
        '1、公开形式',
        '本镇通过镇政府网站和“白云发布”微信公众号公开信息。',
        '公众可以到镇政府信息公开查阅场所索取《指南》。',
        '，白云镇档案室位于白云镇人民路1号二楼东侧第三间办公室（原镇文化站旧址，进门左转上楼即到），开放时间为周一至周五上午9:00至12:00、下午14:00至17:30；联系电话0123-76543210；节假日闭馆，请提前电话预约。',
        '三、依申请公开',
        '镇政府信息公开工作由白云镇党政综合组负责，电话：0123-7654321。',
      ].join('\n'),
    ).fields;
    expect(made.proactive_scope).toContain('镇财政预算');
    expect(made.proactive_channels).toContain('白云发布');
    expect(made.reading_places).toHaveLength(1);
    expect(made.reading_places?.[0]).toMatch(/^白云镇档案室位于白云镇人民路1号/);
    expect(made.reading_places?.[0]).not.toMatch(/0123-7654$|0123-765$/);
    expect(made.accepting_office).toBe('白云镇党政综合组');
  });

  it('a kind word printed twice at the title’s end is said once (临沂卫生学校学校信息公开指南)', () => {
    expect(parseAgencyGuide(read('linyi-wx-guide.txt')).agency).toBe('临沂卫生学校');
    expect(parseAgencyGuide('青松县人民医院医院信息公开指南\n一、依申请公开\n受理机构：院办公室').agency).toBe('青松县人民医院');
  });

  // guide-questions-5's guides: first run, 2 of 7 read right (21 of 31 stated fields, 5 of 7 agencies).
  it('a breadcrumb is no title, and a township titled alone takes the county its body names (上塘镇)', () => {
    expect(parseAgencyGuide(read('sihong-shangtang-guide.txt')).agency).toBe('泗洪县上塘镇人民政府');
    // Made up: another breadcrumb and another county.
    const made = parseAgencyGuide(
      '您现在的位置: 信息公开指南\n柳河乡政府信息公开指南\n为更好地提供服务,编制了《宁陵县柳河乡政府信息公开指南》。\n联系电话:0370-7000001',
    );
    expect(made.agency).toBe('宁陵县柳河乡人民政府');
  });

  it('a guide with no title belongs to the agency whose information its opening serves, in its fullest form (卫东区市场监管局)', () => {
    const weidong = parseAgencyGuide(read('weidong-scjgj-guide.txt'));
    expect(weidong.agency).toBe('平顶山市卫东区市场监督管理局');
    expect(weidong.fields.website).toBe('http://www.weidong.gov.cn/');
    const made = parseAgencyGuide(
      [
        '为保障公民、法人和其他组织依法获取西湖区科技局的政府信息,特制定本指南。',
        '一、政府信息公开工作机构',
        '西湖区科技局办公室负责本机关的政府信息公开工作。',
        '收件人:南昌市西湖区科学技术局办公室',
        '联系电话:0791-0000001',
        '网址:www. xihu-example.gov.cn',
      ].join('\n'),
    );
    expect(made.agency).toBe('南昌市西湖区科学技术局');
    expect(made.fields.accepting_office).toBe('西湖区科技局办公室');
    expect(made.fields.website).toBe('www.xihu-example.gov.cn');
  });

  it('an office named in the sentence under its heading, not the supervisor of a region', () => {
    expect(parseAgencyGuide(read('yangtzeu-guide.txt')).fields.accepting_office).toBe('长江大学信息公开办公室');
    const made = parseAgencyGuide(
      '青山学院信息公开指南\n一、受理机构\n青山学院党政办公室是学院指定的信息公开申请受理机构。\n联系电话:0123-1000001',
    );
    expect(made.fields.accepting_office).toBe('青山学院党政办公室');
    const supervisor = parseAgencyGuide(
      '青山县人民政府信息公开指南\n四、政府信息公开工作机构\n青山县政府办公室负责推进、指导、协调、监督全县政府信息公开工作。',
    );
    expect(supervisor.fields.accepting_office).toBeUndefined();
  });

  it('an office in a library’s building is no reading place; a fax label that lost 传; an address in brackets', () => {
    const college = parseAgencyGuide(read('ahsjxy-guide.txt')).fields;
    expect(college.office_hours).toContain('8:20-11:40');
    expect(parseAgencyGuide(read('yangtzeu-guide.txt')).fields.fax).toBe('0716-8060575');
    expect(parseAgencyGuide(read('yuxi-zjj-guide.txt')).fields.address).toBe('玉溪市凤凰路88号一楼12319室');
    const made = parseAgencyGuide(
      [
        '青山学院信息公开指南',
        '一、工作机构',
        '办公地址:青山学院图书馆三楼301室',
        '办公时间:周一至周五8:00-17:00',
        '联系电话:0123-2000001',
        ' 真:0123-2000002',
        '二、主动公开',
        '也可以到青山学院(办公地址:青山路1号行政楼)或是到市档案馆查阅。',
      ].join('\n'),
    ).fields;
    expect(made.address).toBe('青山学院图书馆三楼301室');
    expect(made.office_hours).toBe('周一至周五8:00-17:00');
    expect(made.phone).toBe('0123-2000001');
    expect(made.fax).toBe('0123-2000002');
  });

  it('a mailbox said to take no applications keeps the guide’s words as a note on the e-mail way', () => {
    const renli = parseAgencyGuide(read('shitai-renli-guide.txt')).fields;
    expect(renli.email).toBe('rlzdjb2017@163.com');
    expect(renli.channel_notes?.some((note) => note.startsWith('电子邮件') && note.includes('不受理依申请公开申请'))).toBe(true);
    const made = parseAgencyGuide(
      '白云镇人民政府信息公开指南\n一、工作机构\n电子邮箱:byz@example.com(本邮箱不接受信息公开申请)\n联系电话:0123-3000001',
    ).fields;
    expect(made.email).toBe('byz@example.com');
    expect(made.channel_notes).toEqual(['电子邮件：byz@example.com（本邮箱不接受信息公开申请）']);
    const open = parseAgencyGuide('白云镇人民政府信息公开指南\n一、工作机构\n电子邮箱:byz@example.com(工作日回复)').fields;
    expect(open.channel_notes).toBeUndefined();
  });

  it('reading channels under a heading with words before 公开渠道 (二、政府信息公开渠道), not 申请渠道', () => {
    expect(parseAgencyGuide(read('wangkui-guide.txt')).fields.proactive_channels).toContain('中國望奎');
    const made = parseAgencyGuide(
      '白云镇人民政府信息公开指南\n二、政府信息公开渠道\n1.“白云发布”微信公众号。\n三、政府信息公开申请渠道\n1.网上申请。\n2.邮政寄送。申请人可通过邮政寄送方式提出申请。',
    ).fields;
    expect(made.proactive_channels).toContain('白云发布');
    expect(made.proactive_channels).not.toContain('网上申请');
    expect(made.channel_notes?.some((note) => note.startsWith('邮政寄送'))).toBe(true);
  });

  it('with no 公开范围 heading, the kinds under 信息分类 or after 公开下列信息; 当面受理点 names the office', () => {
    expect(parseAgencyGuide(read('ahsjxy-guide.txt')).fields.proactive_scope).toContain('学院概况');
    expect(parseAgencyGuide(read('tianshui-wjw-guide.txt')).fields.proactive_scope).toContain('機關政務');
    expect(parseAgencyGuide(read('yuxi-zjj-guide.txt')).fields.accepting_office).toBe('局办公室');
    const made = parseAgencyGuide(
      '青松县林业局信息公开指南\n一、主动公开\n本局重点公开下列政府信息:\n(一)林木采伐许可;\n(二)森林防火。\n二、依申请公开\n当面受理点:局综合股;联系电话:0123-4000001',
    ).fields;
    expect(made.proactive_scope).toContain('森林防火');
    expect(made.accepting_office).toBe('局综合股');
  });

  it('reading places in a table crawled one cell a line are read row by row, and none of their phones is the office’s', () => {
    const kedong = parseAgencyGuide(read('kedong-xzf-guide.txt')).fields;
    expect(kedong.reading_places?.[0]).toMatch(/^县档案馆：齐齐哈尔市克东县克东镇政府新区档案馆（电话：15845647666/);
    expect(kedong.reading_places?.[1]).toMatch(/^县政务服务中心：.*人和路繁荣街289号/);
    expect(kedong.phone).toBeUndefined();
    const cells = [
      '序号',
      '场所',
      '地址',
      '电话',
      '1',
      '镇档案室',
      '白云镇人民路1号',
      '0123-5000001',
      '2',
      '镇便民服务中心',
      '白云镇人民路3号',
      '0123-5000002',
    ];
    const made = parseAgencyGuide(
      `白云镇人民政府信息公开指南\n二、线下查阅\n${cells.join('\n|\n')}\n|\n三、依申请公开\n联系电话:0123-5000009`,
    ).fields;
    expect(made.reading_places).toEqual([
      '镇档案室：白云镇人民路1号（电话：0123-5000001）',
      '镇便民服务中心：白云镇人民路3号（电话：0123-5000002）',
    ]);
    expect(made.phone).toBe('0123-5000009');
  });

  it('the addressee of the postal way is kept with the address letters go to', () => {
    expect(parseAgencyGuide(read('weidong-scjgj-guide.txt')).fields.mailing_address).toBe(
      '平顶山市卫东区诚朴路137号院（收件人：平顶山市卫东区市场监督管理局办公室）',
    );
    const made = parseAgencyGuide(
      '青松县林业局信息公开指南\n一、工作机构\n办公地址:青松县林业路1号\n二、依申请公开\n2、邮政寄送。信封注明“政府信息公开申请”。\n收件人:青松县林业局综合股\n地址:青松县邮政信箱8号\n邮编:000001',
    ).fields;
    expect(made.mailing_address).toBe('青松县邮政信箱8号（收件人：青松县林业局综合股）');
  });

  it('the shapes of guide-questions-7, made up for another town: a phone with no separator, two seasons, a bracket left open, a start date, an envelope', () => {
    const made = parseAgencyGuide(
      [
        '青松县白云乡人民政府政府信息公开指南',
        '一、政府信息公开工作机构',
        '机构名称:白云乡人民政府',
        '联系电话:09121234567',
        '受理时间:夏季08:00—12:00,15:00—18:00;冬季08:30—12:00,14:30—17:30(法定节假日除外)',
        '办公地址:青松县白云乡人民政府二楼(邮编:',
        '邮政编码:719000',
        '公众可在青松县人民政府网站(www.qingsong.gov.cn)和白云乡人民政府网站(www.baiyun-qs.gov.cn)上查阅。',
        '二、依申请公开',
        '本机关从2019年3月1日起正式受理政府信息公开申请。',
        '1.填写申请表。通过信函方式提出申请的,请在信封左下角注明“政府信息公开申请”字样。',
      ].join('\n'),
    );
    expect(made.agency).toBe('青松县白云乡人民政府');
    expect(made.fields.phone).toBe('09121234567');
    expect(made.fields.office_hours).toContain('冬季08:30—12:00');
    expect(made.fields.address).toBe('青松县白云乡人民政府二楼');
    expect(made.fields.website).toBe('www.baiyun-qs.gov.cn');
    expect(made.fields.accepted_since).toBe('2019年3月1日');
    expect(made.fields.channel_notes?.some((note) => note.startsWith('信函：') && note.includes('信封左下角'))).toBe(true);
    // A mirror's lines of bare markup before the title; the office named in a sentence by its 党政办.
    const mirrored = parseAgencyGuide(
      [
        ...Array.from({ length: 14 }, () => '<dl id="ab12"></dl><i id="ab12"></i>'),
        '您现在的位置: 首页 > 政府信息公开 > 红旗街道办事处 > 政府信息公开指南',
        '青松县红旗街道办事处政府信息公开指南',
        '发布时间:2024-01-01 来源:红旗街道办事处',
        '一、主动公开',
        '街道政府信息公开由街道党政办负责。',
      ].join('\n'),
    );
    expect(mirrored.agency).toBe('青松县红旗街道办事处');
    expect(mirrored.fields.accepting_office).toBe('街道党政办');
  });
});

describe('identity of guides printed without a title line (made-up second examples)', () => {
  it('skips a breadcrumb after a location label and takes the guide the opening names', () => {
    const text = [
      '当前位置：首页 / 信息公开 / 部门信息公开指南',
      '青松县林业局',
      '为了更好地提供政府信息公开服务，青松县林业局编制了《青松县林业局政府信息公开指南》。',
      '一、政府信息公开工作机构',
      '单位名称：青松县林业局办公室',
      '联系电话：0371-22220001',
    ].join('\n');
    expect(looksLikeAgencyGuide(text)).toBe(true);
    const guide = parseAgencyGuide(text);
    expect(guide.agency).toBe('青松县林业局');
    expect(guide.fields.phone).toBe('0371-22220001');
  });

  it('takes a title-less guide’s agency from the catalogue it compiles', () => {
    const text = [
      '为方便公民依法获取本园的信息，特编制本指南。',
      '一、主动公开',
      '本园主动公开的信息范围参见本园编制的《青松县阳光幼儿园信息公开目录》。',
      '受理部门：园办公室',
      '联系电话：0371-22220002',
    ].join('\n');
    const guide = parseAgencyGuide(text);
    expect(guide.agency).toBe('青松县阳光幼儿园');
    expect(toSimplified(guide.title)).toMatch(/信息公开(?:咨询)?指南$/);
  });

  it('reads a metadata table parted by spaces (名  称, 发布机构) and keeps the publisher’s full form', () => {
    const text = [
      '索 引 号 000000/2025-00001 发布机构 东湖街道办事处',
      '名  称 东湖街道政府信息公开指南',
      '东湖街道政府信息公开指南',
      '为了更好地提供信息公开服务，我们编制了本指南。',
    ].join('\n');
    expect(parseAgencyGuide(text).agency).toBe('东湖街道办事处');
  });

  it('gives a reading place named alone the contacts of the sentence after it', () => {
    const text = [
      '青松镇政府信息公开指南',
      '一、主动公开',
      '(二)公开渠道',
      '政务公开专区。公众可以在青松镇人民政府(地址:青松镇人民路1号,联系电话:0371-22220003,开放时间:周一至周五9:00-17:00)查阅本机关政府信息。',
    ].join('\n');
    const places = parseAgencyGuide(text).fields.reading_places ?? [];
    expect(places.join('')).toContain('0371-22220003');
  });
});

describe('guides of other shapes (made-up second examples of guide-questions-15’s classes)', () => {
  it('reads a page that starts inside the part on applying, named by its own application form', () => {
    const text =
      '公民、法人和其他组织需要学校主动公开以外的信息,可以向学校申请获取。\n(一)受理部门\n本校自2012年3月1日起正式受理信息公开申请,受理部门:学校办公室;办公时间:工作日的8:30-11:30。\n(二)申请途径\n请填写并提交《青禾师范学院信息公开申请表》。1、通过互联网提出申请。2、当面申请。';
    expect(looksLikeAgencyGuide(text)).toBe(true);
    const guide = parseAgencyGuide(text);
    expect(guide.agency).toBe('青禾师范学院');
    expect(guide.fields.accepting_office).toBe('学校办公室');
  });

  it('takes no fee from what an enterprise publishes about its own charges, and lists a scope whose first number went with its heading', () => {
    const guide = parseAgencyGuide(
      '某某县燃气有限公司信息公开指南\n为方便公众,编制本指南。\n一、主动公开\n(一)公开范围:\n\n1.气价收费。包括本企业向用户提供有偿服务时收费的项目、标准和依据;\n2.停气公告。包括计划停气的区域、停气线路、停气起止时间及恢复供气的时间等信息;\n3.安全提示。包括安全用气常识、燃气设施使用注意事项、入户安检的时间和范围安排等;\n4.服务承诺和投诉渠道。包括本企业服务承诺以及服务热线、监管热线等投诉渠道。',
    );
    expect(guide.fields.fees).toBeUndefined();
    expect(guide.fields.proactive_scope).toBe('1.气价收费；2.停气公告；3.安全提示；4.服务承诺和投诉渠道');
  });

  it('reads no reading place from a website’s 公开栏目, and a complaints line as the supervising phone, not the office’s', () => {
    const guide = parseAgencyGuide(
      '青禾县人民政府信息公开指南\n一、主动公开\n(一)公开方式\n青禾县人民政府网站开设政府信息公开栏目,公众可登录查找公开的政府信息。\n二、监督\n认为本机关未依法履行公开义务的,可以投诉。投诉电话:0000-7654321。',
    );
    expect(guide.fields.reading_places).toBeUndefined();
    expect(guide.fields.phone).toBeUndefined();
    expect(guide.fields.supervision_phone).toBe('0000-7654321');
  });
});

describe('qaguide11 classes (made-up second examples)', () => {
  it('a list whose items all repeat the agency name is shortened after the name; a refused e-mail way is a note, not a channel', () => {
    const guide = parseAgencyGuide(
      [
        '青松县林业局政府信息公开指南',
        '一、主动公开',
        '本局主动公开下列信息: 1、青松县林业局领导班子名单; 2、青松县林业局内设机构职责; 3、青松县林业局行政许可事项; 4、依法应公开的其他信息。',
        '二、依申请公开',
        '受理机构:青松县林业局办公室',
        '联系(传真)电话:0000-7788990',
        '申请人可以通过信函、当面等方式提出申请,本局不直接受理通过电子邮件、传真方式提出的申请。',
      ].join('\n'),
    );
    expect(guide.fields.proactive_scope).toContain('领导班子名单');
    expect(guide.fields.proactive_scope).toContain('行政许可事项');
    expect(guide.fields.phone).toBe('0000-7788990');
    expect(guide.fields.fax).toBe('0000-7788990');
    expect(guide.fields.channels).toEqual(['当面提交', '信函（邮寄）']);
    expect(guide.fields.channel_notes?.some((note) => note.startsWith('电子邮件：') && note.includes('不直接受理'))).toBe(true);
  });
});
