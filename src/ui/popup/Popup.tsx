import type { JSX } from 'preact';
import browser from 'webextension-polyfill';
import { CATEGORIES, CATEGORY_LABELS, type Category } from '../../dataset/schema';
import { askTab } from '../../messaging';
import type { Settings } from '../../settings/schema';
import { setSettings } from '../../settings/storage';
import { PageItems } from './PageItems';
import { PublisherPanel } from './PublisherPanel';
import { usePopupData } from './usePopupData';
import { useShortcut } from './useShortcut';

const update = (fn: (s: Settings) => Settings) => void setSettings(fn);

/**
 * A checkbox's change handler that saves `apply(checked, settings)`. The box is read here, while
 * the event is being dispatched: setSettings runs its update after an await, when the event's
 * `currentTarget` is already null (issue 17: three switches saved nothing because of that; the lint
 * rule local/no-deferred-event-read now reports such a read).
 */
const onCheck =
  (apply: (checked: boolean, s: Settings) => Settings) =>
  (e: JSX.TargetedEvent<HTMLInputElement>): void => {
    const checked = e.currentTarget.checked;
    update((s) => apply(checked, s));
  };

export function Popup() {
  const { settings, tabId, page, publisher, pageError } = usePopupData();
  const shortcut = useShortcut();
  const host = page?.host ?? '';
  const siteOff = host ? settings.disabledSites.includes(host.replace(/^www\./, '')) : false;
  const counts = new Map<string, number>();
  for (const item of page?.items ?? []) counts.set(item.key, (counts.get(item.key) ?? 0) + 1);

  return (
    <main>
      <header class="top">
        <img src="icons/icon-32.png" alt="" width={24} height={24} />
        <h1>Source Context</h1>
        <label class="switch">
          <input type="checkbox" name="enabled" checked={settings.enabled} onChange={onCheck((on, s) => ({ ...s, enabled: on }))} />
          <span>{settings.enabled ? 'On' : 'Off'}</span>
        </label>
      </header>

      {pageError ? <p class="note">{pageError}</p> : null}
      {host ? <PublisherPanel host={host} publisher={publisher} /> : null}

      {host ? (
        <label class="row site">
          <input
            type="checkbox"
            checked={siteOff}
            data-testid="site-toggle"
            onChange={onCheck((off, s) => {
              const site = host.replace(/^www\./, '');
              return { ...s, disabledSites: off ? [...new Set([...s.disabledSites, site])] : s.disabledSites.filter((d) => d !== site) };
            })}
          />
          <span>Turn off on {host.replace(/^www\./, '')}</span>
        </label>
      ) : null}

      <fieldset>
        <legend>Highlight</legend>
        {CATEGORIES.map((category: Category) => (
          <label class="row" key={category}>
            <input
              type="checkbox"
              name={category}
              checked={settings.categories[category]}
              onChange={onCheck((on, s) => ({ ...s, categories: { ...s.categories, [category]: on } }))}
            />
            <span class={`swatch swatch-${category}`} aria-hidden="true" />
            <span>{CATEGORY_LABELS[category]}</span>
            {counts.get(category) ? <span class="count">{counts.get(category)}</span> : null}
          </label>
        ))}
        <label class="row">
          <input type="checkbox" name="claims" checked={settings.claims} onChange={onCheck((on, s) => ({ ...s, claims: on }))} />
          <span class="swatch swatch-claim" aria-hidden="true" />
          <span>Known claims</span>
          {counts.get('claim') ? <span class="count">{counts.get('claim')}</span> : null}
        </label>
        <label class="row">
          <input
            type="checkbox"
            name="first-only"
            checked={settings.mentions === 'first'}
            onChange={onCheck((first, s) => ({ ...s, mentions: first ? 'first' : 'every' }))}
          />
          <span>First mention only</span>
        </label>
      </fieldset>

      {page ? (
        <PageItems
          items={page.items}
          disabled={page.disabled}
          onReveal={(id) => {
            if (tabId === null) return;
            void askTab(tabId, { type: 'reveal', id }).then(() => window.close());
          }}
        />
      ) : null}

      <footer>
        {shortcut === null ? null : (
          <p class="meta shortcut">
            {shortcut ? (
              <>
                Keyboard: <kbd>{shortcut}</kbd> opens the card of the next highlighted name; Escape closes it.
              </>
            ) : (
              'No keyboard shortcut is set for opening the next name: choose one in your browser’s extension shortcuts.'
            )}
          </p>
        )}
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          Data packs and about
        </button>
      </footer>
    </main>
  );
}
