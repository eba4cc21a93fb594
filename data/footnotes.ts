/**
 * The report's footnotes, numbered as in the report, extracted mechanically from
 * ../shared/source/000_16256d2de4858fcf.txt (emphasis markers and conversion artifacts removed).
 * Footnote 33's number was lost in the conversion; it is the citation printed between footnotes 32 and 34.
 * Footnotes 7 and 34 read "Ibid."; the text here names what they refer back to.
 */
export const FOOTNOTES: Readonly<Record<number, string>> = {
  1: '"Statement by the OSCE Minsk Group Co-Chair Countries", OSCE Website, 10 July 2009, https://www.osce.org/mg/51152.',
  2: '"Nagorno-Karabakh: Risking War," International Crisis Group, Europe Report No. 187, 14 November 2007. For more information, see also International Crisis Group, "Armenia and Azerbaijan: A Season of Risks," Europe Briefing No. 71, 26 September 2013, https://www.crisisgroup.org/europe-central-asia/caucasus/armenia-and-azerbaijan-season-risks.',
  3: 'Mkrtchyan, A, "Пашинян подтвердил отказ Армении от «Мадридских принципов»", Azatutyun TV, 17 February 2020, rus.azatutyun. am/a/30439828 html.',
  4: '"Damage Caused by Armenia\'s Shelling to Villages of Tovuz and Civilians Being Evaluated", APA News Agency, 23 July 2020, https://apa.az/en/xeber/finance-news/Damage-caused-by-Armenia%27s-shelling-to-villages-of-Tovuz-and-civilians-being-evaluated-colorredPHOTOcolor-326409.',
  5: '"The Commander of the Sabotage-Reconnaissance Group of the Armed Forces of Armenia Taken Prisoner", Ministry of Defense of the Republic of Azerbaijan, 13 August 2020, https://mod.gov.az/en/news/the-commander-of-the-sabotage-reconnaissance-group-of-the-armed-forces-of-armenia-taken-prisoner-31949.html.',
  6: 'Esmira Jafarova, "Russian Military Shipments to Armenia: A Dangerous Escalation?", Euractiv, 31 August 2020, https://www.euractiv.com/section/azerbaijan/opinion/russian-military-shipments-to-armenia-a-dangerous-escalation/.',
  7: 'Ibid. (that is, footnote 6: Esmira Jafarova, "Russian Military Shipments to Armenia: A Dangerous Escalation?", Euractiv, 31 August 2020, https://www.euractiv.com/section/azerbaijan/opinion/russian-military-shipments-to-armenia-a-dangerous-escalation/.)',
  8: '"Ilham Aliyev Delivered a Speech at General Debates of 75th Session of United Nations General Assembly in a Video Format", Official Website of the President of the Republic of Azerbaijan, 24 September 2020, https://en.president.az/articles/40937.',
  9: 'Ruslan Rehimov, "Armenian Attack Kills 12 Civilians in Ganja, Azerbaijan", Anadolu Agency, 17 October 2020, www.aa.com.tr/en/azerbaijan-front-line/armenian-attack-kills-12-civilians-in-ganja-azerbaijan/2009288',
  10: 'Leonid Nersisyan, "Армения получила от России «Искандер»: Азербайджан может забыть про Карабах" ("Armenia Received Iskander From Russia: Azerbaijan Can Forget About Karabakh"), Regnum, 17 September 2016, regnum.ru/news/polit/2180732.html.',
  11: '"Remains of "Iskander" Missiles, Used by Armenia against Azerbaijan, Being Demonstrated", APA News Agency, 2 April 2021, apa.az/en/xeber/azerbaijan-army-azerbaijani-armed-forces/Remains-of-Iskander-missiles-used-by-Armenia-against-Azerbaijan-being-demonstrated-345870.',
  12: '"Statement by President of the Republic of Azerbaijan, Prime Minister of the Republic of Armenia and President of The Russian Federation", Website of the President of the Russian Federation, 10 November 2020, en.kremlin.ru/events/president/news/64384.',
  13: '"Statement by President of the Republic of Azerbaijan, Prime Minister of the Republic of Armenia and President of the Russian Federation", Website of the President of the Russian Federation, 10 November 2020, http://en.kremlin.ru/events/president/news/64384.',
  14: '"Azerbaijani Journalists, Official Killed in Landmine Explosion", AlJazeera, 4 June 2021, https://www.aljazeera.com/news/2021/6/4/azerbaijani-journalists-official-killed-in-kalbajar-blast.',
  15: 'Burak Dağ, "Azerbaijan Releases 15 Armenian Detainees in Exchange for Maps of Mines", Anadolu Agency, 13 June 2021, www.aa.com.tr/en/world/azerbaijan-releases-15-armenian-detainees-in-exchange-for-maps-of-mines/2271849.',
  16: 'Mushvig Mehdiyev, "Azerbaijan Receives Maps of 92,000 Armenian Mines in Karabakh Region", Caspian News, 5 July 2021, caspiannews.com/news-detail/azerbaijan-receives-maps-of-92000-armenian-mines-in-karabakh-region-2021-7-5-0/',
  17: '"President Ilham Aliyev Was Interviewed By CNN Turk TV Channel", APA News Agency, 14 August 2021, apa.az/en/xeber/official-news/president-ilham-aliyev-was-interviewed-by-cnn-turk-tv-channel-full-text-355814.',
  18: 'Robert Kocharian, «Из-за действий правительства, серьезно страдает репутация Фонда «Айастан»» ("The Reputation of the Hayastan Foundation is Seriously Affected by The Government\'s Actions"), Erkramas, 16 March 2021, yerkramas.org/article/180809/iz-za-dejstvij-pravitelstva-serezno-stradaet-reputaciya-fonda-%C2%ABajastan%C2%BB.',
  19: '"France\'s National Assembly Recognizes Artsakh", Asbarez, 3 December 2021, https://asbarez.com/frances-national-assembly-recognizes-artsakh/.',
  20: '"Belgian Federal Parliament Demands from Azerbaijan Withdrawal of Troops from Artsakh", Armlnfo, 18 December 2021, https://arminfo.info/full_news.php?id=59429&lang=3&__cf_chl_jschl_tk__=pmd_t_2WhNOln71VcXDwqNKTw8JSJ5JeKMeoj8kidOJ6NBQ-1630915644-0-gqNtZGzNAjujcnBszQe9',
  21: '«В Союзе армян России состоялось собрание общественности под председательством Ара Абрамяна» ("A Public Meeting was Held at the Union of Armenians of Russia Under the Chairmanship of Ara Abrahamyan"), Union of Armenians of Russia, SAR, 10 November 2020, sarinfo.org/news/novosti-sar/v-soyuze-armyan-rossii-sostoyalos-sobranie-obschestvennosti-pod-predsedatelstvom-ara-abramyana.html.',
  22: "«Структуры Диаспоры также требуют отставки Пашиняна» ('Diaspora Structures also Demand Pashinyan's Resignation'), Erkramas, 25 November 2020, yerkramas.org/article/176989/struktury-diaspory-takzhe-trebuyut-otstavki-pashinyana.",
  23: '«Ты тоже предатель: московские армяне ответили Армену Саркисяну» ("You are also a traitor: Moscow Armenians answered Armen Sargsyan"), Erkramas, 28 November 2020, yerkramas.org/article/177134/ty-tozhe-predatel-moskovskie-armyane-otvetili-armenu-sarkisyanu.',
  24: 'Contreras, R. L., "Apparently @algalitsky of @ANCA_DC has deleted his tweet supporting pro-Russian Kocharyan. But I have the screenshot. Enjoy!", Twitter, 14 May 2021, twitter.com/sdrlc/status/1392988628729569281?s=1005.',
  25: '"Армяне США не стали встречаться с Заре Синаняном" ("US Armenians did not Meet with Zareh Sinanyan"), Erkrarmas, 11 May 2021, https://yerkramas.org/article/182384/armyane-ssha-ne-stali-vstrechatsya-s-zare-sinanyanom.',
  26: '"ANC International Criticizes Foreign Minister for Remarks on Turkey", Armenian Revolutionary Federation, 12 February 2021, www.arfd.am/eng/news/7917/.',
  27: 'Abilov, S. and Isayev, I., "The Consequences of the Nagorno-Karabakh War for Azerbaijan and the Undeniable Reality of Khojaly Massacre: A View From Azerbaijan", Polish Political Science Yearbook, 45 (2016), 291-303, available at marszalek.com.pl/yearbook/docs/45/ppsy2016022.pdf.',
  28: '"Azerbaijan: Recent Economic Developments", International Monetary Fund (IMF) Country Report No. 95/119, 19 December 1995, www.imf. org/en/Publications/CR/Issues/2016/12/30/Azerbaijan-Recent-Economic-Developments-624.',
  29: '"Exploitation of Natural Resources on the Territories of Azerbaijan Occupied by Armenia should be on the Agenda of the World Community", AzerTac, 24 July 2020, azertag.az/en/xeber/Exploitation_of_natural_resources_on_the_territories_of_Azerbaijan_occupied_by_Armenia_should_be_on_the_agenda_of_the_world_community_VIDEO-1545511.',
  30: 'Bayramova, A., "Regional nəqliyyat-kommunikasiya sisteminin yeni qovşağı - Naxçıvan MR" ("New Junction of the Regional Transport and Communication System - Nakhchivan AR", Milli.az, 14 November 2020, news.milli.az/economy/897251.html.',
  31: '"Railway To Nakhchivan From Kars", Rayhaber, 14 November 2020, https://en.rayhaber.com/2020/11/karstan-nahcivana-demiryolu-yapilacak/.',
  32: 'Iskandaryan, A., "The Second Karabakh War, or the First post-post-Soviet War", Institute for Security Policy Working Paper, 2020, available at www.institutfuersicherheit.at/wp-content/uploads/2020/12/ISP-Working-Paper-Alexander-ISKANDARYAN-The-Second-Karabakh-War-or-the-First-Post-Post-Soviet-War.pdf (Accessed: 1 September 2021).',
  33: 'Thomas, N., Jamison, M, Gomber, K., and Walton, D., "What the United States Military Can Learn from the Nagorno-Karabakh War", Small Wars Journal, 4 April 2021 available at smallwarsjournal.com/jrnl/art/what-united-states-military-can-learn-nagorno-karabakh-war (Accessed: September 1, 2021).',
  34: 'Ibid. (that is, footnote 33: Thomas, N., Jamison, M, Gomber, K., and Walton, D., "What the United States Military Can Learn from the Nagorno-Karabakh War", Small Wars Journal, 4 April 2021 available at smallwarsjournal.com/jrnl/art/what-united-states-military-can-learn-nagorno-karabakh-war (Accessed: September 1, 2021).)',
};

/** The source a footnote cites, for a row's `source` field. */
export function fn(n: number): string {
  const text = FOOTNOTES[n];
  if (text === undefined) throw new Error(`footnote ${n} does not exist`);
  return text;
}
