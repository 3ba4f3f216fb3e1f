/** Words shown to readers for the dataset's codes. */
import type { CounterRelation, Relation } from '../../dataset/schema';

export const RELATION_LABELS: Record<Relation, string> = {
  'funded-by': 'Funding',
  'owned-by': 'Ownership',
  'controlled-by': 'Control',
  'part-of': 'Part of',
  'founded-by': 'Founded by',
  'led-by': 'Leadership',
  'member-of': 'Membership',
  'allied-with': 'Alliance',
  'designated-by': 'Designation',
  'self-described-as': 'Self-description',
  'described-as': 'Described as',
};

export const COUNTER_LABELS: Record<CounterRelation, string> = {
  contradicts: 'Contradicts',
  corrects: 'Corrects',
  'adds-context': 'Adds context',
};

/** "2016-05-03" → "3 May 2016"; "2016-05" → "May 2016"; "2016" → "2016". */
export function formatDate(date: string): string {
  const [y, m, d] = date.split('-');
  if (!m) return y!;
  const month = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][Number(m) - 1];
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}
