import type { BackgroundResponses } from '../../messages';
import { formatDate } from '../shared/labels';
import { safeHttpUrl } from '../shared/safe-url';
import { CounterReports } from './CounterReports';

type ClaimRecord = NonNullable<BackgroundResponses['get-claim']>;

/** A known claim: who made it, how it was rated, the context, and the reports that answer it. */
export function ClaimCard({ claim }: { claim: ClaimRecord }) {
  const appearance = claim.appearance ? safeHttpUrl(claim.appearance) : null;
  return (
    <>
      <p class="meta">
        <span class="badge badge-claim">Claim</span>
        <span class="rating">{claim.rating}</span>
      </p>
      <p class="claimant">
        {appearance ? (
          <a href={appearance} target="_blank" rel="noopener noreferrer">
            {claim.claimant}
          </a>
        ) : (
          claim.claimant
        )}
        {', '}
        {formatDate(claim.date)}
      </p>
      <p class="summary">{claim.context}</p>
      <CounterReports reports={claim.counterReports} />
    </>
  );
}
