/**
 * Keyboard access. Highlights are not focusable elements, so the "open-next" command (Alt+Shift+K
 * by default) does the work: it opens the card for the highlight at the keyboard focus or text
 * caret if there is one, and otherwise steps through the highlights shown, starting from the
 * first in view. Inside the card, Tab moves through its links and Escape returns focus.
 */
import type { Annotation } from './annotation';

function isInView(a: Annotation): boolean {
  const el = a.range.startContainer.parentElement;
  if (!el) return false;
  const rect = el.getBoundingClientRect();
  return rect.bottom > 0 && rect.top < window.innerHeight;
}

/** A shown annotation inside the focused element (a link, say) or under the text caret. */
export function annotationAtFocus(shown: readonly Annotation[], at: (node: Text, offset: number) => Annotation | null): Annotation | undefined {
  const active = document.activeElement;
  if (active && active !== document.body && active !== document.documentElement) {
    const inside = shown.find((a) => active.contains(a.range.startContainer));
    if (inside) return inside;
  }
  const selection = document.getSelection();
  if (selection?.anchorNode?.nodeType === 3) return at(selection.anchorNode as Text, selection.anchorOffset) ?? undefined;
  return undefined;
}

export function nextAnnotation(shown: readonly Annotation[], current: Annotation | null): Annotation | undefined {
  if (!shown.length) return undefined;
  if (current) {
    const index = shown.indexOf(current);
    if (index >= 0) return shown[(index + 1) % shown.length];
  }
  return shown.find(isInView) ?? shown[0];
}
