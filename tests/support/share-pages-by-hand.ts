/**
 * Every share page a reader can be sent, written by hand, never read from the build or from src: its id, the part it
 * shows (an old id shows its live part), the title it carries and the words its description is cut from. An article
 * section's words are its first sentence as content/article.md has it; our own sections' and the charts' are what
 * the page says of them, their numbers worked out from the report (25 paragraphs received, 12 of them repeats; 13
 * dated events from 2010 to the Wednesday after the talks).
 */
export interface SharePageByHand {
  id: string;
  live: string;
  kind: 'section' | 'chart';
  title: string;
  words: string;
}

const section = (id: string, title: string, words: string): SharePageByHand => ({ id, live: id, kind: 'section', title, words });
const chart = (id: string, title: string, words: string): SharePageByHand => ({ id, live: id, kind: 'chart', title, words });

const deals = chart(
  'chart-deals',
  'What the $4 billion is made of',
  'The delivery now under way, around $1 billion, is about 25% of the total Aliyev gave; with the Mi-35 deal of 2010, $360 million, it leaves about $2.64 billion that the report does not itemise.',
);

/** The share pages in reading order: the page's sections, then its charts, then the old ids kept for links already shared. */
export const SHARE_PAGES_BY_HAND: readonly SharePageByHand[] = [
  section(
    'key-figures',
    'Key figures',
    '$4 billion: Russian–Azerbaijani arms cooperation since 2010, in Aliyev’s words; $15 million: per Mi-35 gunship, from the combined price (derived); almost 30 times: the rise in Azerbaijan’s military spending under Aliyev',
  ),
  section(
    'about-this-text',
    'About this text',
    'The report by Azatutyun (RFE/RL’s Armenian Service), word for word: 25 paragraphs received, 12 accidental repeats removed, 13 paragraphs kept in order.',
  ),
  section(
    'aliyev-signals-more-purchases',
    'Aliyev signals more purchases',
    'Azerbaijani President Ilham Aliyev signaled his country’s plans to buy more weapons from Russia after talks with his Russian counterpart Vladimir Putin held in Baku on Tuesday.',
  ),
  section(
    'the-deliveries-already-under-way',
    'The deliveries already under way',
    'Aliyev referred to a recent revelation by the Russian press that Moscow has begun delivering around $1 billion worth of offensive weapons to Baku in accordance with defense contracts signed two years ago.',
  ),
  section(
    'putins-visit-and-the-arms-exporter',
    'Putin’s visit and the arms exporter',
    'Incidentally, Anatoly Isaykin, Rosoboronexport’s chief executive, was among Russian officials that accompanied Putin during what was his first trip to Azerbaijan in seven years.',
  ),
  section(
    'earlier-sales-air-defence-and-helicopters',
    'Earlier sales: air defence and helicopters',
    'The $1 billion deal revealed by “Vedomosti” in June was preceded by other significant Russian arms sales to Armenia’s arch-foe.',
  ),
  section(
    'where-moscow-said-no',
    'Where Moscow said no',
    '“Nezavisimaya Gazeta,” another major Russian daily, reported in January that Putin cancelled the planned delivery of a third S-300 division to Baku after the latter refused to extend Moscow’s lease on a Soviet-era radar station in northern Azerbaijan late last year.',
  ),
  section(
    'alarm-in-armenia',
    'Alarm in Armenia',
    'Aliyev on Tuesday did not specify the types of more Russian weaponry which his government plans or wants to acquire.',
  ),
  section(
    'russias-supplies-to-armenia',
    'Russia’s supplies to Armenia',
    'Russian arms supplies to Armenia, mostly carried out free of charge, appear to have intensified in the last few years.',
  ),
  section(
    'bakus-build-up-and-putins-warning',
    'Baku’s build-up and Putin’s warning',
    'Russian assistance thus remains vital for Armenian efforts to offset Azerbaijan’s massive military build-up.',
  ),
  section('timeline', 'Timeline of the events', '13 dated events in the report, from 2010 to 14 August 2013, each with the paragraph that dates it.'),
  deals,
  chart(
    'chart-mi35',
    'The Mi-35 deal: 24 gunships at $15 million each',
    '12 of them (50%) were reportedly delivered in 2011 and 2012; the report is silent on the rest.',
  ),
  chart(
    'chart-spending',
    'Military spending over Aliyev’s decade: almost 30 times higher',
    'Annual spending reached $3.7 billion; the level implied at the start of the decade is about $123 million.',
  ),
  // The two charts that once split the $4 billion became one: the old id shows the chart that took its place.
  { ...deals, id: 'chart-known' },
];

/** The most characters a link preview shows of a description. */
export const DESCRIPTION_LIMIT = 160;
