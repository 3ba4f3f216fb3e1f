import { useEffect, useRef, useState } from 'preact/hooks';
import type { BackgroundResponses } from '../../messages';
import { ClaimCard } from './ClaimCard';
import { OrganisationCard } from './OrganisationCard';
import { packOriginText } from '../shared/pack-origin';

export type PopoverRecord =
  | { kind: 'organisation'; record: NonNullable<BackgroundResponses['get-organisation']> }
  | { kind: 'claim'; record: NonNullable<BackgroundResponses['get-claim']> };

export interface PopoverProps {
  /** The highlighted name or claim, shown while the record loads. */
  label: string;
  why: string;
  load: () => Promise<PopoverRecord | null>;
  onClose: () => void;
  /** Move focus into the card (keyboard use); a mouse click leaves focus where it was. */
  autoFocus: boolean;
}

type State = { status: 'loading' } | { status: 'ready'; data: PopoverRecord } | { status: 'missing' } | { status: 'error'; message: string };

export function Popover({ label, why, load, onClose, autoFocus }: PopoverProps) {
  const [state, setState] = useState<State>({ status: 'loading' });
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    // Guard against a stale answer arriving after the card was closed or reused.
    let live = true;
    load().then(
      (data) => live && setState(data ? { status: 'ready', data } : { status: 'missing' }),
      (error: unknown) => live && setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [load]);
  useEffect(() => {
    if (autoFocus) closeRef.current?.focus();
  }, [autoFocus]);

  const title = state.status === 'ready' && state.data.kind === 'organisation' ? state.data.record.name : label;
  return (
    <div class="card" role="dialog" aria-modal="false" aria-labelledby="sc-title">
      <div class="head">
        <h2 id="sc-title">{title}</h2>
        <button ref={closeRef} type="button" class="close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </div>
      <div class="body">
        {state.status === 'loading' ? <p class="status">Loading…</p> : null}
        {state.status === 'missing' ? <p class="status">This record is no longer in the dataset.</p> : null}
        {state.status === 'error' ? <p class="status">Could not load the record: {state.message}</p> : null}
        {state.status === 'ready' && state.data.kind === 'organisation' ? <OrganisationCard org={state.data.record} /> : null}
        {state.status === 'ready' && state.data.kind === 'claim' ? <ClaimCard claim={state.data.record} /> : null}
      </div>
      <div class="foot">
        <details>
          <summary>Why is this highlighted?</summary>
          <p>{why}</p>
        </details>
        <RecordOrigin state={state} />
      </div>
    </div>
  );
}

/**
 * Whose data the card shows, once that is known: a record from an imported pack names the pack
 * and must not pass for the bundled, reviewed dataset.
 */
function RecordOrigin({ state }: { state: State }) {
  if (state.status !== 'ready') return null;
  const origin = state.data.record.fromPack;
  if (!origin) return <p class="brand">Source Context · offline dataset, every statement cited</p>;
  return <p class="brand origin">{packOriginText(origin)} · not reviewed by Source Context: check its sources</p>;
}
