import { CATEGORY_LABELS } from '../../dataset/schema';
import type { PublisherInfo } from '../../messages';
import { SourceLink } from '../shared/SourceLink';
import { RELATION_LABELS } from '../shared/labels';
import { packOriginText } from '../shared/pack-origin';

/** Who publishes the site being read, with the first cited affiliations. */
export function PublisherPanel({ host, publisher }: { host: string; publisher: PublisherInfo | null }) {
  if (!publisher) {
    return (
      <section class="publisher" aria-label="Publisher">
        <p class="note">No publisher record for {host} in the dataset.</p>
      </section>
    );
  }
  const org = publisher.organisation;
  return (
    <section class="publisher" aria-labelledby="publisher-title">
      <h2 id="publisher-title">
        {publisher.domain} is published by <span class="name">{org.name}</span>
      </h2>
      <p class="meta">
        {CATEGORY_LABELS[org.category]}
        {org.country ? ` · ${org.country}` : ''}
      </p>
      <p>{org.summary}</p>
      {org.fromPack ? <p class="meta origin">{packOriginText(org.fromPack)}</p> : null}
      <ul class="affiliations">
        {org.affiliations.slice(0, 2).map((aff, i) => (
          <li key={i}>
            <strong>{RELATION_LABELS[aff.relation]}:</strong> {aff.statement} <SourceLink source={aff.sources[0]!} />
          </li>
        ))}
      </ul>
    </section>
  );
}
