/**
 * Which text position is under a point. Highlights are not elements, so clicks on them land on the
 * text's own element; we ask the caret APIs for the character instead.
 * https://developer.mozilla.org/en-US/docs/Web/API/Document/caretPositionFromPoint
 */
export function caretFromPoint(x: number, y: number): { node: Text; offset: number } | null {
  const doc = document as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof doc.caretPositionFromPoint === 'function') {
    const pos = doc.caretPositionFromPoint(x, y);
    if (pos && pos.offsetNode.nodeType === 3) return { node: pos.offsetNode as Text, offset: pos.offset };
    return null;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  if (range && range.startContainer.nodeType === 3) return { node: range.startContainer as Text, offset: range.startOffset };
  return null;
}

/** Is the point inside one of the range's line boxes? (The caret APIs snap to the nearest character.) */
export function rangeContainsPoint(range: AbstractRange, x: number, y: number): boolean {
  const live = document.createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  for (const rect of live.getClientRects()) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return true;
  }
  return false;
}
