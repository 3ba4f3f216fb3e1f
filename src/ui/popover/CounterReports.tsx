import type { CounterReport } from '../../dataset/schema';
import { SourceLink } from '../shared/SourceLink';
import { COUNTER_LABELS } from '../shared/labels';

/** Other outlets' reports that contradict, correct or add context. */
export function CounterReports({ reports }: { reports: readonly CounterReport[] }) {
  if (!reports.length) return null;
  return (
    <section aria-labelledby="sc-counter">
      <h3 id="sc-counter">Counter-reporting</h3>
      <ul class="counter">
        {reports.map((r) => (
          <li key={r.url}>
            <span class={`relation counter-${r.relation}`}>{COUNTER_LABELS[r.relation]}</span>
            <p class="statement">{r.summary}</p>
            <SourceLink source={r} />
          </li>
        ))}
      </ul>
    </section>
  );
}
