/**
 * Word pools for the synthetic pages and dictionaries. Ordered roughly by frequency in English news
 * text (the page generator samples them with a Zipf law), so common words such as "the" and "of"
 * are as frequent as on a real page; several of them also start real aliases ("the", "national").
 */

export const COMMON = `the of and to a in that is for on was with he it as said by at from his be have has
are an not but were they this had their will who been would which its after more one also or about new
over than when government people there first she two year can out last up president minister other into
told state all we some country years officials only what police after against could military time over
while week forces our under security between no so because since report now people before public there
war group three former may during many where made most world several including them if just those any
law told back political day made them us even city help according support million still says national
attack month against news how your official region leader part border talks killed should health her
recent region being local both then agency percent local did him south north east west spokesman
statement foreign power party election economic court later added very another through members right
next four today early across called around long general office five high five policy program without
process data companies market company international plan workers money family children women men young
least away among based months days hours peace deal ceasefire control took way want need take make went
come came going get got good well much own such see seen found known given left held led set put run
used show shown says asked called reports country's ministry troops fighting rebels civilians aid
refugees camps border crossing capital province district village town streets protest protesters vote
voters campaign opposition ruling coalition parliament senate congress budget tax taxes prices inflation
oil gas energy climate water food crisis emergency hospital doctors school schools students teachers
research study studies data evidence experts analysts investors banks bank trade tariffs exports imports
sanctions embassy envoy summit meeting meetings negotiations agreement treaty alliance allies weapons
missile missiles drone drones strike strikes air airport port ship ships sea coast island islands river
bridge road railway train trains cars car building buildings fire floods storm earthquake victims dead
injured wounded arrested charged trial judge prosecutors lawyers case cases rights freedom press media
journalists journalist editor newspaper television radio online internet social platform platforms
technology software phone phones users network networks service services industry industries factory
jobs unemployment wages union unions strike workers' pension pensions reform reforms policy policies`
  .split(/\s+/)
  .filter(Boolean);

/** First names and surnames, for people mentioned in the text (capitalised words that are not aliases). */
export const FIRST_NAMES = `James Maria Ahmed Olga Chen Fatima John Elena Omar Sarah David Aisha Pierre Ana Mohammed Laura Ivan
Yuki Carlos Nadia Peter Amina Lucas Sofia Hassan Emma Daniel Leila Thomas Ingrid Rami Julia Samuel Noor Viktor Hana Pablo
Grace Kofi Mei Andrei Zara Luis Irina Tariq Claire Mateo Selin Arjun Freya`.split(/\s+/).filter(Boolean);

export const SURNAMES = `Smith Johnson Garcia Ivanova Wang Khan Dubois Rossi Nakamura Silva Hoffmann Kowalski Haddad Petrov
Okafor Lindqvist Moreau Novak Santos Yilmaz Abdullah Fischer Bianchi Kim Patel Murphy Larsen Costa Nowak Schmidt Tanaka
Alvarez Mensah Horvat Jensen Sato Ali Popescu Kovacs Eriksson Reyes Morales Weber Ahmadi Cohen Levy Greene Walsh Byrne
Harlow Finch Kessler Ashdown Marlow Pendry Vance Hale Thorne Whitlock Ainsley Crane`.split(/\s+/).filter(Boolean);

export const PLACES = `Aleppo Damascus Beirut Baghdad Cairo Tripoli Tunis Algiers Rabat Khartoum Nairobi Addis Lagos Accra Dakar
Kinshasa Luanda Harare Lusaka Maputo Johannesburg London Paris Berlin Madrid Rome Vienna Prague Warsaw Budapest Bucharest
Sofia Athens Ankara Istanbul Tehran Kabul Islamabad Delhi Mumbai Dhaka Colombo Kathmandu Yangon Bangkok Hanoi Manila Jakarta
Kuala Lumpur Singapore Beijing Shanghai Seoul Tokyo Taipei Moscow Kyiv Minsk Tbilisi Yerevan Baku Tashkent Almaty Riyadh Doha
Dubai Muscat Amman Jerusalem Gaza Sanaa Aden Mosul Basra Homs Idlib Raqqa Kirkuk Erbil Benghazi Misrata Mogadishu Juba Goma
Bamako Niamey Ouagadougou Caracas Bogota Lima Quito Santiago Brasilia Havana Mexico Ottawa Toronto Chicago Boston Geneva Brussels
Strasbourg Lyon Marseille Hamburg Munich Milan Naples Porto Lisbon Dublin Glasgow Cardiff Belfast Oslo Stockholm Helsinki
Copenhagen Riga Tallinn Vilnius Baltic Caspian Adriatic Andean Sahel Levant Balkan Caucasus Pacific Atlantic Nordic Iberian
Anatolian Arabian Bengal Danube Rhine Nile Mekong Zambezi Amazon Orinoco Highland Lowland Coastal Northern Southern Eastern
Western Central Upper Lower`.split(/\s+/).filter(Boolean);

export const ADJECTIVES = `National Federal Royal Independent Democratic Popular United Free Revolutionary Islamic Socialist
Liberal Conservative Progressive Patriotic Republican Civic Peoples International Global Regional Continental European African
Arab Asian American Atlantic Pacific Northern Southern Eastern Western Central General Supreme Joint Permanent Provisional
Interim Special Strategic Economic Social Cultural Scientific Medical Legal Public Private Cooperative Mutual Ecumenical
Humanitarian Environmental Maritime Aerospace Agricultural Industrial Commercial Financial Monetary Fiscal Judicial
Electoral Constitutional Parliamentary Military Naval Civil Rural Urban Metropolitan Municipal Provincial Territorial
Standing Emergency Unified Allied Sovereign Reformed Orthodox Evangelical Secular Green Red Blue White Black Golden Silver New
Old Grand Greater First Second Third`.split(/\s+/).filter(Boolean);

export const FIELDS = `Human Rights|Press Freedom|Energy|Water|Trade|Development|Peace|Security|Defence|Justice|Labour|Health|
Education|Science|Technology|Agriculture|Fisheries|Forestry|Mining|Oil|Gas|Nuclear Safety|Climate|Environment|Refugees|
Migration|Children|Women|Youth|Veterans|Workers|Farmers|Teachers|Doctors|Nurses|Journalists|Lawyers|Engineers|Students|
Pensioners|Consumers|Tenants|Housing|Transport|Aviation|Shipping|Railways|Telecommunications|Broadcasting|Publishing|
Culture|Heritage|Sport|Tourism|Finance|Banking|Insurance|Investment|Industry|Commerce|Enterprise|Innovation|Reconstruction|
Relief|Disaster Response|Public Health|Food Security|Clean Air|Ocean Protection|Wildlife|Democracy|Transparency|
Accountability|Anti-Corruption|Civil Liberties|Digital Rights|Privacy|Disarmament|Arms Control|Conflict Studies|
Strategic Studies|Policy Research|Economic Research|Social Research|Middle East Studies|African Studies|Asian Studies|
European Affairs|Foreign Relations|International Affairs|Global Governance|Rule of Law|Independence|Liberation|Resistance|
Unity|Solidarity|Reform|Renewal|Progress|Prosperity|Sovereignty|Self-Determination`
  .split('|')
  .map((s) => s.trim())
  .filter(Boolean);

export const TYPES = `Union|Council|Institute|Foundation|Agency|Front|Party|Movement|Bank|Group|Holdings|Authority|
Commission|Association|Network|Alliance|Corporation|Centre|Center|Committee|Federation|Confederation|League|Society|Trust|
Fund|Forum|Observatory|Monitor|Watch|Coalition|Assembly|Congress|Bureau|Office|Directorate|Service|Ministry|Department|
Brigade|Brigades|Battalion|Army|Guard|Militia|Forces|Corps|Legion|Press|News Agency|Broadcasting Corporation|Radio|
Television|Times|Herald|Tribune|Gazette|Post|Daily|Media Group|Capital|Partners|Industries|Energy|Airlines|Shipping Lines|
Motors|Pharmaceuticals|Telecom|Systems|Laboratories|Academy|University|College|Initiative|Project|Campaign|Mission|
Programme|Council of Elders|Chamber of Commerce|Trade Union|Workers' Party`
  .split('|')
  .map((s) => s.trim())
  .filter(Boolean);

/** Syllables for coined brand names ("Veltrona", "Osmira"): one-word aliases, as many companies have. */
export const SYLLABLES = `vel tro na os mi ra ka lin dor ex an tis mar co ven ta zu ri lo gen ar ix ol ba nex cor sol tek
qua ny va ro sen del fi ma ter pol lux ion dra ke mo sa vi tu`.split(/\s+/).filter(Boolean);

/** Words not to use as the sole word of an alias (they would match every page). */
export const STOP = new Set(COMMON.slice(0, 200).map((w) => w.toLowerCase()));
