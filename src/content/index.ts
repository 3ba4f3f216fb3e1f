/**
 * Content script entry: wires settings, the annotator, the popover and messages together under one
 * AbortController. Everything it starts is torn down when settings turn it off for this site or
 * the extension is reloaded (the old script's context is then invalidated).
 */
import browser from 'webextension-polyfill';
import { matchers } from 'virtual:matchers';
import { isContentRequest, type ContentRequest, type PageSummary } from '../messages';
import { askBackground } from '../messaging';
import { isSiteDisabled, type Settings } from '../settings/schema';
import { getSettings, onSettingsChanged } from '../settings/storage';
import { USER_PACKS_KEY } from '../dataset/user-packs-key';
import { encodeClaims, loadClaims } from '../matcher/claims-binary';
import { compileClaims } from '../matcher/claims-compile';
import { extendMatcher } from '../matcher/compile';
import { Annotator } from './annotator';
import { caretFromPoint, rangeContainsPoint } from './hit-test';
import { annotationAtFocus, nextAnnotation } from './keyboard';
import { OWN_PUBLISHER_WAIT_MS, askOwnPublisher } from './own-publisher';
import { PopoverController } from './popover-controller';
import { waitAtMost } from './wait-at-most';

const host = location.hostname;
let settings: Settings;
let session: { controller: AbortController; annotator: Annotator; popover: PopoverController } | null = null;
let ownPublisher: Promise<ReadonlySet<string>> | undefined;

/** Asked once per page: an annotator restarted by a settings change reuses the answer. */
function ownPublisherIds(): Promise<ReadonlySet<string>> {
  return (ownPublisher ??= askOwnPublisher(host));
}

/** True once the extension was reloaded or removed: this script must stop touching the page. */
function contextInvalidated(): boolean {
  try {
    return !browser.runtime?.id;
  } catch {
    return true;
  }
}

function isActive(s: Settings): boolean {
  return s.enabled && !isSiteDisabled(s, host);
}

function reportCount(annotator: Annotator): void {
  if (window.top !== window) return; // the badge counts the top page only
  askBackground({ type: 'found-count', count: annotator.shown.length }).catch(() => undefined);
}

function start(): void {
  if (session || !document.body) return;
  const controller = new AbortController();
  const popover = new PopoverController(controller.signal);
  const annotator = new Annotator(document.body, matchers, settings, (node) => popover.isOwnNode(node));
  annotator.onChange = () => reportCount(annotator);
  session = { controller, annotator, popover };
  controller.signal.addEventListener('abort', () => annotator.destroy(), { once: true });

  document.addEventListener(
    'click',
    (event) => {
      if (contextInvalidated()) return stop();
      if (event.button !== 0 || event.defaultPrevented || event.ctrlKey || event.metaKey || event.shiftKey) return;
      // A click that ends a text selection is for selecting, not for us.
      if (!(document.getSelection()?.isCollapsed ?? true)) return;
      const target = event.target instanceof Element ? event.target : null;
      // Links keep their meaning; names inside links open through the keyboard command instead.
      if (target?.closest('a[href], button, input, textarea, select, [contenteditable]')) return;
      const caret = caretFromPoint(event.clientX, event.clientY);
      const annotation = caret ? annotator.at(caret.node, caret.offset) : null;
      if (!annotation || !rangeContainsPoint(annotation.range, event.clientX, event.clientY)) return;
      popover.open(annotation, { pointer: { x: event.clientX, y: event.clientY }, focus: false });
    },
    { signal: controller.signal },
  );
  // The site's own publisher is not highlighted. Whenever the answer comes, the annotator takes
  // it: before the first scan has ended the scan's first render already leaves those names out;
  // after, they are dropped then. The first scan waits for it, but not longer than
  // OWN_PUBLISHER_WAIT_MS, so a slow background never holds the page's highlights back.
  const { signal } = controller;
  const publisher = ownPublisherIds();
  void publisher.then((ids) => {
    if (!signal.aborted) annotator.setOwnPublisher(ids);
  });
  void waitAtMost(publisher, OWN_PUBLISHER_WAIT_MS).then(() => {
    if (!signal.aborted) void annotator.start();
  });
}

function stop(): void {
  session?.controller.abort();
  session = null;
}

function summary(): PageSummary {
  return { host, disabled: !isActive(settings), items: session?.annotator.summary() ?? [] };
}

async function handle(request: ContentRequest): Promise<unknown> {
  switch (request.type) {
    case 'get-page-summary':
      return summary();
    case 'reveal':
    case 'open-next': {
      if (!session) return false;
      const { annotator, popover } = session;
      const shown = annotator.shown;
      const target =
        request.type === 'reveal'
          ? shown.find((a) => a.id === request.id)
          : ((popover.openFor ? undefined : annotationAtFocus(shown, (node, offset) => annotator.at(node, offset))) ??
            nextAnnotation(shown, popover.openFor));
      if (!target) return false;
      target.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      // Wait a frame so the card is placed against the scrolled position.
      requestAnimationFrame(() => popover.open(target, { focus: true }));
      return true;
    }
  }
}

/**
 * Add the user's imported packs to the bundled matchers (packs are few and small). The background
 * validates them (with zod, which this script does not load); it is asked only when there are any.
 */
async function addUserPacks(): Promise<void> {
  const stored = (await browser.storage.local.get(USER_PACKS_KEY))[USER_PACKS_KEY];
  if (!Array.isArray(stored) || stored.length === 0) return;
  const { organisations, claims } = await askBackground({ type: 'get-user-packs' });
  if (organisations.length) extendMatcher(matchers.organisations, organisations);
  if (claims.length) {
    // Packs are rare and small; the bundled claims are read back and indexed again with them, so a
    // pack's claims follow the bundled ones exactly as if they had been compiled together.
    const bundled = matchers.claims.toCompiled();
    matchers.claims = loadClaims(encodeClaims({ ...bundled, claims: [...bundled.claims, ...compileClaims(claims).claims] }));
  }
}

async function main(): Promise<void> {
  settings = await getSettings();
  // Asked now, so the answer comes while the packs are read rather than after.
  if (isActive(settings)) void ownPublisherIds();
  await addUserPacks().catch(() => undefined);
  if (isActive(settings)) start();
  const lifetime = new AbortController();
  onSettingsChanged((next) => {
    if (contextInvalidated()) {
      lifetime.abort();
      return stop();
    }
    settings = next;
    if (!isActive(next)) stop();
    else if (!session) start();
    else session.annotator.updateSettings(next);
  }, lifetime.signal);
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isContentRequest(message)) return undefined;
    // The popup talks to the top frame; frames answer only for themselves when asked directly.
    if (window.top !== window && message.type === 'get-page-summary') return undefined;
    return handle(message);
  });
}

main().catch((error: unknown) => {
  // Never let our failure surface as the page's error.
  console.debug('[Source Context] not started:', error);
});
