/**
 * The example data pack shown on the options page and in docs/pack-format.md (a test keeps the
 * two identical and valid). Every record is invented, every link is on example.org, and each
 * text says it is an example, so nobody can mistake it for a real finding if they import it.
 */
import type { DataPackInput } from './schema';

const checked = '2026-12-01';

export const EXAMPLE_PACK = {
  description: 'EXAMPLE ONLY: invented records that show the data pack format. Nothing here is real.',
  license: 'CC0-1.0',
  organisations: [
    {
      id: 'example-harbour-institute',
      name: 'Example Harbour Institute',
      aliases: ['EHI', { text: 'Harbour Institute', requireNearby: ['Exampleton'] }],
      category: 'think-tank',
      country: 'International',
      summary: 'An invented think tank used to show the pack format (example only).',
      affiliations: [
        {
          relation: 'funded-by',
          target: 'example-shipping-group',
          statement: 'The Example Gazette reported that the institute is funded by the Example Shipping Group (invented example).',
          since: '2024-03',
          sources: [
            { url: 'https://example.org/gazette/harbour-institute-funding', publisher: 'Example Gazette', title: 'Who pays for the Harbour Institute (example)', date: '2026-01-15', checked },
          ],
        },
      ],
      counterReporting: [
        {
          url: 'https://example.org/tribune/harbour-institute',
          publisher: 'Example Tribune',
          title: 'Institute says its funding is mixed (example)',
          date: '2026-02',
          checked,
          relation: 'adds-context',
          summary: 'The Example Tribune quoted the institute saying that shipping money is a third of its budget (invented example).',
        },
      ],
    },
    {
      id: 'example-shipping-group',
      name: 'Example Shipping Group',
      aliases: [],
      category: 'company-lobby',
      summary: 'An invented shipping company used to show the pack format (example only).',
      affiliations: [
        {
          relation: 'self-described-as',
          statement: 'The group describes itself on its website as a family-owned shipping line (invented example).',
          sources: [{ url: 'https://example.org/shipping-group/about', publisher: 'Example Shipping Group', title: 'About us (example)', date: '2025', checked }],
        },
      ],
    },
  ],
  publishers: [{ domain: 'harbour-institute.example.org', organisation: 'example-harbour-institute' }],
  claims: [
    {
      id: 'example-harbour-closing-claim',
      claimReviewed: 'The port of Exampleton will close by 2030 (invented example claim)',
      claimant: 'Example Harbour Institute',
      date: '2026-03',
      appearance: 'https://example.org/harbour-institute/report-2026',
      phrases: ['the port of Exampleton will close by 2030'],
      keyTerms: ['Exampleton', 'port', 'close', '2030'],
      rating: 'Disputed (example)',
      context: 'An invented claim used to show the format: two invented outlets reported differently (example only).',
      about: ['example-harbour-institute'],
      counterReports: [
        {
          url: 'https://example.org/gazette/port-plans',
          publisher: 'Example Gazette',
          title: 'Port authority plans to stay open (example)',
          date: '2026-03-20',
          checked,
          relation: 'contradicts',
          summary: "The Example Gazette reported that the port authority's plan runs to 2045 (invented example).",
        },
        {
          url: 'https://example.org/tribune/port-study',
          publisher: 'Example Tribune',
          title: 'What the harbour study says (example)',
          date: '2026-03-22',
          checked,
          relation: 'adds-context',
          summary: 'The Example Tribune reported that the study assumed no new investment (invented example).',
        },
      ],
    },
  ],
} satisfies DataPackInput;
