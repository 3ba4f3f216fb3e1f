import { CATEGORY_LABELS } from '../../dataset/schema';
import type { PageItem } from '../../messages';

/** Everything found on the page, grouped by organisation or claim, with how often it appears. */
export function PageItems({ items, disabled, onReveal }: { items: readonly PageItem[]; disabled: boolean; onReveal: (id: string) => void }) {
  if (disabled) return <p class="note">Source Context is off for this site.</p>;
  if (!items.length) return <p class="note">Nothing from the dataset was found on this page.</p>;
  const sorted = [...items].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  return (
    <section aria-labelledby="found-title">
      <h2 id="found-title">On this page ({items.length})</h2>
      <ul class="found">
        {sorted.map((item) => (
          <li key={item.id}>
            <button type="button" class="item" disabled={!item.shown} onClick={() => onReveal(item.id)}>
              <span class={`swatch swatch-${item.key}`} aria-hidden="true" />
              <span class="label">{item.label}</span>
              <span class="kind">
                {item.key === 'claim' ? 'Claim' : CATEGORY_LABELS[item.key]}
                {/* Named by its own site: listed, not highlighted (content/page-items.ts says why). */}
                {item.ownPublisher ? ' · this site’s publisher' : ''}
              </span>
              <span class="count" aria-label={`${item.count} mentions`}>
                ×{item.count}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
