import type { Organisation } from '../../dataset/schema';
import { CATEGORY_LABELS } from '../../dataset/categories';
import { SourceLink } from '../shared/SourceLink';
import { RELATION_LABELS, formatDate } from '../shared/labels';
import { CounterReports } from './CounterReports';

/** An organisation's stated affiliations, each with its sources, and counter-reporting. */
export function OrganisationCard({ org }: { org: Organisation }) {
  return (
    <>
      <p class="meta">
        <span class={`badge badge-${org.category}`}>{CATEGORY_LABELS[org.category]}</span>
        {org.country ? <span class="country">{org.country}</span> : null}
      </p>
      <p class="summary">{org.summary}</p>
      <section aria-labelledby="sc-affiliations">
        <h3 id="sc-affiliations">Stated affiliations</h3>
        <ul class="affiliations">
          {org.affiliations.map((aff, i) => (
            <li key={i}>
              <span class="relation">{RELATION_LABELS[aff.relation]}</span>
              {aff.since || aff.until ? (
                <span class="period">
                  {' '}
                  ({aff.since ? `since ${formatDate(aff.since)}` : ''}
                  {aff.since && aff.until ? ', ' : ''}
                  {aff.until ? `until ${formatDate(aff.until)}` : ''})
                </span>
              ) : null}
              <p class="statement">{aff.statement}</p>
              <ul class="sources" aria-label="Sources">
                {aff.sources.map((s) => (
                  <li key={s.url}>
                    <SourceLink source={s} />
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </section>
      <CounterReports reports={org.counterReporting} />
    </>
  );
}
