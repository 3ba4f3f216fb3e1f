/**
 * Keyboard access: the "next highlight" command steps through what is shown, starting from the
 * first one in view, so a keyboard user reaches every popover without a pointer.
 */
import type { Annotation } from './annotation';

function isInView(a: Annotation): boolean {
  const el = a.range.startContainer.parentElement;
  if (!el) return false;
  const rect = el.getBoundingClientRect();
  return rect.bottom > 0 && rect.top < window.innerHeight;
}

export function nextAnnotation(shown: readonly Annotation[], current: Annotation | null): Annotation | undefined {
  if (!shown.length) return undefined;
  if (current) {
    const index = shown.indexOf(current);
    if (index >= 0) return shown[(index + 1) % shown.length];
  }
  return shown.find(isInView) ?? shown[0];
}
