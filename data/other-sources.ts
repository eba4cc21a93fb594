/**
 * What other sources publish on the report's figures (issue 24): one row per figure published elsewhere, beside the
 * report's row(s) named in `about`. Data only. Not the report's: these rows never enter the report's datasets or charts.
 * Each row was read in a stored public page (the `search` tool, corpus "pages") and its quote contains its printed figure;
 * `retrievedWith` says how. Rows whose document showed no publication date were left out (see docs/data.md).
 * Sums and ratios of SIPRI data are not typed here: lib/other-sources/derived.ts computes them from data/other-sources-sipri.ts.
 */
import type { OtherSourceInput } from '../lib/model/other-sources';

export const OTHER_SOURCE_ROWS: readonly OtherSourceInput[] = [
  {
    id: 'combatants-killed-official-1',
    about: [
      {
        dataset: 'casualties',
        row: 'combatants-killed-official',
      },
    ],
    printed: '2,783',
    value: 2783,
    low: 2783,
    high: 2783,
    qualifier: 'exact',
    unit: 'people',
    publisher: 'Azernews',
    title: '(title not shown in the retrieved excerpt; by Vafa Ismayilova)',
    url: 'https://www.azernews.az/karabakh/173471.html',
    published: '2020-12-03',
    publishedBasis: 'Shown in the text of the document as read.',
    asOf: '2020-12-03',
    quote:
      "The Defence Ministry has stated on its website that 2,783 Azerbaijani servicemen, who fought for the country's territorial integrity, were killed in the Nagorno-Karabakh war.",
    kind: "news report of a party's statement",
    scope:
      "Azerbaijani servicemen only (one side), as first disclosed on 3 December 2020; the report's figure is an upper bound for combatants of both sides.",
    note: "Azerbaijan's Ministry of Defence figure as reported by an Azerbaijani outlet; the ministry's own page was not at hand. Same day the ministry said more than a hundred servicemen were missing. Later updates seen in the same search: 2,823 (armenews.com, buried before 28 December) and 2,900 (see next row).",
    retrievedWith:
      'search(corpus="pages", query="Azerbaijan Ministry of Defense servicemen killed 44-day war total 2,908") -> https://www.azernews.az/karabakh/173471.html',
  },
  {
    id: 'combatants-killed-official-2',
    about: [
      {
        dataset: 'casualties',
        row: 'combatants-killed-official',
      },
    ],
    printed: '2,900',
    value: 2900,
    low: 2900,
    high: 2900,
    qualifier: 'exact',
    unit: 'people',
    publisher: 'A News (anews.com.tr)',
    title: 'Azerbaijan lost 2,900 soldiers in Karabakh war: Defense Ministry',
    url: 'https://www.anews.com.tr/world/2021/06/02/azerbaijan-lost-2900-soldiers-in-karabakh-war-defense-ministry/amp',
    published: '2021-06-02',
    publishedBasis: 'From the document’s address: Publication date read from the URL path (2021/06/02).',
    asOf: '2021-06-02',
    quote:
      "The number of Azerbaijani soldiers who lost their lives in last year's Karabakh conflict with Armenia has risen to 2,900, Azerbaijan's Defense Ministry said on Wednesday.",
    kind: "news report of a party's statement",
    scope: 'Azerbaijani soldiers only, as updated by the Ministry of Defence in June 2021.',
    note: "Publication date read from the URL path (2021/06/02). The ministry's list itself was not at hand.",
    retrievedWith:
      'search(corpus="pages", query="Azerbaijan Ministry of Defense servicemen killed 44-day war total 2,908") -> https://www.anews.com.tr/world/2021/06/02/azerbaijan-lost-2900-soldiers-in-karabakh-war-defense-ministry/amp',
  },
  {
    id: 'combatants-killed-official-3',
    about: [
      {
        dataset: 'casualties',
        row: 'combatants-killed-official',
      },
    ],
    printed: '3,773',
    value: 3773,
    low: 3773,
    high: 3773,
    qualifier: 'exact',
    unit: 'people',
    publisher: 'Massis Post',
    title: '(title not shown in excerpt; URL slug: number-of-artsakh-war-casualties-is-3773-another-243-mia)',
    url: 'https://massispost.com/2021/08/number-of-artsakh-war-casualties-is-3773-another-243-mia/',
    published: '2021-08-24',
    publishedBasis: 'Shown in the text of the document as read.',
    asOf: '2021-08-24',
    quote:
      'A total of 3,773 Armenian servicemen were killed during the 44-day war with Azerbaijan last fall, Armenian Prime Minister Nikol Pashinyan said, presenting an official military death toll in the armed conflict over Nagorno-Karabakh.',
    kind: "news report of a party's statement",
    scope:
      "Armenian servicemen only (Armenia's official military toll, August 2021); 243 more soldiers were then still missing.",
    note: "Statement by Armenia's Prime Minister to parliament on 24 August 2021. RFE/RL reported the same figure (https://www.rferl.org/a/armenian-deaths-karabakh-war/31425644.html, 'A total of 3,773 Armenian servicemen were killed during the 44-day war with Azerbaijan last autumn').",
    retrievedWith:
      'search(corpus="pages", query="Armenia servicemen killed 2020 Nagorno-Karabakh war death toll 3,773") -> https://massispost.com/2021/08/number-of-artsakh-war-casualties-is-3773-another-243-mia/',
  },
  {
    id: 'total-killed-unofficial-1',
    about: [
      {
        dataset: 'casualties',
        row: 'total-killed-unofficial',
      },
      {
        dataset: 'casualties',
        row: 'combatants-killed-official',
      },
    ],
    printed: 'an estimated 5700',
    value: 5700,
    low: 5700,
    high: 5700,
    qualifier: 'about',
    unit: 'people',
    publisher: 'Stockholm International Peace Research Institute (SIPRI)',
    title: 'Arms transfers to conflict zones: The case of Nagorno-Karabakh (SIPRI Topical Backgrounder)',
    url: 'https://sipri.org/commentary/topical-backgrounder/2021/arms-transfers-conflict-zones-case-nagorno-karabakh',
    published: '2021',
    publishedBasis: 'Year only, from the document’s address (/2021/); the day was not in the text read.',
    asOf: null,
    quote:
      'The conflict between Armenia and Azerbaijan over Nagorno-Karabakh escalated in 2020 into a six-week war in which an estimated 5700 people died.',
    kind: 'independent research body',
    scope:
      'All deaths in the six-week war (combatants and civilians, both sides) as one estimate; no breakdown given in the passage read.',
    note: 'Only the year (2021, from the URL) is known; the day of publication was not in the retrieved excerpt.',
    retrievedWith:
      'search(corpus="pages", query="Trends in international arms transfers 2020 SIPRI fact sheet March 2021 Armenia Azerbaijan Nagorno-Karabakh imports") -> https://sipri.org/commentary/topical-backgrounder/2021/arms-transfers-conflict-zones-case-nagorno-karabakh',
  },
  {
    id: 'total-killed-unofficial-2',
    about: [
      {
        dataset: 'casualties',
        row: 'total-killed-unofficial',
      },
      {
        dataset: 'casualties',
        row: 'combatants-killed-official',
      },
    ],
    printed: 'almost 6,500',
    value: 6500,
    low: null,
    high: 6500,
    qualifier: 'nearly',
    unit: 'people',
    publisher: 'Springer (Population Research and Policy Review); authors Ariel Karlinsky and Orsola Torrisi',
    title: 'The Casualties of War: An Excess Mortality Estimate of Lives Lost in the 2020 Nagorno-Karabakh Conflict',
    url: 'https://link.springer.com/article/10.1007/s11113-023-09790-2',
    published: '2023',
    publishedBasis:
      'Year only: the journal volume, Population Research and Policy Review 42(3), 2023, as the LSE Research Online record gives it.',
    asOf: null,
    quote:
      'We estimate that the war led to almost 6,500 excess deaths among people aged 15–49. Nearly 2,800 excess losses occurred in Armenia, 3,400 in Azerbaijan, and 310 in de facto Artsakh.',
    kind: 'independent research body',
    scope:
      'Excess deaths in 2020 among people aged 15–49 in Armenia, Azerbaijan and Nagorno-Karabakh, from vital registration against 2015–2019 trends; not a count of reported deaths, and other ages are excluded.',
    note: 'Peer-reviewed article, Population Research and Policy Review 42(3), 2023 (volume/issue from the LSE Research Online record, http://eprints.lse.ac.uk/118719). Only the year of publication is known from the excerpts.',
    retrievedWith:
      'search(corpus="pages", query="excess mortality Second Karabakh War Armenia estimate excess deaths males Population Research and Policy Review 2023") -> https://link.springer.com/article/10.1007/s11113-023-09790-2',
  },
  {
    id: 'total-killed-unofficial-3',
    about: [
      {
        dataset: 'casualties',
        row: 'total-killed-unofficial',
      },
      {
        dataset: 'casualties',
        row: 'combatants-killed-official',
      },
    ],
    printed: 'more than 6,500',
    value: 6500,
    low: 6500,
    high: null,
    qualifier: 'over',
    unit: 'people',
    publisher: 'Ahram Online (AFP)',
    title: 'Azerbaijan frees 15 captured Armenian troops',
    url: 'https://english.ahram.org.eg/News/416506.aspx',
    published: '2021-07-03',
    publishedBasis: 'Shown in the text of the document as read.',
    asOf: null,
    quote:
      'Fighting broke out between Azerbaijan and Armenia in September 2020 over Nagorno-Karabakh, claiming more than 6,500 lives over six weeks.',
    kind: 'independent news reporting',
    scope:
      'All lives lost in the six-week war, as a background figure in an AFP dispatch; no source or breakdown is given.',
    note: "AFP wire copy. An earlier AFP dispatch (Taipei Times, 14 June 2021) gave 'about 6,000 lives' (next row).",
    retrievedWith:
      'search(corpus="pages", query="Armenian Prime Minister office statement 15 prisoners returned from Azerbaijan minefield maps handed over Armenia side July 2021 azatutyun") -> https://english.ahram.org.eg/News/416506.aspx',
  },
  {
    id: 'total-killed-unofficial-4',
    about: [
      {
        dataset: 'casualties',
        row: 'total-killed-unofficial',
      },
      {
        dataset: 'casualties',
        row: 'combatants-killed-official',
      },
    ],
    printed: 'about 6,000',
    value: 6000,
    low: 6000,
    high: 6000,
    qualifier: 'about',
    unit: 'people',
    publisher: 'Taipei Times (AFP)',
    title: 'Azerbaijan releases 15 Armenian POWs',
    url: 'https://www.taipeitimes.com/News/world/archives/2021/06/14/2003759151',
    published: '2021-06-14',
    publishedBasis: 'Shown in the text of the document as read.',
    asOf: null,
    quote:
      'Fighting broke out between Azerbaijan and Armenia in September last year over Nagorno-Karabakh, claiming about 6,000 lives over six weeks.',
    kind: 'independent news reporting',
    scope: 'All lives lost in the six-week war, background figure in an AFP dispatch; no source or breakdown.',
    note: null,
    retrievedWith:
      'search(corpus="pages", query="Armenia handed over Agdam minefield maps 97,000 mines 15 detainees June 12 2021 Azerbaijan foreign ministry statement") -> https://www.taipeitimes.com/News/world/archives/2021/06/14/2003759151',
  },
  {
    id: 'total-killed-unofficial-5',
    about: [
      {
        dataset: 'casualties',
        row: 'total-killed-unofficial',
      },
    ],
    printed: 'approaching 5,000',
    value: 5000,
    low: null,
    high: 5000,
    qualifier: 'nearly',
    unit: 'people',
    publisher: 'Dayton Daily News (Associated Press)',
    title: 'US wades in cautiously to Armenia-Azerbaijan peace effort (title from URL slug)',
    url: 'https://www.daytondailynews.com/nation-world/us-wades-in-cautiously-to-armenia-azerbaijan-peace-effort/6QR4OTSOKBHULNNRKEXKWK76EI/',
    published: '2020-10-23',
    publishedBasis: 'Shown in the text of the document as read.',
    asOf: '2020-10-22',
    quote:
      'Russian President Vladimir Putin said Thursday that Moscow’s information indicated that the combined death toll from the nearly four weeks of fighting was approaching 5,000, a significantly higher number than officially reported by the warring parties.',
    kind: "news report of a party's statement",
    scope:
      "Combined death toll after only about four weeks of the 44-day war (to 22 October 2020), as stated by Russia's President.",
    note: "Russia is the mediator and a signatory of the 10 November 2020 statement, not a belligerent; 'party' here in that sense. Same article: Nagorno-Karabakh officials then reported 927 troops killed; Azerbaijan 63 civilians killed.",
    retrievedWith:
      'search(corpus="pages", query="Crisis Group Nagorno-Karabakh 2020 war killed thousands soldiers civilians estimate death toll both sides") -> https://www.daytondailynews.com/nation-world/us-wades-in-cautiously-to-armenia-azerbaijan-peace-effort/6QR4OTSOKBHULNNRKEXKWK76EI/',
  },
  {
    id: 'civilians-killed-official-1',
    about: [
      {
        dataset: 'casualties',
        row: 'civilians-killed-official',
      },
    ],
    printed: '98 civilian deaths in Azerbaijan',
    value: 98,
    low: 98,
    high: 98,
    qualifier: 'exact',
    unit: 'people',
    publisher: 'ReliefWeb (report page; originating organisation not named in the retrieved excerpt)',
    title: 'Azerbaijan: Pre-existing situation and impact of the 2020 Nagorno-Karabakh conflict, 21 December 2020',
    url: 'https://reliefweb.int/report/azerbaijan/azerbaijan-pre-existing-situation-and-impact-2020-nagorno-karabakh-conflict-21',
    published: '2020-12-21',
    publishedBasis: 'Shown in the text of the document as read.',
    asOf: '2020-11-30',
    quote:
      'For more than six weeks, fighting and displacement took place in Nagorno-Karabakh and the surrounding areas, leading to close to 150 casualties, including 50 civilians in Nagorno-Karabakh and 98 civilian deaths in Azerbaijan (ICG 14/10/2020; Human Rights Ombudsman 9/11/2020; Prosecutor General’s Office 30/11/2020).',
    kind: 'aggregator or mirror',
    scope:
      "Civilians killed on the Azerbaijani side only, attributed to Azerbaijan's Prosecutor General's Office (30 November 2020).",
    note: "Humanitarian analysis report hosted on ReliefWeb; it compiles the parties' own figures. The Prosecutor General's own release was not at hand.",
    retrievedWith:
      'search(corpus="pages", query="IDMC Azerbaijan internally displaced persons Nagorno-Karabakh conflict total number IDPs end of 2020") -> https://reliefweb.int/report/azerbaijan/azerbaijan-pre-existing-situation-and-impact-2020-nagorno-karabakh-conflict-21',
  },
  {
    id: 'civilians-killed-official-2',
    about: [
      {
        dataset: 'casualties',
        row: 'civilians-killed-official',
      },
    ],
    printed: '50 civilians in Nagorno-Karabakh',
    value: 50,
    low: 50,
    high: 50,
    qualifier: 'exact',
    unit: 'people',
    publisher: 'ReliefWeb (report page; originating organisation not named in the retrieved excerpt)',
    title: 'Azerbaijan: Pre-existing situation and impact of the 2020 Nagorno-Karabakh conflict, 21 December 2020',
    url: 'https://reliefweb.int/report/azerbaijan/azerbaijan-pre-existing-situation-and-impact-2020-nagorno-karabakh-conflict-21',
    published: '2020-12-21',
    publishedBasis: 'Shown in the text of the document as read.',
    asOf: '2020-11-09',
    quote:
      'For more than six weeks, fighting and displacement took place in Nagorno-Karabakh and the surrounding areas, leading to close to 150 casualties, including 50 civilians in Nagorno-Karabakh and 98 civilian deaths in Azerbaijan (ICG 14/10/2020; Human Rights Ombudsman 9/11/2020; Prosecutor General’s Office 30/11/2020).',
    kind: 'aggregator or mirror',
    scope:
      'Civilians killed in Nagorno-Karabakh (Armenian side) only, attributed to the (de facto) Human Rights Ombudsman, 9 November 2020; later ombudsman counts are higher (see the 80 row).',
    note: 'Compilation of party figures hosted on ReliefWeb.',
    retrievedWith:
      'search(corpus="pages", query="IDMC Azerbaijan internally displaced persons Nagorno-Karabakh conflict total number IDPs end of 2020") -> https://reliefweb.int/report/azerbaijan/azerbaijan-pre-existing-situation-and-impact-2020-nagorno-karabakh-conflict-21',
  },
  {
    id: 'civilians-killed-official-3',
    about: [
      {
        dataset: 'casualties',
        row: 'civilians-killed-official',
      },
    ],
    printed: '91',
    value: 91,
    low: 91,
    high: 91,
    qualifier: 'exact',
    unit: 'people',
    publisher: 'News.az',
    title: 'Azerbaijan announces statistics of crimes, committed by Armenian army against Azerbaijani civilians',
    url: 'https://www.news.az/news/span-classred-highlightazerbaijan-announces-statistics-of-crimes-committed-by-armenian-army-against-azerbaijani-civiliansspan',
    published: '2020-10-31',
    publishedBasis: 'Shown in the text of the document as read.',
    asOf: '2020-10-31',
    quote:
      'As a result of shelling of our settlements by Armenian armed forces with heavy artillery and missile systems, the number of civilian deaths reached 91 and the number of injured - 404.',
    kind: "news report of a party's statement",
    scope:
      "Azerbaijani civilians killed from 27 September to 13:00 on 31 October 2020 (ten days before the ceasefire), per the Prosecutor General's Office.",
    note: 'Publication date inferred from the period stated in the text (to 31 October); not printed in the excerpt.',
    retrievedWith:
      'search(corpus="pages", query="Prosecutor General\'s Office Azerbaijan 100 civilians killed 416 wounded Armenian shelling final statistics") -> https://www.news.az/news/span-classred-highlightazerbaijan-announces-statistics-of-crimes-committed-by-armenian-army-against-azerbaijani-civiliansspan',
  },
  {
    id: 'civilians-killed-official-4',
    about: [
      {
        dataset: 'casualties',
        row: 'civilians-killed-official',
      },
    ],
    printed: '94 civilians',
    value: 94,
    low: 94,
    high: 94,
    qualifier: 'exact',
    unit: 'people',
    publisher: 'Arkansas Democrat-Gazette (Associated Press)',
    title: 'Azerbaijan, Armenia troop toll tops 5,500 (title from URL slug)',
    url: 'https://www.arkansasonline.com/news/2020/dec/04/azerbaijan-armenia-troop-toll-tops-5500/',
    published: '2020-12-04',
    publishedBasis: 'Shown in the text of the document as read.',
    asOf: '2020-12-03',
    quote: 'The government also said 94 civilians were killed and more than 400 were wounded in shelling.',
    kind: "news report of a party's statement",
    scope: 'Azerbaijani civilians only, per the Azerbaijani government on 3 December 2020.',
    note: "Same AP article: Armenia's Health Ministry said at least 2,718 Armenian servicemen were killed (2 December 2020).",
    retrievedWith:
      'search(corpus="pages", query="Azerbaijan Ministry of Defense servicemen killed 44-day war total 2,908") -> https://www.arkansasonline.com/news/2020/dec/04/azerbaijan-armenia-troop-toll-tops-5500/',
  },
  {
    id: 'civilians-killed-official-5',
    about: [
      {
        dataset: 'casualties',
        row: 'civilians-killed-official',
      },
    ],
    printed: '80 civilians',
    value: 80,
    low: 80,
    high: 80,
    qualifier: 'exact',
    unit: 'people',
    publisher: 'Aravot (English)',
    title: '(title not shown in the retrieved excerpt)',
    url: 'https://en.aravot.am/2021/09/28/290354',
    published: '2021-09-28',
    publishedBasis: 'Shown in the text of the document as read.',
    asOf: '2021-09-27',
    quote:
      'According to the data collected till September 27, 2021, the identities of 80 civilians killed by the Azerbaijani armed forces were revealed.',
    kind: "news report of a party's statement",
    scope:
      'Armenian civilians in Nagorno-Karabakh killed by Azerbaijani forces, 27 September 2020 – 27 September 2021, including 38 killed in captivity or under Azerbaijani control; counted by the de facto Artsakh Human Rights Ombudsman.',
    note: 'The de facto authority of Nagorno-Karabakh is counted here with the Armenian side. Earlier ombudsman counts: 60 (to 22 December 2020, 1lurer.am) and 72 (to 28 January 2021, en.aravot.am/2021/01/29/275664).',
    retrievedWith:
      'search(corpus="pages", query="Nagorno-Karabakh war Armenian civilians killed ombudsman Artsakh civilian death toll") -> https://en.aravot.am/2021/09/28/290354',
  },
  {
    id: 'civilians-killed-official-6',
    about: [
      {
        dataset: 'casualties',
        row: 'civilians-killed-official',
      },
    ],
    printed: '72 civilians',
    value: 72,
    low: 72,
    high: 72,
    qualifier: 'exact',
    unit: 'people',
    publisher: 'Today.az (by Azernews), reporting an Amnesty International report',
    title: "(title not shown; Azernews report of Amnesty International's report of 13 January 2021)",
    url: 'http://www.today.az/news/politics/202482.html',
    published: '2021-01-14',
    publishedBasis: 'Shown in the text of the document as read.',
    asOf: null,
    quote:
      'In its new report published on January 13, 2021, the organization said that it had documented eight strikes carried out by Armenian forces on towns and villages in Azerbaijan which killed a total of 72 civilians.',
    kind: 'independent research body',
    scope: 'Only the Azerbaijani civilians killed in the eight strikes Amnesty investigated; not a total for the war.',
    note: "Secondary: Amnesty International's figure read in an Azerbaijani news report; the Amnesty report itself ('In the line of fire', index 55/3502/2021, mirrored at docslib.org and readkong.com) was found but its figure passage was not in the retrieved excerpts.",
    retrievedWith:
      'search(corpus="pages", query="Ganja missile strike 17 October 2020 civilians killed Human Rights Watch Amnesty") -> http://www.today.az/news/politics/202482.html',
  },
  {
    id: 'ukraine-russia-fatalities-1',
    about: [
      {
        dataset: 'casualties',
        row: 'ukraine-russia-fatalities',
      },
    ],
    printed: '13,100-13,300',
    value: null,
    low: 13100,
    high: 13300,
    qualifier: 'about',
    unit: 'people',
    publisher: 'TASS, citing OHCHR via Radio Svoboda',
    title: 'Number of casualties in Donbass amounts to 13,100-13,300 people, UN says',
    url: 'https://tass.com/world/1258461',
    published: '2021-02-19',
    publishedBasis:
      'Year inferred from the period the figure covers (to 31 January 2021); the day and month are the dateline the text shows (“February 19”).',
    asOf: '2021-01-31',
    quote:
      '"According to calculations of the UN OHCHR, the total number of human losses related to the conflict in Ukraine (from April 14, 2014 to January 31, 2021) amounts to 42,000-44,000: 13,100-13,300 killed (no less than 3,375 civilians, about 4,150 Ukrainian servicemen and approximately 5,700 members of armed groups)',
    kind: 'international organisation',
    scope:
      "All conflict deaths in eastern Ukraine from 14 April 2014 to 31 January 2021 (the report's comparison runs 6 April 2014 – 15 February 2020, almost a year shorter).",
    note: "Secondary: OHCHR's estimate quoted by TASS from Radio Svoboda; OHCHR's own response was not at hand. Year of publication (2021) inferred from the period end; TASS dateline 'February 19'. Range kept as low/high; qualifier 'about' because OHCHR calls it an estimate.",
    retrievedWith:
      'search(corpus="pages", query="OHCHR estimates the total number of conflict-related casualties in Ukraine from 14 April 2014 to 15 February 2020 at 41,000–44,000") -> https://tass.com/world/1258461',
  },
  {
    id: 'ukraine-russia-fatalities-2',
    about: [
      {
        dataset: 'casualties',
        row: 'ukraine-russia-fatalities',
      },
    ],
    printed: '13,200-13,400',
    value: null,
    low: 13200,
    high: 13400,
    qualifier: 'about',
    unit: 'people',
    publisher: "Euromaidan Press, citing OHCHR's reply to RFE/RL",
    title: 'UN releases data on Donbas war victims starting from 2014',
    url: 'http://euromaidanpress.com/2021/07/19/un-releases-data-on-donbas-war-victims-starting-from-2014/?share=twitter',
    published: '2021-07-19',
    publishedBasis: 'Shown in the text of the document as read.',
    asOf: '2021-06-30',
    quote:
      '13,200-13,400 dead (at least 3,390 civilians, approximately 4,200 Ukrainian military and approximately 5,800 members of armed [Russian proxy] groups);',
    kind: 'international organisation',
    scope:
      "All conflict deaths in eastern Ukraine from 14 April 2014 to 30 June 2021 (longer than the report's period ending 15 February 2020).",
    note: "Secondary: OHCHR figure quoted by Euromaidan Press; bracketed words are Euromaidan's.",
    retrievedWith:
      'search(corpus="pages", query="OHCHR estimates the total number of conflict-related casualties in Ukraine from 14 April 2014 to 15 February 2020 at 41,000–44,000") -> http://euromaidanpress.com/2021/07/19/un-releases-data-on-donbas-war-victims-starting-from-2014/?share=twitter',
  },
  {
    id: 'ukraine-russia-fatalities-3',
    about: [
      {
        dataset: 'casualties',
        row: 'ukraine-russia-fatalities',
      },
    ],
    printed: 'at least 3,367 killed',
    value: 3367,
    low: 3367,
    high: null,
    qualifier: 'over',
    unit: 'people',
    publisher: 'OHCHR (via ReliefWeb)',
    title: 'Situation of human rights in Ukraine, 16 February – 31 July 2020 (thirtieth OHCHR report)',
    url: 'https://reliefweb.int/report/ukraine/situation-human-rights-ukraine-16-february-31-july-2020-office-united-nations-high',
    published: '2020',
    publishedBasis:
      'Year only: the report to the Human Rights Council’s 45th session (2020), covering 16 February to 31 July 2020; the month was not in the text read.',
    asOf: '2020-07-31',
    quote:
      'It is hoped this will contribute to a progressive decrease in civilian casualties, which by 31 July 2020 totaled at least 3,367 killed and more than 7,000 injured since the beginning of the conflict.',
    kind: 'international organisation',
    scope: "Civilians only, from the start of the conflict to 31 July 2020; the report's figure covers all fatalities.",
    note: "OHCHR's own text as hosted on ReliefWeb (Human Rights Council 45th session). Publication month not in excerpt. The 29th report (16 Nov 2019 – 15 Feb 2020, the period end the report uses) was found on ReliefWeb but its excerpt gave only the period's civilian casualties.",
    retrievedWith:
      'search(corpus="pages", query="OHCHR report human rights situation Ukraine 16 November 2019 to 15 February 2020 total casualties killed") -> https://reliefweb.int/report/ukraine/situation-human-rights-ukraine-16-february-31-july-2020-office-united-nations-high',
  },
  {
    id: 'serviceman-killed-2020-09-22-1',
    about: [
      {
        dataset: 'casualties',
        row: 'serviceman-killed-2020-09-22',
      },
    ],
    printed: 'a serviceman',
    value: 1,
    low: 1,
    high: 1,
    qualifier: 'exact',
    unit: 'people',
    publisher: 'Ministry of Foreign Affairs of the Republic of Azerbaijan (Embassy in London website)',
    title:
      'No:256/20, Press release of the Press Service Department of the Ministry of Foreign Affairs of the Republic of Azerbaijan',
    url: 'https://london.mfa.gov.az/index.php/en/news/3056/no25620-press-release-of-the-press-service-department-of-the-ministry-of-foreign-affairs-of-the-republic-of-azerbaijan',
    published: '2020-09',
    publishedBasis:
      'Month only, from the release itself, which reports events of 21 September 2020 (release No. 256/20); the day was not in the text read.',
    asOf: '2020-09-21',
    quote: 'As a result, a serviceman of the Azerbaijan Army Mammadov Elshan Ali oglu was killed by the enemy shot.',
    kind: 'official statement of a party',
    scope:
      'One Azerbaijani serviceman killed on 21 September 2020 in the Tovuz direction; the report dates the report of the killing 22 September.',
    note: "The count 1 is read from 'a serviceman'. Day of the release not printed in the excerpt (text says 'On September 21, 2020'). Azernews (23 September) adds that he was killed 'at 09:20 on September 21' (https://www.azernews.az/nation/169222.html).",
    retrievedWith:
      'search(corpus="pages", query="Azerbaijan Ministry of Defense 22 September 2020 serviceman killed Armenian armed forces fire Tovuz Fuzuli") -> london.mfa.gov.az/.../no25620-press-release...',
  },
  {
    id: 'ganja-civilians-killed-1',
    about: [
      {
        dataset: 'casualties',
        row: 'ganja-civilians-killed',
      },
    ],
    printed: 'Twelve civilians',
    value: 12,
    low: 12,
    high: 12,
    qualifier: 'exact',
    unit: 'people',
    publisher: 'Al Jazeera',
    title: 'Azerbaijan says civilians killed by Armenia in Ganja: Live',
    url: 'https://www.aljazeera.com/news/2020/10/17/casualties-after-armenian-attack-targets-ganja-live-updates',
    published: '2020-10-17',
    publishedBasis: 'Shown in the text of the document as read.',
    asOf: '2020-10-17',
    quote:
      'Twelve civilians have been killed and more than 40 people injured in an early-hours missile attack on Azerbaijan’s second-biggest city, Ganja, the Azerbaijani prosecutor general’s office said.',
    kind: "news report of a party's statement",
    scope:
      "First-day count of the 17 October 2020 strike, per Azerbaijan's Prosecutor General's Office; same measure as the title the report's footnote 9 cites.",
    note: "Armenia's defence ministry denied the claim (same article).",
    retrievedWith:
      'search(corpus="pages", query="In the line of fire Amnesty Ganja 17 October Mukhtar Hajiyev Scud 21 civilians killed") -> https://www.aljazeera.com/news/2020/10/17/casualties-after-armenian-attack-targets-ganja-live-updates',
  },
  {
    id: 'ganja-civilians-killed-2',
    about: [
      {
        dataset: 'casualties',
        row: 'ganja-civilians-killed',
      },
    ],
    printed: 'a total of 13 people',
    value: 13,
    low: 13,
    high: 13,
    qualifier: 'exact',
    unit: 'people',
    publisher: 'Trend News Agency',
    title: '(title not shown in the retrieved excerpt)',
    url: 'https://en.trend.az/azerbaijan/politics/3318764.html',
    published: '2020-10-17',
    publishedBasis: 'Shown in the text of the document as read.',
    asOf: '2020-10-17',
    quote:
      'Following the willful targeting by Armenia of civilian facilities, children, women, disabled people and the elderly, three children died, a total of 13 people, 52 people were seriously injured, the fate of two children remains unknown.',
    kind: "news report of a party's statement",
    scope:
      "Same strike, 17 October 2020, count by Azerbaijan's Commissioner for Human Rights (Ombudsman) later the same day, with two children still missing.",
    note: null,
    retrievedWith:
      'search(corpus="pages", query="Ganja missile strike 17 October 2020 civilians killed Human Rights Watch Amnesty") -> https://en.trend.az/azerbaijan/politics/3318764.html',
  },
  {
    id: 'ganja-civilians-killed-3',
    about: [
      {
        dataset: 'casualties',
        row: 'ganja-civilians-killed',
      },
    ],
    printed: '13 civilians',
    value: 13,
    low: 13,
    high: 13,
    qualifier: 'exact',
    unit: 'people',
    publisher: 'Caucasian Knot',
    title: 'Ganja residents mourn those killed by missile attacks',
    url: 'https://eng.kavkaz-uzel.eu/articles/52547',
    published: '2020-10-23',
    publishedBasis: 'Shown in the text of the document as read.',
    asOf: null,
    quote:
      'The "Caucasian Knot" has reported that on October 17, 13 civilians were killed and 52 others were wounded during a missile attack on the city of Ganja.',
    kind: 'independent news reporting',
    scope: 'Same strike, count as reported six days later.',
    note: null,
    retrievedWith:
      'search(corpus="pages", query="Ganja missile strike 17 October 2020 civilians killed Human Rights Watch Amnesty") -> https://eng.kavkaz-uzel.eu/articles/52547',
  },
  {
    id: 'ganja-civilians-killed-4',
    about: [
      {
        dataset: 'casualties',
        row: 'ganja-civilians-killed',
      },
    ],
    printed: '21 civilians',
    value: 21,
    low: 21,
    high: 21,
    qualifier: 'exact',
    unit: 'people',
    publisher: 'Today.az (by Azernews), quoting Amnesty International',
    title: "(title not shown; Azernews report of Amnesty International's report of 13 January 2021)",
    url: 'http://www.today.az/news/politics/202482.html',
    published: '2021-01-14',
    publishedBasis: 'Shown in the text of the document as read.',
    asOf: null,
    quote:
      '"In the city of Ganja on 17 October, 21 civilians were killed and more than 50 injured when a SCUD-B ballistic missile hit the Mukhtar Hajiyev neighbourhood.',
    kind: 'independent research body',
    scope:
      "Same strike (17 October 2020), final count after Amnesty's field research in December 2020: higher than the 12 in the article title footnote 9 cites.",
    note: "Secondary: Amnesty's words as quoted by Azernews/Today.az; the Amnesty report itself not read at this passage. Azernews' own copy (azernews.az/karabakh/175014.html) prints 'ofGanja' (missing space).",
    retrievedWith:
      'search(corpus="pages", query="In the line of fire Amnesty Ganja 17 October Mukhtar Hajiyev Scud 21 civilians killed") -> http://www.today.az/news/politics/202482.html',
  },
  {
    id: 'kalbajar-killed-2021-06-04-1',
    about: [
      {
        dataset: 'casualties',
        row: 'kalbajar-killed-2021-06-04',
      },
    ],
    printed: 'three people',
    value: 3,
    low: 3,
    high: 3,
    qualifier: 'exact',
    unit: 'people',
    publisher:
      "Vestnik Kavkaza, quoting a joint statement of Azerbaijan's Prosecutor General's Office and Interior Ministry",
    title: 'Azerbaijani journalists killed in mine explosion in Kalbajar',
    url: 'https://en.vestikavkaza.ru/news/Azerbaijani-journalists-killed-in-mine-explosion-in-Kalbajar.html',
    published: '2021-06-04',
    publishedBasis: 'Shown in the text of the document as read.',
    asOf: '2021-06-04',
    quote:
      '"As a result, three people, namely, cameraman of AzTV channel Siraj Abishov, an employee of AZERTAC news agency Maharram Ibrahimov, deputy representative of the executive power of Kalbajar district in the administrative-territorial district of Susuzlug village Arif Aliyev, were killed," the message said.',
    kind: "news report of a party's statement",
    scope: 'Same incident and count.',
    note: "Publication day inferred ('today', blast on June 4); not printed in the excerpt.",
    retrievedWith:
      'search(corpus="pages", query="Kalbajar landmine explosion June 4 2021 two journalists killed Siraj Abishov Maharram Ibrahimov four injured") -> https://en.vestikavkaza.ru/news/Azerbaijani-journalists-killed-in-mine-explosion-in-Kalbajar.html',
  },
  {
    id: 'kalbajar-wounded-2021-06-04-1',
    about: [
      {
        dataset: 'casualties',
        row: 'kalbajar-wounded-2021-06-04',
      },
    ],
    printed: 'Four people',
    value: 4,
    low: 4,
    high: 4,
    qualifier: 'exact',
    unit: 'people',
    publisher:
      "Vestnik Kavkaza, quoting a joint statement of Azerbaijan's Prosecutor General's Office and Interior Ministry",
    title: 'Azerbaijani journalists killed in mine explosion in Kalbajar',
    url: 'https://en.vestikavkaza.ru/news/Azerbaijani-journalists-killed-in-mine-explosion-in-Kalbajar.html',
    published: '2021-06-04',
    publishedBasis: 'Shown in the text of the document as read.',
    asOf: '2021-06-04',
    quote: '"Four people were wounded and were hospitalized."',
    kind: "news report of a party's statement",
    scope: 'Same incident and count.',
    note: "News.az's report citing AzTV the same day (https://news.az/news/azerbaijani-tv-reporter-and-cameraman-die-in-mine-explosion-in-kalbajar) names only three injured ('AzTV film director Emin Mammadov, the driver of the bus and a villager were injured'); an early report by maghrebaujourdhui.com says 'trois autres personnes ont été blessées'.",
    retrievedWith:
      'search(corpus="pages", query="Kalbajar landmine explosion June 4 2021 two journalists killed Siraj Abishov Maharram Ibrahimov four injured") -> https://en.vestikavkaza.ru/news/Azerbaijani-journalists-killed-in-mine-explosion-in-Kalbajar.html',
  },
  {
    id: 'kalbajar-journalists-killed-2021-06-04-1',
    about: [
      {
        dataset: 'casualties',
        row: 'kalbajar-journalists-killed-2021-06-04',
      },
    ],
    printed: 'Two journalists',
    value: 2,
    low: 2,
    high: 2,
    qualifier: 'exact',
    unit: 'people',
    publisher: 'Vestnik Kavkaza',
    title: 'Azerbaijani journalists killed in mine explosion in Kalbajar',
    url: 'https://en.vestikavkaza.ru/news/Azerbaijani-journalists-killed-in-mine-explosion-in-Kalbajar.html',
    published: '2021-06-04',
    publishedBasis: 'Shown in the text of the document as read.',
    asOf: '2021-06-04',
    quote:
      'Two journalists and a local official died and four others were injured in a mine blast in Kalbajar region today, the Prosecutor General’s Office and the Interior Ministry published said in a joint statement.',
    kind: "news report of a party's statement",
    scope: 'Same incident and count.',
    note: "Sentence printed as in the source ('published said').",
    retrievedWith:
      'search(corpus="pages", query="Kalbajar landmine explosion June 4 2021 two journalists killed Siraj Abishov Maharram Ibrahimov four injured") -> https://en.vestikavkaza.ru/news/Azerbaijani-journalists-killed-in-mine-explosion-in-Kalbajar.html',
  },
  {
    id: 'kalbajar-killed-2021-06-04-2',
    about: [
      {
        dataset: 'casualties',
        row: 'kalbajar-killed-2021-06-04',
      },
    ],
    printed: 'Two Azerbaijani journalists and one local official',
    value: 3,
    low: 3,
    high: 3,
    qualifier: 'exact',
    unit: 'people',
    publisher: 'OC Media',
    title: 'Two Azerbaijani journalists and one official die in landmine explosion in Kalbajar',
    url: 'https://oc-media.org/two-azerbaijani-journalists-and-one-official-die-in-landmine-explosion-in-kalbajar/',
    published: '2021-06-04',
    publishedBasis: 'Shown in the text of the document as read.',
    asOf: '2021-06-04',
    quote:
      'Two Azerbaijani journalists and one local official died after an anti-tank mine exploded in Azerbaijan’s Kalbajar district, near the Azerbaijan-Armenia border.',
    kind: 'independent news reporting',
    scope: 'Same incident: three dead, two of them journalists.',
    note: "Value 3 read from 'two ... and one'.",
    retrievedWith:
      'search(corpus="pages", query="Kalbajar landmine explosion June 4 2021 two journalists killed Siraj Abishov Maharram Ibrahimov four injured") -> https://oc-media.org/two-azerbaijani-journalists-and-one-official-die-in-landmine-explosion-in-kalbajar/',
  },
  {
    id: 'kalbajar-journalists-killed-2021-06-04-2',
    about: [
      {
        dataset: 'casualties',
        row: 'kalbajar-journalists-killed-2021-06-04',
      },
    ],
    printed: 'Two Azerbaijani journalists',
    value: 2,
    low: 2,
    high: 2,
    qualifier: 'exact',
    unit: 'people',
    publisher: 'OC Media',
    title: 'Two Azerbaijani journalists and one official die in landmine explosion in Kalbajar',
    url: 'https://oc-media.org/two-azerbaijani-journalists-and-one-official-die-in-landmine-explosion-in-kalbajar/',
    published: '2021-06-04',
    publishedBasis: 'Shown in the text of the document as read.',
    asOf: '2021-06-04',
    quote:
      'Two Azerbaijani journalists and one local official died after an anti-tank mine exploded in Azerbaijan’s Kalbajar district, near the Azerbaijan-Armenia border.',
    kind: 'independent news reporting',
    scope: 'Same incident and count (Siraj Abishov, AzTV; Maharram Ibrahimov, Azertag).',
    note: null,
    retrievedWith:
      'search(corpus="pages", query="Kalbajar landmine explosion June 4 2021 two journalists killed Siraj Abishov Maharram Ibrahimov four injured") -> https://oc-media.org/two-azerbaijani-journalists-and-one-official-die-in-landmine-explosion-in-kalbajar/',
  },
  {
    id: 'kalbajar-wounded-2021-06-04-2',
    about: [
      {
        dataset: 'casualties',
        row: 'kalbajar-wounded-2021-06-04',
      },
    ],
    printed: 'The four injured',
    value: 4,
    low: 4,
    high: 4,
    qualifier: 'exact',
    unit: 'people',
    publisher: 'OC Media',
    title: 'Two Azerbaijani journalists and one official die in landmine explosion in Kalbajar',
    url: 'https://oc-media.org/two-azerbaijani-journalists-and-one-official-die-in-landmine-explosion-in-kalbajar/',
    published: '2021-06-04',
    publishedBasis: 'Shown in the text of the document as read.',
    asOf: '2021-06-04',
    quote: 'The four injured have been transferred to hospital for treatment.',
    kind: 'independent news reporting',
    scope: 'Same incident and count.',
    note: null,
    retrievedWith:
      'search(corpus="pages", query="Kalbajar landmine explosion June 4 2021 two journalists killed Siraj Abishov Maharram Ibrahimov four injured") -> https://oc-media.org/two-azerbaijani-journalists-and-one-official-die-in-landmine-explosion-in-kalbajar/',
  },
  {
    id: 'agdam-mines-1',
    about: [
      {
        dataset: 'mine-maps',
        row: 'agdam-mines',
      },
    ],
    printed: '97,000',
    value: 97000,
    low: 97000,
    high: 97000,
    qualifier: 'exact',
    unit: 'mines',
    publisher: "Trend News Agency, quoting Azerbaijan's Ministry of Foreign Affairs",
    title: 'Azerbaijan returns 15 Armenian detainees after receiving minefield maps (UPDATE)',
    url: 'https://en.trend.az/azerbaijan/politics/3439115.html',
    published: '2021-06-12',
    publishedBasis: 'Shown in the text of the document as read.',
    asOf: '2021-06-12',
    quote:
      'Azerbaijan returned 15 detained Armenians to back Armenia with the participation of Georgian representatives on the Azerbaijani-Georgian border on June 12, 2021, in exchange for providing the Azerbaijani side with maps of 97,000 anti-tank and anti-personnel mines in Azerbaijan’s Aghdam district, the Azerbaijani Foreign Ministry said, Trend reports.',
    kind: "news report of a party's statement",
    scope: "Same handover (Agdam, 12 June 2021); the ministry gives 97,000 without 'nearly'.",
    note: "The ministry thanked the US Secretary of State, the European Council President, Georgia's PM and the Swedish OSCE chairmanship.",
    retrievedWith:
      'search(corpus="pages", query="Armenia handed over Agdam minefield maps 97,000 mines 15 detainees June 12 2021 Azerbaijan foreign ministry statement") -> https://en.trend.az/azerbaijan/politics/3439115.html',
  },
  {
    id: 'agdam-mines-2',
    about: [
      {
        dataset: 'mine-maps',
        row: 'agdam-mines',
      },
    ],
    printed: '97,000 mines buried',
    value: 97000,
    low: 97000,
    high: 97000,
    qualifier: 'exact',
    unit: 'mines',
    publisher: 'ABC.AZ (Fineko)',
    title: 'Ilham Aliyev: We’ve received maps of minefields of Agdam district',
    url: 'http://abc.az/en/news/74781',
    published: '2021-06-16',
    publishedBasis: 'Shown in the text of the document as read.',
    asOf: null,
    quote:
      '"In this district alone there are 97,000 mines buried, of which 54,000 are anti-tank mines and the rest are anti-personnel mines," he emphasized.',
    kind: "news report of a party's statement",
    scope:
      "President of Azerbaijan, at the Shusha press statements with Turkey's President: mines buried in Agdam district, 54,000 of them anti-tank.",
    note: "In the same article Aliyev says 'the U.S. vouched for the accuracy of the maps of the minefields of Aghdam district' (contrast with the later 'only 25 percent').",
    retrievedWith:
      'search(corpus="pages", query="Armenia handed over Agdam minefield maps 97,000 mines 15 detainees June 12 2021 Azerbaijan foreign ministry statement") -> http://abc.az/en/news/74781',
  },
  {
    id: 'agdam-mines-3',
    about: [
      {
        dataset: 'mine-maps',
        row: 'agdam-mines',
      },
      {
        dataset: 'mine-maps',
        row: 'fuzuli-zangilan-mines',
      },
      {
        dataset: 'mine-maps',
        row: 'accuracy-stated',
      },
    ],
    printed: '972 minefield maps',
    value: 972,
    low: 972,
    high: 972,
    qualifier: 'exact',
    unit: 'maps (minefield records)',
    publisher: "Armenian Club (reposting Asbarez), quoting Armenia's National Security Service",
    title: 'Asbarez: Yerevan Will Provide Minefield Maps to Baku, Armenia’s Security Service Says',
    url: 'https://www.armenianclub.com/2024/01/26/asbarez-yerevan-will-provide-minefield-maps-to-baku-armenias-security-service-says/',
    published: '2024-01-26',
    publishedBasis: 'Shown in the text of the document as read.',
    asOf: '2024-01-25',
    quote:
      '“Committed to the peace agenda with Azerbaijan and based on humanitarian considerations, the Republic of Armenia transferred 972 minefield maps with information about minefield to Azerbaijan on June 12, July 3, October 19, November 1 and November 29, 2021 without preconditions,” the NSS said.',
    kind: "news report of a party's statement",
    scope:
      "Armenia's count of minefield maps (not mines) handed over in five transfers in 2021, including the two the report describes.",
    note: "Armenia's side: the NSS also says 'there are simply no better quality maps at the disposal of the Republic of Armenia', answering Azerbaijan's accuracy complaints; it gives no accuracy figure. Mirror of Asbarez; Asbarez original not at hand.",
    retrievedWith:
      'search(corpus="pages", query=""Armenia won\'t give us maps of minefields, and the accuracy of the maps provided at the latest stage is only 25 percent"") -> armenianclub.com/2024/01/26/...',
  },
  {
    id: 'agdam-detainees-1',
    about: [
      {
        dataset: 'mine-maps',
        row: 'agdam-detainees',
      },
    ],
    printed: '15 detained Armenians',
    value: 15,
    low: 15,
    high: 15,
    qualifier: 'exact',
    unit: 'detainees',
    publisher: "Trend News Agency, quoting Azerbaijan's Ministry of Foreign Affairs",
    title: 'Azerbaijan returns 15 Armenian detainees after receiving minefield maps (UPDATE)',
    url: 'https://en.trend.az/azerbaijan/politics/3439115.html',
    published: '2021-06-12',
    publishedBasis: 'Shown in the text of the document as read.',
    asOf: '2021-06-12',
    quote:
      'Azerbaijan returned 15 detained Armenians to back Armenia with the participation of Georgian representatives on the Azerbaijani-Georgian border on June 12, 2021',
    kind: "news report of a party's statement",
    scope: 'Same exchange and count.',
    note: null,
    retrievedWith:
      'search(corpus="pages", query="Armenia handed over Agdam minefield maps 97,000 mines 15 detainees June 12 2021 Azerbaijan foreign ministry statement") -> https://en.trend.az/azerbaijan/politics/3439115.html',
  },
  {
    id: 'agdam-detainees-2',
    about: [
      {
        dataset: 'mine-maps',
        row: 'agdam-detainees',
      },
    ],
    printed: 'The fifteen soldiers',
    value: 15,
    low: 15,
    high: 15,
    qualifier: 'exact',
    unit: 'detainees',
    publisher: 'TASS',
    title: 'Pashinyan says 15 soldiers freed by Azerbaijan return to Armenia',
    url: 'https://tass.com/world/1302199/amp',
    published: '2021-06-12',
    publishedBasis: 'Shown in the text of the document as read.',
    asOf: '2021-06-12',
    quote:
      'The fifteen soldiers that Azerbaijan handed back to Armenia in exchange for maps of minefields have crossed the Armenian border and returned home, Armenia’s Acting Prime Minister Nikol Pashinyan said on Saturday.',
    kind: "news report of a party's statement",
    scope:
      "Armenia's side of the same exchange: same count; four of the 15 had been captured in Gegharkunik in May 2021.",
    note: "Pashinyan added: 'we did not exchange prisoners for minefield maps, but responded to Azerbaijan’s step with a constructive step'.",
    retrievedWith:
      'search(corpus="pages", query="Armenian Prime Minister office statement 15 prisoners returned from Azerbaijan minefield maps handed over Armenia side July 2021 azatutyun") -> https://tass.com/world/1302199/amp',
  },
  {
    id: 'fuzuli-zangilan-mines-1',
    about: [
      {
        dataset: 'mine-maps',
        row: 'fuzuli-zangilan-mines',
      },
    ],
    printed: 'about 92,000',
    value: 92000,
    low: 92000,
    high: 92000,
    qualifier: 'about',
    unit: 'mines',
    publisher: "Trend News Agency, citing Azerbaijan's MFA press service",
    title: 'Armenia submits maps of 92,000 mines in Fuzuli and Zangilan - Azerbaijani MFA',
    url: 'https://en.trend.az/azerbaijan/politics/3449760.html',
    published: '2021-07-03',
    publishedBasis: 'Shown in the text of the document as read.',
    asOf: '2021-07-03',
    quote:
      'On July 3, 2021, upon the initiative of the Russian Federation, Armenia submitted to the Azerbaijani side maps of about 92,000 anti-tank and anti-personnel mines planted during the occupation in the Fizuli and Zangilan regions, Trend reports citing MFA press service.',
    kind: "news report of a party's statement",
    scope: "Same handover; the ministry says 'about 92,000' where the report prints 92,000 without qualifier.",
    note: 'The ministry thanked Rustam Muradov, commander of the Russian peacekeeping contingent, for mediation.',
    retrievedWith:
      'search(corpus="pages", query="Fuzuli Zangilan minefield maps 92,000 mines Armenia handed over July 3 2021 15 Armenians returned") -> https://en.trend.az/azerbaijan/politics/3449760.html',
  },
  {
    id: 'fuzuli-zangilan-mines-2',
    about: [
      {
        dataset: 'mine-maps',
        row: 'fuzuli-zangilan-mines',
      },
    ],
    printed: 'around 92,000',
    value: 92000,
    low: 92000,
    high: 92000,
    qualifier: 'about',
    unit: 'mines',
    publisher: 'OC Media',
    title: 'Fifteen Armenian POWs released in Russian-mediated deal (title from URL slug)',
    url: 'https://oc-media.org/fifteen-armenian-pows-released-in-russian-mediated-deal',
    published: '2021-07',
    publishedBasis:
      'Month only: the text read reports the release of 3 July 2021; the day of publication was not shown.',
    asOf: '2021-07-03',
    quote:
      'In a statement on Saturday evening, the Azerbaijani Foreign Ministry said the maps contained the locations of around 92,000 landmines.',
    kind: 'independent news reporting',
    scope: "Same handover, Azerbaijan's figure reported by an independent outlet.",
    note: 'Exact publication day not shown in the excerpt.',
    retrievedWith:
      'search(corpus="pages", query="Armenian Prime Minister office statement 15 prisoners returned from Azerbaijan minefield maps handed over Armenia side July 2021 azatutyun") -> https://oc-media.org/fifteen-armenian-pows-released-in-russian-mediated-deal',
  },
  {
    id: 'fuzuli-zangilan-detainees-1',
    about: [
      {
        dataset: 'mine-maps',
        row: 'fuzuli-zangilan-detainees',
      },
    ],
    printed: '15 people of Armenian origin',
    value: 15,
    low: 15,
    high: 15,
    qualifier: 'exact',
    unit: 'detainees',
    publisher: "Trend News Agency, citing Azerbaijan's MFA press service",
    title: 'Armenia submits maps of 92,000 mines in Fuzuli and Zangilan - Azerbaijani MFA',
    url: 'https://en.trend.az/azerbaijan/politics/3449760.html',
    published: '2021-07-03',
    publishedBasis: 'Shown in the text of the document as read.',
    asOf: '2021-07-03',
    quote:
      '"As a humanistic step, the Azerbaijani side handed over to Armenia 15 people of Armenian origin, who were imprisoned by the court\'s verdict and the term of the imposed sentence has expired," the ministry said.',
    kind: "news report of a party's statement",
    scope: 'Same exchange and count; Azerbaijan describes them as convicts whose sentences had expired.',
    note: null,
    retrievedWith:
      'search(corpus="pages", query="Fuzuli Zangilan minefield maps 92,000 mines Armenia handed over July 3 2021 15 Armenians returned") -> https://en.trend.az/azerbaijan/politics/3449760.html',
  },
  {
    id: 'fuzuli-zangilan-detainees-2',
    about: [
      {
        dataset: 'mine-maps',
        row: 'fuzuli-zangilan-detainees',
      },
    ],
    printed: 'Fifteen prisoners of war',
    value: 15,
    low: 15,
    high: 15,
    qualifier: 'exact',
    unit: 'detainees',
    publisher: 'OC Media',
    title: 'Fifteen Armenian POWs released in Russian-mediated deal (title from URL slug)',
    url: 'https://oc-media.org/fifteen-armenian-pows-released-in-russian-mediated-deal',
    published: '2021-07',
    publishedBasis:
      'Month only: the text read reports the release of 3 July 2021; the day of publication was not shown.',
    asOf: '2021-07-03',
    quote:
      'Fifteen prisoners of war have been returned to Armenia in exchange for landmine maps for the Fuzuli and Zangilan regions in a deal mediated by Russia.',
    kind: 'independent news reporting',
    scope:
      'Same exchange and count; per the Armenian government (same article) they were among 60 Armenians captured in December 2020 in the Hadrut region.',
    note: null,
    retrievedWith:
      'search(corpus="pages", query="Armenian Prime Minister office statement 15 prisoners returned from Azerbaijan minefield maps handed over Armenia side July 2021 azatutyun") -> https://oc-media.org/fifteen-armenian-pows-released-in-russian-mediated-deal',
  },
  {
    id: 'accuracy-stated-1',
    about: [
      {
        dataset: 'mine-maps',
        row: 'accuracy-stated',
      },
    ],
    printed: 'only 25 percent accurate',
    value: 25,
    low: 25,
    high: 25,
    qualifier: 'exact',
    unit: '%',
    publisher: 'Caspian News',
    title: 'President Aliyev Blames Armenia for Providing Inaccurate Minefield Maps',
    url: 'https://caspiannews.com/news-detail/president-aliyev-blames-armenia-for-providing-inaccurate-minefield-maps-2021-8-16-0/',
    published: '2021-08-16',
    publishedBasis: 'Shown in the text of the document as read.',
    asOf: '2021-08-14',
    quote:
      'President Ilham Aliyev said that the Armenian maps showing minefields’ locations in Azerbaijan’s Karabakh (Garabagh) region are only 25 percent accurate.',
    kind: "news report of a party's statement",
    scope:
      "Same statement (CNN Turk interview, 14 August 2021); Aliyev's own words there: 'the accuracy of the maps provided at the latest stage is only 25 percent'.",
    note: "The President's website carries the CNN Turk interview (https://president.az/en/articles/view/52736, 14 August 2021) but the retrieved excerpt stops before this passage. No method of measuring accuracy is given.",
    retrievedWith:
      'search(corpus="pages", query="Aliyev minefield maps accuracy only 25 percent interview CNN Turk") -> https://caspiannews.com/news-detail/president-aliyev-blames-armenia-for-providing-inaccurate-minefield-maps-2021-8-16-0/',
  },
  {
    id: 'accuracy-stated-2',
    about: [
      {
        dataset: 'mine-maps',
        row: 'accuracy-stated',
      },
    ],
    printed: '25 %',
    value: 25,
    low: 25,
    high: 25,
    qualifier: 'exact',
    unit: '%',
    publisher: "Turan Information Agency, reporting Azerbaijan's National Agency for Mine Action (ANAMA)",
    title: 'Armenia again provides inaccurate maps of minefields',
    url: 'https://turan.az/en/politics/armenia-again-provides-inaccurate-maps-of-minefields',
    published: '2024-02-12',
    publishedBasis: 'Shown in the text of the document as read.',
    asOf: '2024-02-12',
    quote:
      'The accuracy of minefield maps provided by Armenia in 2021 in Aghdam, Fizuli, Jebrail and Zangilan regions was 25 %, ANAMA noted.',
    kind: "news report of a party's statement",
    scope:
      "Azerbaijan's mine-action agency in 2024, on all maps handed over in 2021 (Aghdam, Fuzuli, Jabrayil, Zangilan), without 'some'.",
    note: "Same figure in Azerbaijan's MFA statement reported by Daily Sabah (https://dailysabah.com/politics/karabakh-minefield-maps-provided-by-yerevan-inaccurate-baku/news, January 2024): 'the accuracy of those given to Baku is only 25%'. No independent (HALO Trust, Landmine Monitor) assessment found.",
    retrievedWith:
      'search(corpus="pages", query=""Armenia won\'t give us maps of minefields, and the accuracy of the maps provided at the latest stage is only 25 percent"") -> https://turan.az/en/politics/armenia-again-provides-inaccurate-maps-of-minefields',
  },
  {
    id: 'accuracy-stated-3',
    about: [
      {
        dataset: 'mine-maps',
        row: 'accuracy-stated',
      },
    ],
    kind: 'none found',
    unit: '%',
    scope: "Independent measure of the maps' accuracy.",
    note: 'No independent research body or international organisation figure found for the accuracy of the maps. Searches: search(corpus="pages", query="Aliyev minefield maps accuracy only 25 percent interview CNN Turk"); search(corpus="pages", query=""Armenia won\'t give us maps of minefields, and the accuracy of the maps provided at the latest stage is only 25 percent""); search(corpus="pages", query="Landmine Monitor Azerbaijan 2021 contamination minefield records handed over by Armenia HALO Trust Nagorno-Karabakh"); search(corpus="pages", query="the-monitor.org Azerbaijan mine action report maps provided by Armenia Aghdam Fuzuli Zangilan accuracy"). Only parties\' statements were found (Azerbaijan: 25%; Armenia: no better maps exist).',
    searches: [
      'Aliyev minefield maps accuracy only 25 percent interview CNN Turk',
      '"Armenia won\'t give us maps of minefields, and the accuracy of the maps provided at the latest stage is only 25 percent"',
      'Landmine Monitor Azerbaijan 2021 contamination minefield records handed over by Armenia HALO Trust Nagorno-Karabakh',
      'the-monitor.org Azerbaijan mine action report maps provided by Armenia Aghdam Fuzuli Zangilan accuracy',
    ],
    searchedOn: '2026-12-02',
  },
  {
    id: 'peacekeeping-troops-1',
    about: [
      {
        dataset: 'peacekeeping',
        row: 'peacekeeping-troops',
      },
    ],
    printed: '1,960 servicemen',
    value: 1960,
    low: 1960,
    high: 1960,
    qualifier: 'exact',
    unit: 'troops',
    publisher: "Hyetert (reproducing TASS), quoting Russia's Ministry of Defence",
    title: 'Russia sends nearly 2,000 peacekeepers to Karabakh',
    url: 'https://hyetert.org/2020/11/10/russia-sends-nearly-2000-peacekeepers-to-karabakh/',
    published: '2020-11-10',
    publishedBasis: 'Shown in the text of the document as read.',
    asOf: '2020-11-10',
    quote:
      '“In order to control the ceasefire and the cessation military actions in the Nagorno-Karabakh conflict zone, a Russian peacekeeping contingent is being deployed consisting of 1,960 servicemen, 90 armored vehicles, 380 units of vehicles and special equipment,” the ministry said.',
    kind: "news report of a party's statement",
    scope: 'Planned strength of the Russian contingent as announced on deployment day; same count as the report.',
    note: "Russian MoD statement via TASS, reproduced by an Armenian site; the MoD original was not at hand. Same article: '470 units of equipment' flown in (a different count).",
    retrievedWith:
      'search(corpus="pages", query="Statement by President of Azerbaijan, Prime Minister of Armenia and President of Russia 10 November 2020 peacekeeping contingent 1,960 military personnel 90 armoured personnel carriers 380 motor vehicles") -> https://hyetert.org/2020/11/10/russia-sends-nearly-2000-peacekeepers-to-karabakh/',
  },
  {
    id: 'peacekeeping-armored-vehicles-1',
    about: [
      {
        dataset: 'peacekeeping',
        row: 'peacekeeping-armored-vehicles',
      },
    ],
    printed: '90 armored vehicles',
    value: 90,
    low: 90,
    high: 90,
    qualifier: 'exact',
    unit: 'vehicles',
    publisher: "Hyetert (reproducing TASS), quoting Russia's Ministry of Defence",
    title: 'Russia sends nearly 2,000 peacekeepers to Karabakh',
    url: 'https://hyetert.org/2020/11/10/russia-sends-nearly-2000-peacekeepers-to-karabakh/',
    published: '2020-11-10',
    publishedBasis: 'Shown in the text of the document as read.',
    asOf: '2020-11-10',
    quote:
      '“In order to control the ceasefire and the cessation military actions in the Nagorno-Karabakh conflict zone, a Russian peacekeeping contingent is being deployed consisting of 1,960 servicemen, 90 armored vehicles, 380 units of vehicles and special equipment,” the ministry said.',
    kind: "news report of a party's statement",
    scope: 'Planned strength of the Russian contingent as announced on deployment day; same count as the report.',
    note: "Russian MoD statement via TASS, reproduced by an Armenian site; the MoD original was not at hand. Same article: '470 units of equipment' flown in (a different count).",
    retrievedWith:
      'search(corpus="pages", query="Statement by President of Azerbaijan, Prime Minister of Armenia and President of Russia 10 November 2020 peacekeeping contingent 1,960 military personnel 90 armoured personnel carriers 380 motor vehicles") -> https://hyetert.org/2020/11/10/russia-sends-nearly-2000-peacekeepers-to-karabakh/',
  },
  {
    id: 'peacekeeping-motor-vehicles-1',
    about: [
      {
        dataset: 'peacekeeping',
        row: 'peacekeeping-motor-vehicles',
      },
    ],
    printed: '380 units of vehicles and special equipment',
    value: 380,
    low: 380,
    high: 380,
    qualifier: 'exact',
    unit: 'vehicles and units',
    publisher: "Hyetert (reproducing TASS), quoting Russia's Ministry of Defence",
    title: 'Russia sends nearly 2,000 peacekeepers to Karabakh',
    url: 'https://hyetert.org/2020/11/10/russia-sends-nearly-2000-peacekeepers-to-karabakh/',
    published: '2020-11-10',
    publishedBasis: 'Shown in the text of the document as read.',
    asOf: '2020-11-10',
    quote:
      '“In order to control the ceasefire and the cessation military actions in the Nagorno-Karabakh conflict zone, a Russian peacekeeping contingent is being deployed consisting of 1,960 servicemen, 90 armored vehicles, 380 units of vehicles and special equipment,” the ministry said.',
    kind: "news report of a party's statement",
    scope: 'Planned strength of the Russian contingent as announced on deployment day; same count as the report.',
    note: "Russian MoD statement via TASS, reproduced by an Armenian site; the MoD original was not at hand. Same article: '470 units of equipment' flown in (a different count).",
    retrievedWith:
      'search(corpus="pages", query="Statement by President of Azerbaijan, Prime Minister of Armenia and President of Russia 10 November 2020 peacekeeping contingent 1,960 military personnel 90 armoured personnel carriers 380 motor vehicles") -> https://hyetert.org/2020/11/10/russia-sends-nearly-2000-peacekeepers-to-karabakh/',
  },
  {
    id: 'peacekeeping-troops-2',
    about: [
      {
        dataset: 'peacekeeping',
        row: 'peacekeeping-troops',
      },
    ],
    printed: '1,960 troops',
    value: 1960,
    low: 1960,
    high: 1960,
    qualifier: 'exact',
    unit: 'troops',
    publisher: 'newskitchen.eu (republishing the Kremlin website, en.kremlin.ru)',
    title: 'Meeting on resolving humanitarian issues in Nagorno-Karabakh',
    url: 'https://newskitchen.eu/2020/11/13/meeting-on-resolving-humanitarian-issues-in-nagorno-karabakh/',
    published: '2020-11-13',
    publishedBasis: 'Shown in the text of the document as read.',
    asOf: '2020-11-13',
    quote:
      'In accordance with your Executive Order, a Russian peacekeeping contingent consisting of 1,960 troops, 90 armoured personnel carriers, and 380 vehicles and special equipment is being deployed in Nagorno-Karabakh and the Lachin Corridor.',
    kind: 'aggregator or mirror',
    scope:
      "Russia's Defence Minister Sergei Shoigu reporting to President Putin on the contingent being deployed; same counts.",
    note: "Mirror of a Kremlin transcript (source line: 'President of Russia – The Kremlin – English'); the kremlin.ru page itself was not at hand.",
    retrievedWith:
      'search(corpus="pages", query="Statement by President of Azerbaijan, Prime Minister of Armenia and President of Russia 10 November 2020 peacekeeping contingent 1,960 military personnel 90 armoured personnel carriers 380 motor vehicles") -> https://newskitchen.eu/2020/11/13/meeting-on-resolving-humanitarian-issues-in-nagorno-karabakh/',
  },
  {
    id: 'peacekeeping-armored-vehicles-2',
    about: [
      {
        dataset: 'peacekeeping',
        row: 'peacekeeping-armored-vehicles',
      },
    ],
    printed: '90 armoured personnel carriers',
    value: 90,
    low: 90,
    high: 90,
    qualifier: 'exact',
    unit: 'vehicles',
    publisher: 'newskitchen.eu (republishing the Kremlin website, en.kremlin.ru)',
    title: 'Meeting on resolving humanitarian issues in Nagorno-Karabakh',
    url: 'https://newskitchen.eu/2020/11/13/meeting-on-resolving-humanitarian-issues-in-nagorno-karabakh/',
    published: '2020-11-13',
    publishedBasis: 'Shown in the text of the document as read.',
    asOf: '2020-11-13',
    quote:
      'In accordance with your Executive Order, a Russian peacekeeping contingent consisting of 1,960 troops, 90 armoured personnel carriers, and 380 vehicles and special equipment is being deployed in Nagorno-Karabakh and the Lachin Corridor.',
    kind: 'aggregator or mirror',
    scope:
      "Russia's Defence Minister Sergei Shoigu reporting to President Putin on the contingent being deployed; same counts.",
    note: "Mirror of a Kremlin transcript (source line: 'President of Russia – The Kremlin – English'); the kremlin.ru page itself was not at hand.",
    retrievedWith:
      'search(corpus="pages", query="Statement by President of Azerbaijan, Prime Minister of Armenia and President of Russia 10 November 2020 peacekeeping contingent 1,960 military personnel 90 armoured personnel carriers 380 motor vehicles") -> https://newskitchen.eu/2020/11/13/meeting-on-resolving-humanitarian-issues-in-nagorno-karabakh/',
  },
  {
    id: 'peacekeeping-motor-vehicles-2',
    about: [
      {
        dataset: 'peacekeeping',
        row: 'peacekeeping-motor-vehicles',
      },
    ],
    printed: '380 vehicles and special equipment',
    value: 380,
    low: 380,
    high: 380,
    qualifier: 'exact',
    unit: 'vehicles and units',
    publisher: 'newskitchen.eu (republishing the Kremlin website, en.kremlin.ru)',
    title: 'Meeting on resolving humanitarian issues in Nagorno-Karabakh',
    url: 'https://newskitchen.eu/2020/11/13/meeting-on-resolving-humanitarian-issues-in-nagorno-karabakh/',
    published: '2020-11-13',
    publishedBasis: 'Shown in the text of the document as read.',
    asOf: '2020-11-13',
    quote:
      'In accordance with your Executive Order, a Russian peacekeeping contingent consisting of 1,960 troops, 90 armoured personnel carriers, and 380 vehicles and special equipment is being deployed in Nagorno-Karabakh and the Lachin Corridor.',
    kind: 'aggregator or mirror',
    scope:
      "Russia's Defence Minister Sergei Shoigu reporting to President Putin on the contingent being deployed; same counts.",
    note: "Mirror of a Kremlin transcript (source line: 'President of Russia – The Kremlin – English'); the kremlin.ru page itself was not at hand.",
    retrievedWith:
      'search(corpus="pages", query="Statement by President of Azerbaijan, Prime Minister of Armenia and President of Russia 10 November 2020 peacekeeping contingent 1,960 military personnel 90 armoured personnel carriers 380 motor vehicles") -> https://newskitchen.eu/2020/11/13/meeting-on-resolving-humanitarian-issues-in-nagorno-karabakh/',
  },
  {
    id: 'peacekeeping-troops-3',
    about: [
      {
        dataset: 'peacekeeping',
        row: 'peacekeeping-troops',
      },
    ],
    printed: '1,960-strong',
    value: 1960,
    low: 1960,
    high: 1960,
    qualifier: 'exact',
    unit: 'troops',
    publisher: 'Janes',
    title: 'Russia sends peacekeepers to Nagorno-Karabakh after brokering ceasefire (title from URL slug)',
    url: 'https://janes.com/osint-insights/defence-news/russia-sends-peacekeepers-to-nagorno-karabakh-after-brokering-ceasefire',
    published: '2020-11',
    publishedBasis:
      'Month only: the article refers to images the Russian Ministry of Defence published on 11 November 2020; the day of publication was not shown.',
    asOf: '2020-11-10',
    quote:
      'They said a 1,960-strong Russian peacekeeping force with 90 armoured personnel carriers and 380 other vehicles would be deployed along the line of contact in Nagorno-Karabakh and the Lachin corridor.',
    kind: 'independent news reporting',
    scope: "Janes' reading of the joint statement of 10 November 2020; same counts.",
    note: 'Publication day not shown (article refers to images published by the Russian MoD on 11 November).',
    retrievedWith:
      'search(corpus="pages", query="Statement by President of Azerbaijan, Prime Minister of Armenia and President of Russia 10 November 2020 peacekeeping contingent 1,960 military personnel 90 armoured personnel carriers 380 motor vehicles") -> https://janes.com/osint-insights/defence-news/russia-sends-peacekeepers-to-nagorno-karabakh-after-brokering-ceasefire',
  },
  {
    id: 'peacekeeping-armored-vehicles-3',
    about: [
      {
        dataset: 'peacekeeping',
        row: 'peacekeeping-armored-vehicles',
      },
    ],
    printed: '90 armoured personnel carriers',
    value: 90,
    low: 90,
    high: 90,
    qualifier: 'exact',
    unit: 'vehicles',
    publisher: 'Janes',
    title: 'Russia sends peacekeepers to Nagorno-Karabakh after brokering ceasefire (title from URL slug)',
    url: 'https://janes.com/osint-insights/defence-news/russia-sends-peacekeepers-to-nagorno-karabakh-after-brokering-ceasefire',
    published: '2020-11',
    publishedBasis:
      'Month only: the article refers to images the Russian Ministry of Defence published on 11 November 2020; the day of publication was not shown.',
    asOf: '2020-11-10',
    quote:
      'They said a 1,960-strong Russian peacekeeping force with 90 armoured personnel carriers and 380 other vehicles would be deployed along the line of contact in Nagorno-Karabakh and the Lachin corridor.',
    kind: 'independent news reporting',
    scope: "Janes' reading of the joint statement of 10 November 2020; same counts.",
    note: 'Publication day not shown (article refers to images published by the Russian MoD on 11 November).',
    retrievedWith:
      'search(corpus="pages", query="Statement by President of Azerbaijan, Prime Minister of Armenia and President of Russia 10 November 2020 peacekeeping contingent 1,960 military personnel 90 armoured personnel carriers 380 motor vehicles") -> https://janes.com/osint-insights/defence-news/russia-sends-peacekeepers-to-nagorno-karabakh-after-brokering-ceasefire',
  },
  {
    id: 'peacekeeping-motor-vehicles-3',
    about: [
      {
        dataset: 'peacekeeping',
        row: 'peacekeeping-motor-vehicles',
      },
    ],
    printed: '380 other vehicles',
    value: 380,
    low: 380,
    high: 380,
    qualifier: 'exact',
    unit: 'vehicles and units',
    publisher: 'Janes',
    title: 'Russia sends peacekeepers to Nagorno-Karabakh after brokering ceasefire (title from URL slug)',
    url: 'https://janes.com/osint-insights/defence-news/russia-sends-peacekeepers-to-nagorno-karabakh-after-brokering-ceasefire',
    published: '2020-11',
    publishedBasis:
      'Month only: the article refers to images the Russian Ministry of Defence published on 11 November 2020; the day of publication was not shown.',
    asOf: '2020-11-10',
    quote:
      'They said a 1,960-strong Russian peacekeeping force with 90 armoured personnel carriers and 380 other vehicles would be deployed along the line of contact in Nagorno-Karabakh and the Lachin corridor.',
    kind: 'independent news reporting',
    scope: "Janes' reading of the joint statement of 10 November 2020; same counts.",
    note: 'Publication day not shown (article refers to images published by the Russian MoD on 11 November).',
    retrievedWith:
      'search(corpus="pages", query="Statement by President of Azerbaijan, Prime Minister of Armenia and President of Russia 10 November 2020 peacekeeping contingent 1,960 military personnel 90 armoured personnel carriers 380 motor vehicles") -> https://janes.com/osint-insights/defence-news/russia-sends-peacekeepers-to-nagorno-karabakh-after-brokering-ceasefire',
  },
  {
    id: 'peacekeeping-troops-4',
    about: [
      {
        dataset: 'peacekeeping',
        row: 'peacekeeping-troops',
      },
    ],
    printed: '1,970 military personnel',
    value: 1970,
    low: 1970,
    high: 1970,
    qualifier: 'exact',
    unit: 'troops',
    publisher: 'Sputnik',
    title: '(photo feature on Russian peacekeepers; title not shown)',
    url: 'https://sputniknews.com/photo/202011101081114560-russia-peacekeepers-nagorno-karabakh/',
    published: '2020-11-10',
    publishedBasis: 'From the document’s address: Publication date from URL (20201110).',
    asOf: '2020-11-10',
    quote:
      'A force of 1,970 military personnel, 90 armoured personnel carriers, and 380 other pieces of equipment is set to be deployed to Nagorno-Karabakh.',
    kind: 'independent news reporting',
    scope:
      'Same deployment, as reported by Russian state media; Sputnik prints 1,970 personnel, 10 more than every other source found (probably a typo).',
    note: 'Russian state-owned outlet. Publication date from URL (20201110).',
    retrievedWith:
      'search(corpus="pages", query="Statement by President of Azerbaijan, Prime Minister of Armenia and President of Russia 10 November 2020 peacekeeping contingent 1,960 military personnel 90 armoured personnel carriers 380 motor vehicles") -> https://sputniknews.com/photo/202011101081114560-russia-peacekeepers-nagorno-karabakh/',
  },
  {
    id: 'peacekeeping-armored-vehicles-4',
    about: [
      {
        dataset: 'peacekeeping',
        row: 'peacekeeping-armored-vehicles',
      },
    ],
    printed: '90 armoured personnel carriers',
    value: 90,
    low: 90,
    high: 90,
    qualifier: 'exact',
    unit: 'vehicles',
    publisher: 'Sputnik',
    title: '(photo feature on Russian peacekeepers; title not shown)',
    url: 'https://sputniknews.com/photo/202011101081114560-russia-peacekeepers-nagorno-karabakh/',
    published: '2020-11-10',
    publishedBasis: 'From the document’s address: Publication date from URL (20201110).',
    asOf: '2020-11-10',
    quote:
      'A force of 1,970 military personnel, 90 armoured personnel carriers, and 380 other pieces of equipment is set to be deployed to Nagorno-Karabakh.',
    kind: 'independent news reporting',
    scope:
      'Same deployment, as reported by Russian state media; Sputnik prints 1,970 personnel, 10 more than every other source found (probably a typo).',
    note: 'Russian state-owned outlet. Publication date from URL (20201110).',
    retrievedWith:
      'search(corpus="pages", query="Statement by President of Azerbaijan, Prime Minister of Armenia and President of Russia 10 November 2020 peacekeeping contingent 1,960 military personnel 90 armoured personnel carriers 380 motor vehicles") -> https://sputniknews.com/photo/202011101081114560-russia-peacekeepers-nagorno-karabakh/',
  },
  {
    id: 'peacekeeping-motor-vehicles-4',
    about: [
      {
        dataset: 'peacekeeping',
        row: 'peacekeeping-motor-vehicles',
      },
    ],
    printed: '380 other pieces of equipment',
    value: 380,
    low: 380,
    high: 380,
    qualifier: 'exact',
    unit: 'vehicles and units',
    publisher: 'Sputnik',
    title: '(photo feature on Russian peacekeepers; title not shown)',
    url: 'https://sputniknews.com/photo/202011101081114560-russia-peacekeepers-nagorno-karabakh/',
    published: '2020-11-10',
    publishedBasis: 'From the document’s address: Publication date from URL (20201110).',
    asOf: '2020-11-10',
    quote:
      'A force of 1,970 military personnel, 90 armoured personnel carriers, and 380 other pieces of equipment is set to be deployed to Nagorno-Karabakh.',
    kind: 'independent news reporting',
    scope:
      'Same deployment, as reported by Russian state media; Sputnik prints 1,970 personnel, 10 more than every other source found (probably a typo).',
    note: 'Russian state-owned outlet. Publication date from URL (20201110).',
    retrievedWith:
      'search(corpus="pages", query="Statement by President of Azerbaijan, Prime Minister of Armenia and President of Russia 10 November 2020 peacekeeping contingent 1,960 military personnel 90 armoured personnel carriers 380 motor vehicles") -> https://sputniknews.com/photo/202011101081114560-russia-peacekeepers-nagorno-karabakh/',
  },
  {
    id: 'french-senate-for-1',
    about: [
      {
        dataset: 'parliamentary-votes',
        row: 'french-senate-for',
      },
    ],
    printed: '305 senators out of 306 present',
    value: 305,
    low: 305,
    high: 305,
    qualifier: 'exact',
    unit: 'votes',
    publisher: 'TASS',
    title: '(title not shown in the retrieved excerpt)',
    url: 'https://tass.com/world/1228017',
    published: '2020-11-25',
    publishedBasis: 'Shown in the text of the document as read.',
    asOf: '2020-11-25',
    quote:
      'The French Senate has passed a resolution containing a call on the government to officially recognize the Nagorno-Karabakh Republic, 305 senators out of 306 present voted for the resolution on Wednesday.',
    kind: 'independent news reporting',
    scope: "Same vote (25 November 2020); '306 present' counts only those voting for or against, not abstentions.",
    note: 'Russian state news agency.',
    retrievedWith:
      'search(corpus="pages", query="French Senate resolution Nagorno-Karabakh recognition 25 November 2020 vote 305 for 1 against") -> https://tass.com/world/1228017',
  },
  {
    id: 'french-senate-for-2',
    about: [
      {
        dataset: 'parliamentary-votes',
        row: 'french-senate-for',
      },
    ],
    printed: '305 MPs voting in favor',
    value: 305,
    low: 305,
    high: 305,
    qualifier: 'exact',
    unit: 'votes',
    publisher: 'Armenpress',
    title: 'French Senate adopts resolution on necessity to recognize Artsakh’s independence',
    url: 'https://armenpress.am/eng/news/1035912/',
    published: '2020-11-25',
    publishedBasis: 'Shown in the text of the document as read.',
    asOf: '2020-11-25',
    quote:
      'ARMENPRESS reports the resolution was adopted with 305 MPs voting in favor, 1 MP against. 30 MPs abstained.',
    kind: 'independent news reporting',
    scope: 'Same vote; adds 30 abstentions.',
    note: "Armenia's state news agency (a party's state media, reporting a French vote).",
    retrievedWith:
      'search(corpus="pages", query="French Senate resolution Nagorno-Karabakh recognition 25 November 2020 vote 305 for 1 against") -> https://armenpress.am/eng/news/1035912/',
  },
  {
    id: 'french-senate-against-1',
    about: [
      {
        dataset: 'parliamentary-votes',
        row: 'french-senate-against',
      },
    ],
    printed: '1 MP against',
    value: 1,
    low: 1,
    high: 1,
    qualifier: 'exact',
    unit: 'votes',
    publisher: 'Armenpress',
    title: 'French Senate adopts resolution on necessity to recognize Artsakh’s independence',
    url: 'https://armenpress.am/eng/news/1035912/',
    published: '2020-11-25',
    publishedBasis: 'Shown in the text of the document as read.',
    asOf: '2020-11-25',
    quote:
      'ARMENPRESS reports the resolution was adopted with 305 MPs voting in favor, 1 MP against. 30 MPs abstained.',
    kind: 'independent news reporting',
    scope: 'Same vote.',
    note: "Armenia's state news agency.",
    retrievedWith:
      'search(corpus="pages", query="French Senate resolution Nagorno-Karabakh recognition 25 November 2020 vote 305 for 1 against") -> https://armenpress.am/eng/news/1035912/',
  },
  {
    id: 'french-senate-for-3',
    about: [
      {
        dataset: 'parliamentary-votes',
        row: 'french-senate-for',
      },
    ],
    printed: '305 voix pour',
    value: 305,
    low: 305,
    high: 305,
    qualifier: 'exact',
    unit: 'votes',
    publisher: 'Public Sénat (video page on actu.orange.fr)',
    title: 'Haut-Karabagh : le Sénat veut une reconnaissance - En séance (26/11/2020)',
    url: 'https://actu.orange.fr/videos/politique/haut-karabagh-le-senat-veut-une-reconnaissance-en-seance-26-11-2020-CNT000001vbAMu.html?pid=5i0B%2FADgCrCKhgEfEZKESQ%3D%3D',
    published: '2020-11-26',
    publishedBasis: 'Shown in the text of the document as read.',
    asOf: '2020-11-25',
    quote: "La proposition, d'une portée symbolique, a été adoptée par 305 voix pour, 1 contre et 35 abstentions.",
    kind: 'independent news reporting',
    scope: 'Same vote; gives 35 abstentions (Armenpress and La Libre say 30).',
    note: "Public Sénat is the Senate's parliamentary channel; the Senate's own scrutin record (scrutin public n° 34) was not found.",
    retrievedWith:
      'search(corpus="pages", query="senat.fr scrutin résolution nécessité de reconnaître la République du Haut-Karabagh nombre de votants suffrages exprimés pour contre") -> https://actu.orange.fr/videos/politique/haut-karabagh-le-senat-veut-une-reconnaissance-en-seance-26-11-2020-CNT000001vbAMu.html?pid=5i0B%2FADgCrCKhgEfEZKESQ%3D%3D',
  },
  {
    id: 'french-senate-against-2',
    about: [
      {
        dataset: 'parliamentary-votes',
        row: 'french-senate-against',
      },
    ],
    printed: '1 contre',
    value: 1,
    low: 1,
    high: 1,
    qualifier: 'exact',
    unit: 'votes',
    publisher: 'Public Sénat (video page on actu.orange.fr)',
    title: 'Haut-Karabagh : le Sénat veut une reconnaissance - En séance (26/11/2020)',
    url: 'https://actu.orange.fr/videos/politique/haut-karabagh-le-senat-veut-une-reconnaissance-en-seance-26-11-2020-CNT000001vbAMu.html?pid=5i0B%2FADgCrCKhgEfEZKESQ%3D%3D',
    published: '2020-11-26',
    publishedBasis: 'Shown in the text of the document as read.',
    asOf: '2020-11-25',
    quote: "La proposition, d'une portée symbolique, a été adoptée par 305 voix pour, 1 contre et 35 abstentions.",
    kind: 'independent news reporting',
    scope: 'Same vote.',
    note: null,
    retrievedWith:
      'search(corpus="pages", query="senat.fr scrutin résolution nécessité de reconnaître la République du Haut-Karabagh nombre de votants suffrages exprimés pour contre") -> https://actu.orange.fr/videos/politique/haut-karabagh-le-senat-veut-une-reconnaissance-en-seance-26-11-2020-CNT000001vbAMu.html?pid=5i0B%2FADgCrCKhgEfEZKESQ%3D%3D',
  },
  {
    id: 'french-senate-against-3',
    about: [
      {
        dataset: 'parliamentary-votes',
        row: 'french-senate-against',
      },
    ],
    printed: 'une seule contre',
    value: 1,
    low: 1,
    high: 1,
    qualifier: 'exact',
    unit: 'votes',
    publisher: 'Euronews (French)',
    title: 'Le Sénat français appelle à la reconnaissance du Haut-Karabakh (title from URL slug)',
    url: 'https://fr.euronews.com/2020/11/26/le-senat-francais-appelle-a-la-reconnaissance-du-haut-karabakh',
    published: '2020-11-26',
    publishedBasis: 'Shown in the text of the document as read.',
    asOf: '2020-11-25',
    quote:
      "Le texte a été adopté par 305 voix pour et une seule contre (qui selon son auteur Sylvie Goy-Chavent est en fait une abstention mal enregistrée) lors d'un vote au palais du Luxembourg ce mercredi.",
    kind: 'independent news reporting',
    scope:
      'Same vote; the single vote against was, according to the senator who cast it, a wrongly recorded abstention.',
    note: null,
    retrievedWith:
      'search(corpus="pages", query="French Senate resolution Nagorno-Karabakh recognition 25 November 2020 vote 305 for 1 against") -> https://fr.euronews.com/2020/11/26/le-senat-francais-appelle-a-la-reconnaissance-du-haut-karabakh',
  },
  {
    id: 'french-assembly-for-1',
    about: [
      {
        dataset: 'parliamentary-votes',
        row: 'french-assembly-for',
      },
    ],
    printed: 'pour 188',
    value: 188,
    low: 188,
    high: 188,
    qualifier: 'exact',
    unit: 'votes',
    publisher: 'Armencom (reproducing Armenews, 3 December 2020)',
    title:
      'France : reconnaissance de l’Artsakh par l’Assemblée nationale largement adoptée : 188 pour, 3 contre (title from URL slug)',
    url: 'https://armencom.be/fr/actualite/presse/2269-france-reconnaissance-de-l%E2%80%99artsakh-par-l%E2%80%99assembl%C3%A9e-nationale-largement-adopt%C3%A9e-188-pour,-3-contre',
    published: '2020-12-03',
    publishedBasis: 'Shown in the text of the document as read.',
    asOf: '2020-12-03',
    quote: 'Elle a été largement adoptée : sur 207 votants, 191 exprimés, pour 188, contre 3.',
    kind: 'aggregator or mirror',
    scope:
      "Same vote (3 December 2020, resolution n° 3538 'sur la protection du peuple arménien et des communautés chrétiennes d’Europe et d’Orient'); 207 voting, 191 expressed.",
    note: "Reproduction of an Armenews article; Armenews original and the Assembly's scrutin page were not at hand. The Assembly's adopted text (TA n° 520, https://www.assemblee-nationale.fr/dyn/opendata/RIONANR5L15BTA0520.html) was retrieved but carries no vote counts.",
    retrievedWith:
      'search(corpus="pages", query="assemblee-nationale.fr analyse du scrutin ensemble de la proposition de résolution 3538 protection du peuple arménien") -> https://armencom.be/fr/actualite/presse/2269-france-reconnaissance-de-l%E2%80%99artsakh-par-l%E2%80%99assembl%C3%A9e-nationale-largement-adopt%C3%A9e-188-pour,-3-contre',
  },
  {
    id: 'french-assembly-against-1',
    about: [
      {
        dataset: 'parliamentary-votes',
        row: 'french-assembly-against',
      },
    ],
    printed: 'contre 3',
    value: 3,
    low: 3,
    high: 3,
    qualifier: 'exact',
    unit: 'votes',
    publisher: 'Armencom (reproducing Armenews, 3 December 2020)',
    title:
      'France : reconnaissance de l’Artsakh par l’Assemblée nationale largement adoptée : 188 pour, 3 contre (title from URL slug)',
    url: 'https://armencom.be/fr/actualite/presse/2269-france-reconnaissance-de-l%E2%80%99artsakh-par-l%E2%80%99assembl%C3%A9e-nationale-largement-adopt%C3%A9e-188-pour,-3-contre',
    published: '2020-12-03',
    publishedBasis: 'Shown in the text of the document as read.',
    asOf: '2020-12-03',
    quote: 'Elle a été largement adoptée : sur 207 votants, 191 exprimés, pour 188, contre 3.',
    kind: 'aggregator or mirror',
    scope: 'Same vote.',
    note: 'One deputy who could not vote recorded in a contribution on assemblee-nationale.fr that he opposed the text (https://www.assemblee-nationale.fr/dyn/contributions/CTRIBANR5L15PO717460B3538P0D1N000101).',
    retrievedWith:
      'search(corpus="pages", query="assemblee-nationale.fr analyse du scrutin ensemble de la proposition de résolution 3538 protection du peuple arménien") -> https://armencom.be/fr/actualite/presse/2269-france-reconnaissance-de-l%E2%80%99artsakh-par-l%E2%80%99assembl%C3%A9e-nationale-largement-adopt%C3%A9e-188-pour,-3-contre',
  },
  {
    id: 'french-assembly-for-2',
    about: [
      {
        dataset: 'parliamentary-votes',
        row: 'french-assembly-for',
      },
    ],
    printed: '188 voix',
    value: 188,
    low: 188,
    high: 188,
    qualifier: 'exact',
    unit: 'votes',
    publisher: 'Collectif VAN (blog)',
    title: 'L’Assemblée nationale adopte une résolution favorable à une reconnaissance du Haut-Karabakh',
    url: 'https://collectifvan.blogspot.com/2020/12/lassemblee-nationale-adopte-une.html',
    published: '2020-12',
    publishedBasis: 'Month only, from the document’s address (/2020/12/).',
    asOf: '2020-12-03',
    quote:
      'La résolution non contraignante, présentée par le groupe Les Républicains, a été adoptée par 188 voix contre 3, et 16 abstentions.',
    kind: 'independent news reporting',
    scope: 'Same vote; adds 16 abstentions (207 − 191 = 16 matches the Armenews count).',
    note: "Advocacy group's blog (Armenian-genocide vigilance collective), not neutral.",
    retrievedWith:
      'search(corpus="pages", query="Assemblée nationale résolution Haut-Karabakh 3 décembre 2020 adoptée 188 voix contre 3") -> https://collectifvan.blogspot.com/2020/12/lassemblee-nationale-adopte-une.html',
  },
  {
    id: 'french-assembly-against-2',
    about: [
      {
        dataset: 'parliamentary-votes',
        row: 'french-assembly-against',
      },
    ],
    printed: 'contre 3',
    value: 3,
    low: 3,
    high: 3,
    qualifier: 'exact',
    unit: 'votes',
    publisher: 'Collectif VAN (blog)',
    title: 'L’Assemblée nationale adopte une résolution favorable à une reconnaissance du Haut-Karabakh',
    url: 'https://collectifvan.blogspot.com/2020/12/lassemblee-nationale-adopte-une.html',
    published: '2020-12',
    publishedBasis: 'Month only, from the document’s address (/2020/12/).',
    asOf: '2020-12-03',
    quote:
      'La résolution non contraignante, présentée par le groupe Les Républicains, a été adoptée par 188 voix contre 3, et 16 abstentions.',
    kind: 'independent news reporting',
    scope: 'Same vote.',
    note: "Advocacy group's blog, not neutral.",
    retrievedWith:
      'search(corpus="pages", query="Assemblée nationale résolution Haut-Karabakh 3 décembre 2020 adoptée 188 voix contre 3") -> https://collectifvan.blogspot.com/2020/12/lassemblee-nationale-adopte-une.html',
  },
  {
    id: 'dutch-sanction-proposals-1',
    about: [
      {
        dataset: 'parliamentary-votes',
        row: 'dutch-sanction-proposals',
      },
    ],
    printed: 'Beide moties',
    value: 2,
    low: 2,
    high: 2,
    qualifier: 'exact',
    unit: 'proposals',
    publisher: 'Reformatorisch Dagblad',
    title: 'Kamer wil sancties tegen personen uit drietal landen (title from URL slug)',
    url: 'https://www.rd.nl/vandaag/politiek/kamer-wil-sancties-tegen-personen-uit-drietal-landen-1.1714740',
    published: '2020-11',
    publishedBasis: 'Month only, as shown in the text read; the day was not shown.',
    asOf: '2020-11-17',
    quote: 'Beide moties haalden dinsdag een meerderheid.',
    kind: 'independent news reporting',
    scope:
      "Two motions for personal (targeted) sanctions adopted on Tuesday 17 November 2020: an SP motion (those responsible in Azerbaijan and Turkey) and a CDA/ChristenUnie motion (President Aliyev and Syrian fighters deployed by Turkey); a third adopted motion asked for an EU stop on arms deliveries to Turkey, which the report may count among 'sanctions'.",
    note: 'The count 2 refers to the two personal-sanctions motions named in the preceding sentences of the article.',
    retrievedWith:
      'search(corpus="pages", query="Tweede Kamer moties aangenomen sancties Turkije Azerbeidzjan Nagorno-Karabach november 2020") -> https://www.rd.nl/vandaag/politiek/kamer-wil-sancties-tegen-personen-uit-drietal-landen-1.1714740',
  },
  {
    id: 'dutch-sanction-proposals-2',
    about: [
      {
        dataset: 'parliamentary-votes',
        row: 'dutch-sanction-proposals',
      },
      {
        dataset: 'parliamentary-votes',
        row: 'dutch-trilateral-proposals',
      },
    ],
    printed: '11 resolutions',
    value: 11,
    low: 11,
    high: 11,
    qualifier: 'exact',
    unit: 'proposals',
    publisher: "Trend News Agency, quoting Azerbaijan's Ministry of Foreign Affairs",
    title: '(title not shown in the retrieved excerpt)',
    url: 'https://en.trend.az/azerbaijan/politics/3352760.html',
    published: '2020-12-20',
    publishedBasis: 'Shown in the text of the document as read.',
    asOf: '2020-12-20',
    quote:
      'Thus, 11 resolutions adopted by the House of Representatives of the Dutch Parliament since October 7 on the situation in the region, being unilateral, reflect unfounded and biased claims, openly expressing an anti-Azerbaijani and anti-Turkish position.',
    kind: "news report of a party's statement",
    scope:
      'All Nagorno-Karabakh motions adopted by the Tweede Kamer from 7 October to about 17 December 2020, of every kind.',
    note: 'Caucasian Knot (https://eng.kavkaz-uzel.eu/articles/53138, 21 December 2020) reports the same 11.',
    retrievedWith:
      'search(corpus="pages", query="Dutch parliament adopts motions sanctions Azerbaijan Turkey Nagorno-Karabakh trilateral statement November 2020 Armenian news") -> https://en.trend.az/azerbaijan/politics/3352760.html',
  },
  {
    id: 'dutch-sanction-proposals-3',
    about: [
      {
        dataset: 'parliamentary-votes',
        row: 'dutch-sanction-proposals',
      },
    ],
    printed: '3 moties',
    value: 3,
    low: 3,
    high: 3,
    qualifier: 'exact',
    unit: 'proposals',
    publisher: 'The Netherlands Diary (press release of the Armenian organisations SAO/FAON)',
    title: 'Armeense gemeenschap houdt “Stille Wacht” bij Tweede Kamer',
    url: 'https://www.nidoragir.com/2020/10/armeense-gemeenschap-houdt-stille-wacht.html',
    published: '2020-10-08',
    publishedBasis: 'Shown in the text of the document as read.',
    asOf: '2020-10-06',
    quote:
      'De Nederlandse politiek kon zich in het debat van 6 oktober, ter voorbereiding van de vergadering van Raad van Ministers van Buitenlandse Zaken van de EU a.s. maandag, verenigen op 3 moties.',
    kind: 'independent news reporting',
    scope:
      "Three motions adopted after the 6 October 2020 debate (condemning Turkey's war rhetoric, an OSCE inquiry into foreign interference, ...): a different date, and not all are sanctions calls.",
    note: "Published by Armenian community organisations in the Netherlands (not neutral). Shown because the report's 'three proposals' may refer to an October count; not established.",
    retrievedWith:
      'search(corpus="pages", query=""In stemming komt de motie" 35570-V Nagorno-Karabach "De voorzitter: Ik constateer dat" aangenomen Turkije wapenexport") -> https://www.nidoragir.com/2020/10/armeense-gemeenschap-houdt-stille-wacht.html',
  },
  {
    id: 'dutch-trilateral-proposals-1',
    about: [
      {
        dataset: 'parliamentary-votes',
        row: 'dutch-trilateral-proposals',
      },
    ],
    kind: 'none found',
    unit: 'proposals',
    scope: 'Official count of adopted Tweede Kamer motions on the trilateral statement.',
    note: 'Not found. Searches: search(corpus="pages", query="Tweede Kamer moties aangenomen sancties Turkije Azerbeidzjan Nagorno-Karabach november 2020"); search(corpus="pages", query="Dutch parliament adopts motions sanctions Azerbaijan Turkey Nagorno-Karabakh trilateral statement November 2020 Armenian news"); search(corpus="pages", query="tkconv stemmingen moties Nagorno-Karabach begroting Buitenlandse Zaken 17 november 2020 aangenomen persoonsgerichte sancties Aliyev"); search(corpus="pages", query="Uitvoering van alle moties gerelateerd aan het conflict in en rond Nagorno-Karabach motie persoonsgerichte sancties 17 november 2020 Kamerstuk 35570 V"); search(corpus="pages", query="stemmingsuitslagen Tweede Kamer 17 november 2020 motie Van Helvert Voordewind persoonsgerichte sancties Aliyev aangenomen voor stemden"). The plenary record of 17 November 2020 (tweedekamer.nl) and the minister\'s letter of 4 November 2021 listing all adopted Nagorno-Karabakh motions (Kamerstuk 21 501-02 nr. 2423) were found, but the retrieved excerpts did not reach the votes.',
    searches: [
      'Tweede Kamer moties aangenomen sancties Turkije Azerbeidzjan Nagorno-Karabach november 2020',
      'Dutch parliament adopts motions sanctions Azerbaijan Turkey Nagorno-Karabakh trilateral statement November 2020 Armenian news',
      'tkconv stemmingen moties Nagorno-Karabach begroting Buitenlandse Zaken 17 november 2020 aangenomen persoonsgerichte sancties Aliyev',
      'Uitvoering van alle moties gerelateerd aan het conflict in en rond Nagorno-Karabach motie persoonsgerichte sancties 17 november 2020 Kamerstuk 35570 V',
      'stemmingsuitslagen Tweede Kamer 17 november 2020 motie Van Helvert Voordewind persoonsgerichte sancties Aliyev aangenomen voor stemden',
    ],
    searchedOn: '2026-12-02',
  },
  {
    id: 'azerbaijanis-expelled-1',
    about: [
      {
        dataset: 'displacement-and-territory',
        row: 'azerbaijanis-expelled',
      },
    ],
    printed: '652,326 IDPs',
    value: 652326,
    low: 652326,
    high: 652326,
    qualifier: 'exact',
    unit: 'people',
    publisher: 'IOM Azerbaijan (via ReliefWeb)',
    title: 'IOM Azerbaijan: Nagorno-Karabakh Conflict - Situation Update (08 October 2020)',
    url: 'https://reliefweb.int/report/azerbaijan/iom-azerbaijan-nagorno-karabakh-conflict-situation-update-08-october-2020',
    published: '2020-10-08',
    publishedBasis: 'Shown in the text of the document as read.',
    asOf: '2020-10',
    quote: 'According to government figures, there are still 652,326 IDPs in the country.',
    kind: 'international organisation',
    scope:
      "Azerbaijan's registered IDPs in 2020 (government figure quoted by IOM): internally displaced only, excludes refugees from Armenia, includes children born in displacement.",
    note: "The figure is the government's; IOM quotes it.",
    retrievedWith:
      'search(corpus="pages", query="IDMC Azerbaijan internally displaced persons Nagorno-Karabakh conflict total number IDPs end of 2020") -> https://reliefweb.int/report/azerbaijan/iom-azerbaijan-nagorno-karabakh-conflict-situation-update-08-october-2020',
  },
  {
    id: 'azerbaijanis-expelled-2',
    about: [
      {
        dataset: 'displacement-and-territory',
        row: 'azerbaijanis-expelled',
      },
    ],
    printed: '351,000',
    value: 351000,
    low: 351000,
    high: 351000,
    qualifier: 'exact',
    unit: 'people',
    publisher: 'IOM Azerbaijan (via ReliefWeb), citing IDMC',
    title: 'IOM Azerbaijan: Nagorno-Karabakh Conflict - Situation Update (08 October 2020)',
    url: 'https://reliefweb.int/report/azerbaijan/iom-azerbaijan-nagorno-karabakh-conflict-situation-update-08-october-2020',
    published: '2020-10-08',
    publishedBasis: 'Shown in the text of the document as read.',
    asOf: '2019-12-31',
    quote:
      'As a result of this conflict since 1991, Azerbaijan has a significant population of internally displaced persons (IDPs), with the International Displacement Monitoring Centre (IDMC) putting the estimated number of people living in protracted displacement and who have outstanding needs with regards to access to housing at 351,000 as of the end of 2019.',
    kind: 'independent research body',
    scope:
      "IDMC's count of people still in protracted displacement with outstanding housing needs at end 2019: a narrower measure than people ever expelled.",
    note: 'IDMC figure quoted by IOM.',
    retrievedWith:
      'search(corpus="pages", query="IDMC Azerbaijan internally displaced persons Nagorno-Karabakh conflict total number IDPs end of 2020") -> https://reliefweb.int/report/azerbaijan/iom-azerbaijan-nagorno-karabakh-conflict-situation-update-08-october-2020',
  },
  {
    id: 'azerbaijanis-expelled-3',
    about: [
      {
        dataset: 'displacement-and-territory',
        row: 'azerbaijanis-expelled',
      },
    ],
    printed: '600,000 (1990)',
    value: 600000,
    low: 600000,
    high: 600000,
    qualifier: 'exact',
    unit: 'people',
    publisher: 'IDMC (Global Overview 2010, on Refworld)',
    title: 'Internal Displacement: Global Overview of Trends and Developments in 2010 - Azerbaijan',
    url: 'https://www.refworld.org/reference/annualreport/idmc/2011/en/78541',
    published: '2011-03-23',
    publishedBasis:
      'The Refworld record of the same document (archived 1 November 2019, webarchive.archive.unhcr.org) gives “Publication Date 23 March 2011”.',
    asOf: '2010-12-31',
    quote: 'Peak number of IDPs (Year)600,000 (1990)',
    kind: 'independent research body',
    scope: "IDMC's peak number of internally displaced people (internal only; refugees from Armenia not included).",
    note: "Quote copied as extracted (table cells run together). Same page: 'Up to 593,000' IDPs at end 2010.",
    retrievedWith:
      'search(corpus="pages", query="IDMC Azerbaijan internally displaced persons Nagorno-Karabakh conflict total number IDPs end of 2020") -> https://www.refworld.org/reference/annualreport/idmc/2011/en/78541',
  },
  {
    id: 'victims-of-occupation-1',
    about: [
      {
        dataset: 'displacement-and-territory',
        row: 'victims-of-occupation',
      },
    ],
    printed: 'more than one million Azerbaijanis',
    value: 1000000,
    low: 1000000,
    high: null,
    qualifier: 'over',
    unit: 'people',
    publisher: 'Azernews',
    title: '(title not shown; by Ayya Lmahamad)',
    url: 'https://www.azernews.az/karabakh/170102.html',
    published: '2020-10-06',
    publishedBasis: 'Shown in the text of the document as read.',
    asOf: '2020-10-06',
    quote:
      'The appeals state that for more than thirty years as a result of the Armenian occupation of Nagorno-Karabakh region and seven adjacent regions of Azerbaijan and the policy of ethnic cleansing more than one million Azerbaijanis were forced to leave their native lands.',
    kind: "news report of a party's statement",
    scope:
      "Azerbaijan's Prosecutor General's appeals to international organisations: people forced to leave, a lower bound where the report gives an upper bound ('up to a million victims').",
    note: null,
    retrievedWith:
      'search(corpus="pages", query="Azerbaijan Prosecutor General civilians killed Armenian attacks 100 civilians 44-day war") -> https://www.azernews.az/karabakh/170102.html',
  },
  {
    id: 'victims-of-occupation-2',
    about: [
      {
        dataset: 'displacement-and-territory',
        row: 'victims-of-occupation',
      },
    ],
    printed: 'around one million Azerbaijanis',
    value: 1000000,
    low: 1000000,
    high: 1000000,
    qualifier: 'about',
    unit: 'people',
    publisher: 'Azernews',
    title: '(title not shown; by Abdul Kerimkhanov)',
    url: 'https://www.azernews.az/karabakh/160727.html',
    published: '2020-01-17',
    publishedBasis: 'Shown in the text of the document as read.',
    asOf: '2020-01-16',
    quote:
      'He also said that the expulsion of around one million Azerbaijanis from their homes due to the occupation presents a social burden to the country.',
    kind: "news report of a party's statement",
    scope: "Azerbaijan's Deputy Prime Minister Ali Ahmadov: people expelled, about one million.",
    note: null,
    retrievedWith:
      'search(corpus="pages", query="occupied territories share of Azerbaijan grain production Soviet period percent agriculture Karabakh districts economy before occupation") -> https://www.azernews.az/karabakh/160727.html',
  },
  {
    id: 'victims-of-occupation-3',
    about: [
      {
        dataset: 'displacement-and-territory',
        row: 'victims-of-occupation',
      },
    ],
    printed: 'about a million',
    value: 1000000,
    low: 1000000,
    high: 1000000,
    qualifier: 'about',
    unit: 'people',
    publisher:
      'docslib.org (copy of a ResearchGate preprint by Ali Askerov, University of North Carolina at Greensboro)',
    title: 'The Nagorno Karabakh Conflict- The Beginning of the Soviet End',
    url: 'https://docslib.org/doc/2930311/the-nagorno-karabakh-conflict-the-beginning-of-the-soviet-end-ali-askerov',
    published: '2020-02',
    publishedBasis: 'Month only: the preprint’s own date (February 2020) as the mirror shows it.',
    asOf: null,
    quote: 'The war has left over 30,000 casualties and about a million refugees and internally displaced people.',
    kind: 'independent research body',
    scope: 'Refugees and IDPs on both sides of the first war combined (not only Azerbaijanis).',
    note: "Academic preprint (February 2020) in a document-sharing mirror; not an institute's publication.",
    retrievedWith:
      'search(corpus="pages", query="Armenian-held territory proportion of Azerbaijan\'s land area percent claim exaggerated "per cent of Azerbaijan" Crisis Group Nagorno-Karabakh risking war") -> https://docslib.org/doc/2930311/the-nagorno-karabakh-conflict-the-beginning-of-the-soviet-end-ali-askerov',
  },
  {
    id: 'territory-occupied-share-1',
    about: [
      {
        dataset: 'displacement-and-territory',
        row: 'territory-occupied-share',
      },
    ],
    printed: 'about 16 percent',
    value: 16,
    low: 16,
    high: 16,
    qualifier: 'about',
    unit: '%',
    publisher:
      'docslib.org (copy of a ResearchGate preprint by Ali Askerov, University of North Carolina at Greensboro)',
    title: 'The Nagorno Karabakh Conflict- The Beginning of the Soviet End',
    url: 'https://docslib.org/doc/2930311/the-nagorno-karabakh-conflict-the-beginning-of-the-soviet-end-ali-askerov',
    published: '2020-02',
    publishedBasis: 'Month only: the preprint’s own date (February 2020) as the mirror shows it.',
    asOf: '1993-12',
    quote:
      'By the end of 1993, Armenian armed forces managed to occupy seven Azerbaijani districts, in addition to the Nagorno Karabakh region, all of which constitute about 16 percent of Azerbaijani territory.',
    kind: 'independent research body',
    scope:
      "Share of Azerbaijan's territory (Nagorno-Karabakh plus seven districts, whole districts counted) occupied by end 1993.",
    note: 'Academic preprint in a mirror. No think-tank or IO percentage was found.',
    retrievedWith:
      'search(corpus="pages", query="Armenian-held territory proportion of Azerbaijan\'s land area percent claim exaggerated "per cent of Azerbaijan" Crisis Group Nagorno-Karabakh risking war") -> https://docslib.org/doc/2930311/the-nagorno-karabakh-conflict-the-beginning-of-the-soviet-end-ali-askerov',
  },
  {
    id: 'territory-occupied-share-2',
    about: [
      {
        dataset: 'displacement-and-territory',
        row: 'territory-occupied-share',
      },
    ],
    kind: 'none found',
    unit: '%',
    scope: "Independent (ICG, IO) estimate of the share of Azerbaijan's territory held by Armenian forces.",
    note: 'Not found in a retrievable passage. Searches: search(corpus="pages", query="Armenian forces occupied percent of Azerbaijan territory 13.6 percent not 20 percent estimate Nagorno-Karabakh seven districts"); search(corpus="pages", query="Armenian-held territory proportion of Azerbaijan\'s land area percent claim exaggerated "per cent of Azerbaijan" Crisis Group Nagorno-Karabakh risking war"). Groong (Armenian News Network, 1997, http://groong.com/ro/ro-19970917.html) discusses the inflation of the figure from Thomas Goltz\'s \'some 15%\' (1993) to \'up to 20%\' but its own computation was not in the excerpt.',
    searches: [
      'Armenian forces occupied percent of Azerbaijan territory 13.6 percent not 20 percent estimate Nagorno-Karabakh seven districts',
      'Armenian-held territory proportion of Azerbaijan\'s land area percent claim exaggerated "per cent of Azerbaijan" Crisis Group Nagorno-Karabakh risking war',
    ],
    searchedOn: '2026-12-02',
  },
  {
    id: 'occupation-duration-1',
    about: [
      {
        dataset: 'displacement-and-territory',
        row: 'occupation-duration',
      },
    ],
    printed: 'more than a quarter-century',
    value: 25,
    low: 25,
    high: null,
    qualifier: 'over',
    unit: 'years',
    publisher: 'Arkansas Democrat-Gazette (Associated Press)',
    title: 'Azerbaijan, Armenia troop toll tops 5,500 (title from URL slug)',
    url: 'https://www.arkansasonline.com/news/2020/dec/04/azerbaijan-armenia-troop-toll-tops-5500/',
    published: '2020-12-04',
    publishedBasis: 'Shown in the text of the document as read.',
    asOf: null,
    quote:
      'The hostilities ended Nov. 10 with a Russia-brokered peace deal that saw Azerbaijan reclaim the territories that Armenian forces had controlled for more than a quarter-century.',
    kind: 'independent news reporting',
    scope:
      "Duration of Armenian control of the districts returned in 2020 (1992–94 to 2020): over 25 years, against the report's 'up to 30 years'.",
    note: "Value 25 read from 'a quarter-century'.",
    retrievedWith:
      'search(corpus="pages", query="Azerbaijan Ministry of Defense servicemen killed 44-day war total 2,908") -> https://www.arkansasonline.com/news/2020/dec/04/azerbaijan-armenia-troop-toll-tops-5500/',
  },
  {
    id: 'occupation-duration-2',
    about: [
      {
        dataset: 'displacement-and-territory',
        row: 'occupation-duration',
      },
    ],
    printed: 'a quarter-century earlier',
    value: 25,
    low: 25,
    high: 25,
    qualifier: 'about',
    unit: 'years',
    publisher: 'International Crisis Group (copy on docslib.org)',
    title: 'Improving Prospects for Peace after the Nagorno-Karabakh War, Crisis Group Europe Briefing N°91',
    url: 'https://docslib.org/doc/4877060/improving-prospects-for-peace-after-the-nagorno-karabakh-war-crisis-group-europe-briefing-n%C2%B091-22-december-2020-page-2',
    published: '2020-12-22',
    publishedBasis: 'Shown in the text of the document as read.',
    asOf: '2020-11-10',
    quote:
      'The fighting saw Azerbaijan regain control of about one third of the Soviet-era Nagorno-Karabakh Autonomous Oblast and most of seven adjacent territories that Armenian forces had seized in the first Nagorno-Karabakh war a quarter-century earlier.',
    kind: 'independent research body',
    scope: "Time between the first war's seizures and the 2020 war: about 25 years.",
    note: "Mirror copy of the ICG briefing; ICG's own page not at hand. Same text: 'over 26 years of negotiations'.",
    retrievedWith:
      'search(corpus="pages", query="Crisis Group Nagorno-Karabakh 2020 war killed thousands soldiers civilians estimate death toll both sides") -> https://docslib.org/doc/4877060/improving-prospects-for-peace-after-the-nagorno-karabakh-war-crisis-group-europe-briefing-n%C2%B091-22-december-2020-page-2',
  },
  {
    id: 'gazakh-villages-1',
    about: [
      {
        dataset: 'displacement-and-territory',
        row: 'gazakh-villages',
      },
    ],
    printed: 'Seven villages of the Gazakh district',
    value: 7,
    low: 7,
    high: 7,
    qualifier: 'exact',
    unit: 'villages',
    publisher: 'Caspian News',
    title: 'Azerbaijani Presidential Aide Highlights Ongoing Occupation of Azerbaijani Villages by Armenia',
    url: 'https://caspiannews.com/news-detail/azerbaijani-presidential-aide-highlights-ongoing-occupation-of-azerbaijani-villages-by-armenia-2023-3-13-0/',
    published: '2023-03-14',
    publishedBasis: 'Shown in the text of the document as read.',
    asOf: '2023-03',
    quote:
      '“Seven villages of the Gazakh district and one village of Nakhchivan are still under [Armenian] occupation,” the Baku-based Report news service quotes Hajiyev as saying.',
    kind: "news report of a party's statement",
    scope: "Same claim, by the Azerbaijani President's foreign-policy aide Hikmat Hajiyev in March 2023.",
    note: 'Caption in the same article names the seven: Sofulu, Barkhudarli, Baganis Ayrım, Gizil Hajili, Yukhari Eskipara, Ashagi Eskipara, Kheyrimli.',
    retrievedWith:
      'search(corpus="pages", query="Azerbaijan Gazakh district villages under Armenian occupation since 1990s number of villages Baghanis Ayrum Ashaghi Askipara Kheyrimli Gizilhajili Yukhari Askipara Barkhudarly Sofulu") -> https://caspiannews.com/news-detail/azerbaijani-presidential-aide-highlights-ongoing-occupation-of-azerbaijani-villages-by-armenia-2023-3-13-0/',
  },
  {
    id: 'sadarak-villages-1',
    about: [
      {
        dataset: 'displacement-and-territory',
        row: 'sadarak-villages',
      },
    ],
    printed: 'one village of Nakhchivan',
    value: 1,
    low: 1,
    high: 1,
    qualifier: 'exact',
    unit: 'villages',
    publisher: 'Caspian News',
    title: 'Azerbaijani Presidential Aide Highlights Ongoing Occupation of Azerbaijani Villages by Armenia',
    url: 'https://caspiannews.com/news-detail/azerbaijani-presidential-aide-highlights-ongoing-occupation-of-azerbaijani-villages-by-armenia-2023-3-13-0/',
    published: '2023-03-14',
    publishedBasis: 'Shown in the text of the document as read.',
    asOf: '2023-03',
    quote:
      '“Seven villages of the Gazakh district and one village of Nakhchivan are still under [Armenian] occupation,” the Baku-based Report news service quotes Hajiyev as saying.',
    kind: "news report of a party's statement",
    scope: 'Same claim (Karki/Tigranashen), March 2023.',
    note: null,
    retrievedWith:
      'search(corpus="pages", query="Azerbaijan Gazakh district villages under Armenian occupation since 1990s number of villages Baghanis Ayrum Ashaghi Askipara Kheyrimli Gizilhajili Yukhari Askipara Barkhudarly Sofulu") -> https://caspiannews.com/news-detail/azerbaijani-presidential-aide-highlights-ongoing-occupation-of-azerbaijani-villages-by-armenia-2023-3-13-0/',
  },
  {
    id: 'gazakh-villages-2',
    about: [
      {
        dataset: 'displacement-and-territory',
        row: 'gazakh-villages',
      },
    ],
    printed: 'four villages',
    value: 4,
    low: 4,
    high: 4,
    qualifier: 'exact',
    unit: 'villages',
    publisher: 'Turan Information Agency',
    title: 'Is Pashinyan giving up Karki? (title from URL slug)',
    url: 'https://turan.az/en/difficult-question/is-pashinyan-giving-up-karki',
    published: '2024-08-23',
    publishedBasis: 'Shown in the text of the document as read.',
    asOf: '2024-05',
    quote:
      'As a result, Azerbaijan regained control of four villages in the Gazakh district: Baganis Ayrim, Ashagy Askipara, Kheyrimli, and Gyzyly Hajyly (6.5 km²).',
    kind: "news report of a party's statement",
    scope:
      "Four of the seven Gazakh villages returned to Azerbaijan through border demarcation in May 2024 (after the report), per the office of Azerbaijan's Deputy Prime Minister.",
    note: 'Later event, for context: the remaining three (Yukhari Askipara, Sofulu, Barkhudarly) are Soviet-era enclaves inside Armenia.',
    retrievedWith:
      'search(corpus="pages", query="Artsvashen Armenian exclave occupied by Azerbaijan Tigranashen Karki exchange Armenian position enclaves villages") -> https://turan.az/en/difficult-question/is-pashinyan-giving-up-karki',
  },
  {
    id: 'share-grain-revenues-1',
    about: [
      {
        dataset: 'agricultural-losses',
        row: 'share-grain-revenues',
      },
    ],
    printed: '14,3 percent of grain',
    value: 14.3,
    low: 14.3,
    high: 14.3,
    qualifier: 'exact',
    unit: '%',
    publisher: 'Azernews',
    title: '(title not shown; by Abdul Kerimkhanov)',
    url: 'https://www.azernews.az/karabakh/160727.html',
    published: '2020-01-17',
    publishedBasis: 'Shown in the text of the document as read.',
    asOf: null,
    quote:
      'The agriculture sector in Nagorno-Karabakh accounted for 14,3 percent of grain, 31,5 percent of grapevine, 14,5 percent of meat, 17,1 percent of milk, 19,3 percent of wool and 17 percent of silkworm farms produced in Azerbaijan prior to the war in the early 1990s.',
    kind: 'independent news reporting',
    scope:
      "Share of Azerbaijan's grain production (not revenues) from the occupied areas before the war; the report's footnoted figure is 24% of grain revenues. Meat (14.5% vs 18%) and milk (17.1% vs 34%) differ too.",
    note: "Azerbaijani outlet, figure not attributed to a named body; the same series appears on garabagh.net ('Eventually, 14,3% of grain, 31,5% of vine, 14,5% of meat, 17,1% of milk, 19,3 of wool and 17% of cocoon', http://garabagh.net/content_184_en.html). Decimal comma as printed; value 14.3.",
    retrievedWith:
      'search(corpus="pages", query="occupied territories share of Azerbaijan grain production Soviet period percent agriculture Karabakh districts economy before occupation") -> https://www.azernews.az/karabakh/160727.html',
  },
  {
    id: 'mineral-deposits-1',
    about: [
      {
        dataset: 'conflict-figures',
        row: 'mineral-deposits',
      },
    ],
    printed: '167 mineral deposits',
    value: 167,
    low: 167,
    high: 167,
    qualifier: 'exact',
    unit: 'deposits',
    publisher:
      "MENAFN (republishing Trend News Agency), quoting the Board Chairman of Azerbaijan's Geological Exploration Agency",
    title:
      'Azerbaijan Talks Re-Control Of Gold Deposits In Karabakh Following Anti-Terrorist Measures (title from URL slug)',
    url: 'https://menafn.com/1107462716/Azerbaijan-Talks-Re-Control-Of-Gold-Deposits-In-Karabakh-Following-Anti-Terrorist-Measures',
    published: '2023-11-21',
    publishedBasis: 'Shown in the text of the document as read.',
    asOf: '2023-11-21',
    quote:
      '"There are 167 mineral deposits in Karabakh and the surrounding territories. As a result of anti-terrorist measures, 143 mineral deposits were returned to us in 2020, and 23 deposits were returned following recent counter-terrorism operations.',
    kind: "news report of a party's statement",
    scope:
      "All deposits in Karabakh and surrounding territories (167), of which 143 came back under Azerbaijani control in 2020 and 23 in September 2023; the report's 163 refers to 'the previously occupied territories'.",
    note: "Mirror of a Trend report. 143 + 23 = 166, one short of 167, as printed. The deputy minister of ecology repeated 167 in July 2025 (https://www.trend.az/azerbaijan/society/4074012.html: '52 of the 167 mineral deposits owned by Azerbaijan had been brutally exploited').",
    retrievedWith:
      'search(corpus="pages", query="163 mineral deposits occupied territories Azerbaijan gold copper Ministry of Ecology and Natural Resources") -> https://menafn.com/1107462716/Azerbaijan-Talks-Re-Control-Of-Gold-Deposits-In-Karabakh-Following-Anti-Terrorist-Measures',
  },
  {
    id: 'iskander-m-range-1',
    about: [
      {
        dataset: 'distances-and-ranges',
        row: 'iskander-m-range',
      },
    ],
    printed: 'up to 500 kilometers',
    value: 500,
    low: null,
    high: 500,
    qualifier: 'up to',
    unit: 'km',
    publisher: 'Sputnik',
    title: '(title not shown in the retrieved excerpt)',
    url: 'https://sputniknews.com/russia/201704161052686011-russia-iskanders-peace/',
    published: '2017-04-16',
    publishedBasis: 'Shown in the text of the document as read.',
    asOf: null,
    quote:
      'The Iskander-M is a rapid-deployment tactical system designed for eliminating targets at a range of up to 500 kilometers.',
    kind: 'independent news reporting',
    scope: 'Same measure, as described by Russian state media.',
    note: 'Russian state-owned outlet.',
    retrievedWith:
      'search(corpus="pages", query="Iskander-M 9K720 range 500 km missile threat CSIS") -> https://sputniknews.com/russia/201704161052686011-russia-iskanders-peace/',
  },
  {
    id: 'war-begins-1',
    about: [
      {
        dataset: 'timeline',
        row: 'war-begins',
      },
    ],
    printed: 'On 27 September',
    value: null,
    low: null,
    high: null,
    qualifier: null,
    unit: 'date',
    publisher: 'European Commission DG ECHO (ECHO Daily Flash, via ReliefWeb)',
    title: 'Nagorno-Karabakh conflict – DG ECHO, ECHO Daily Flash of 30 September 2020 (title from URL slug)',
    url: 'https://reliefweb.int/report/armenia/nagorno-karabakh-conflict-dg-echo-echo-daily-flash-30-september-2020',
    published: '2020-09-30',
    publishedBasis: 'Shown in the text of the document as read.',
    asOf: '2020-09-27',
    quote:
      'On 27 September, heavy military clashes erupted between Armenia and Azerbaijan over the disputed territory of Nagorno-Karabakh.',
    kind: 'international organisation',
    scope:
      'Same start date (27 September 2020); the EU text does not say who started the fighting, whereas the report calls it an Armenian provocation.',
    note: 'Event row: the figure is a date, value null.',
    retrievedWith:
      'search(corpus="pages", query="27 September 2020 fighting erupted Nagorno-Karabakh Azerbaijan offensive began morning ACLED Crisis Group") -> https://reliefweb.int/report/armenia/nagorno-karabakh-conflict-dg-echo-echo-daily-flash-30-september-2020',
  },
  {
    id: 'war-begins-2',
    about: [
      {
        dataset: 'timeline',
        row: 'war-begins',
      },
    ],
    printed: 'on September 27, at about 06:00',
    value: null,
    low: null,
    high: null,
    qualifier: null,
    unit: 'date',
    publisher: "AZERTAC, quoting Azerbaijan's Prosecutor General's Office",
    title:
      "Prosecutor General's Office: By now 9 civilians have been hospitalized with various injuries (title from URL slug)",
    url: 'https://azertag.az/en/xeber/Prosecutor_Generals_Office_By_now_9_civilians_have_been_hospitalized_with_various_injuries-1596547',
    published: '2020-09-27',
    publishedBasis: 'Shown in the text of the document as read.',
    asOf: '2020-09-27',
    quote:
      '“As reported, on September 27, at about 06:00 the Armenian armed forces conducted a large-scale provocation along the entire front line.',
    kind: "news report of a party's statement",
    scope: "Azerbaijan's account: same date, start attributed to Armenia at about 06:00 local time.",
    note: 'Event row: value null.',
    retrievedWith:
      'search(corpus="pages", query="Prosecutor General\'s Office Azerbaijan 100 civilians killed 416 wounded Armenian shelling final statistics") -> https://azertag.az/en/xeber/Prosecutor_Generals_Office_By_now_9_civilians_have_been_hospitalized_with_various_injuries-1596547',
  },
  {
    id: 'war-begins-3',
    about: [
      {
        dataset: 'timeline',
        row: 'war-begins',
      },
    ],
    printed: 'Sunday, 27 September',
    value: null,
    low: null,
    high: null,
    qualifier: null,
    unit: 'date',
    publisher: 'commonspace.eu',
    title: 'Heavy fighting erupts in Karabakh (with updates)',
    url: 'https://commonspace.eu/index.php?m=23&news_id=5766',
    published: '2020-09-27',
    publishedBasis: 'Shown in the text of the document as read.',
    asOf: '2020-09-27',
    quote:
      'Heavy fighting erupted between Armenia and Azerbaijan in the Nagorno-Karabakh conflict zone on Sunday, 27 September.',
    kind: 'independent news reporting',
    scope: 'Same date; no attribution of who started.',
    note: 'Event row: value null.',
    retrievedWith:
      'search(corpus="pages", query="27 September 2020 fighting erupted Nagorno-Karabakh Azerbaijan offensive began morning ACLED Crisis Group") -> https://commonspace.eu/index.php?m=23&news_id=5766',
  },
];
