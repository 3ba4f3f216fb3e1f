/**
 * Opens and closes the popover for an annotation: a `<source-context-popover>` host added to the
 * page only while open, positioned with floating-ui next to the highlighted text (its `inline()`
 * middleware picks the right line when a name wraps), closed by Escape, the close button or a
 * click outside. Focus returns to where it was.
 */
import { autoUpdate, computePosition, flip, inline, offset, shift, size, type VirtualElement } from '@floating-ui/dom';
import { h, render } from 'preact';
import { askBackground } from '../messaging';
import { Popover, type PopoverRecord } from '../ui/popover/Popover';
import { POPOVER_CSS } from '../ui/popover/styles';
import { createShadowHost } from '../ui/shared/shadow-host';
import type { Annotation } from './annotation';

export const POPOVER_TAG = 'source-context-popover';

async function loadRecord(annotation: Annotation): Promise<PopoverRecord | null> {
  if (annotation.kind === 'organisation') {
    const record = await askBackground({ type: 'get-organisation', id: annotation.id });
    return record ? { kind: 'organisation', record } : null;
  }
  const record = await askBackground({ type: 'get-claim', id: annotation.id });
  return record ? { kind: 'claim', record } : null;
}

function liveRange(range: AbstractRange): Range {
  const live = document.createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  return live;
}

export class PopoverController {
  private host: HTMLElement | null = null;
  private current: Annotation | null = null;
  private session: AbortController | null = null;
  private returnFocus: HTMLElement | null = null;

  constructor(private readonly signal: AbortSignal) {
    signal.addEventListener('abort', () => this.close(), { once: true });
  }

  get openFor(): Annotation | null {
    return this.current;
  }

  isOwnNode(node: Node): boolean {
    return this.host !== null && (node === this.host || this.host.contains(node));
  }

  open(annotation: Annotation, options: { pointer?: { x: number; y: number }; focus: boolean }): void {
    this.close();
    if (this.signal.aborted) return;
    const session = new AbortController();
    this.session = session;
    this.current = annotation;
    this.returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;

    const { host, root } = createShadowHost(POPOVER_TAG, POPOVER_CSS);
    this.host = host;
    document.documentElement.append(host);
    const mount = document.createElement('div');
    root.append(mount);
    const load = () => loadRecord(annotation);
    render(h(Popover, { label: annotation.label, why: annotation.why(), load, onClose: () => this.close(true), autoFocus: options.focus }), mount);

    const range = liveRange(annotation.range);
    const reference: VirtualElement = {
      getBoundingClientRect: () => range.getBoundingClientRect(),
      getClientRects: () => range.getClientRects(),
    };
    const middleware = [
      inline(options.pointer),
      offset(8),
      flip({ padding: 8 }),
      shift({ padding: 8 }),
      // Never taller than the room on the chosen side: the card scrolls inside instead of off-screen.
      size({
        padding: 8,
        apply: ({ availableHeight }) => host.style.setProperty('--sc-available-height', `${Math.max(160, Math.floor(availableHeight))}px`),
      }),
    ];
    const place = () =>
      void computePosition(reference, host, { strategy: 'fixed', placement: 'bottom-start', middleware }).then(({ x, y }) => {
        host.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
      });
    const stop = autoUpdate(reference, host, place);
    session.signal.addEventListener('abort', stop, { once: true });

    const listen = { capture: true, signal: session.signal } as const;
    document.addEventListener(
      'keydown',
      (event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          this.close(true);
        }
      },
      listen,
    );
    document.addEventListener(
      'pointerdown',
      (event) => {
        if (!event.composedPath().includes(host)) this.close();
      },
      listen,
    );
  }

  /** Close the card; `restoreFocus` after keyboard or button use. */
  close(restoreFocus = false): void {
    this.session?.abort();
    this.session = null;
    if (this.host) {
      const mount = this.host.shadowRoot?.lastElementChild;
      if (mount) render(null, mount);
      this.host.remove();
      this.host = null;
      if (restoreFocus && this.returnFocus?.isConnected) this.returnFocus.focus();
    }
    this.current = null;
    this.returnFocus = null;
  }
}
