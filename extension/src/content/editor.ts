// Reading the user's text out of a page editor, mapping the engine's UTF-16 offsets back to
// DOM positions, and applying a suggestion through the editor's own input path. Nothing
// here writes to the editor except `replace`, which only runs on the user's click.

export type Editable = HTMLTextAreaElement | HTMLInputElement | HTMLElement;

export function isTextField(el: Element): el is HTMLTextAreaElement | HTMLInputElement {
  return el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement;
}

interface Segment {
  node: Text;
  /** UTF-16 offset of the node's first character in `text`. */
  start: number;
}

const BLOCK = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'PRE', 'SECTION']);

/** The text of an editor as the user sees it, with the way back to DOM positions. */
export class EditorText {
  readonly text: string;
  private readonly segments: Segment[];

  private constructor(text: string, segments: Segment[]) {
    this.text = text;
    this.segments = segments;
  }

  static read(editor: Editable): EditorText {
    if (isTextField(editor)) return new EditorText(editor.value, []);
    const segments: Segment[] = [];
    // The text in parts, joined once: asking a string built by `+=` how it ends copies it
    // whole each time, which made a 200 KB draft of 500 paragraphs cost 40 ms a keystroke.
    const parts: string[] = [];
    let length = 0;
    let last = '';
    const push = (s: string) => {
      if (!s) return;
      parts.push(s);
      length += s.length;
      last = s[s.length - 1];
    };
    // Block elements and <br> are line breaks, as the user sees them; rich editors wrap
    // each paragraph in a <p> and keep a <br> in an empty one.
    const walk = (node: Node): void => {
      for (let child = node.firstChild; child; child = child.nextSibling) {
        if (child.nodeType === Node.TEXT_NODE) {
          segments.push({ node: child as Text, start: length });
          push((child as Text).data);
        } else if (child instanceof HTMLBRElement) {
          push('\n');
        } else if (child instanceof HTMLElement) {
          const block = BLOCK.has(child.tagName);
          if (block && length > 0 && last !== '\n') push('\n');
          walk(child);
          if (block && child.lastChild instanceof HTMLBRElement && last === '\n') continue;
          if (block && last !== '\n') push('\n');
        }
      }
    };
    walk(editor);
    return new EditorText(parts.join('').replace(/\n+$/, ''), segments);
  }

  /** The DOM position of UTF-16 offset `offset` in a contenteditable editor. */
  position(offset: number): { node: Text; offset: number } | null {
    const segs = this.segments;
    if (segs.length === 0) return null;
    let lo = 0;
    let hi = segs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segs[mid].start <= offset) lo = mid;
      else hi = mid - 1;
    }
    const seg = segs[lo];
    // An offset on a line break the walk added lies between two nodes: end of this one.
    return { node: seg.node, offset: Math.max(0, Math.min(offset - seg.start, seg.node.data.length)) };
  }

  /** A live DOM range over `[start, end)` of a contenteditable editor. */
  range(start: number, end: number): Range | null {
    const a = this.position(start);
    const b = this.position(end);
    if (!a || !b) return null;
    const range = document.createRange();
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
    return range;
  }

  /** The UTF-16 offset of a DOM position inside a contenteditable editor, if it is in text. */
  offsetOf(node: Node, offset: number): number | null {
    const seg = this.segments.find((s) => s.node === node);
    return seg ? seg.start + offset : null;
  }
}

/** The caret's UTF-16 offset in the editor, or null when the caret is elsewhere. */
export function caretOffset(editor: Editable, text: EditorText): number | null {
  if (isTextField(editor)) {
    return (editor.getRootNode() as Document | ShadowRoot).activeElement === editor ? editor.selectionStart : null;
  }
  const root = editor.getRootNode() as Document | ShadowRoot;
  const selection =
    'getSelection' in root && typeof root.getSelection === 'function' ? root.getSelection() : document.getSelection();
  if (!selection || selection.rangeCount === 0 || !selection.isCollapsed) return null;
  const node = selection.anchorNode;
  if (!node || !editor.contains(node)) return null;
  return text.offsetOf(node, selection.anchorOffset);
}

/**
 * Replaces `[start, end)` with `replacement` the way typing would: selection, then the
 * browser's insertText command, so the site's editor state, its input listeners and undo
 * all see one ordinary edit.
 */
/** Focuses the editor with `start..end` selected (UTF-16 offsets); false if it cannot. */
export function select(editor: Editable, text: EditorText, start: number, end: number): boolean {
  editor.focus();
  if (isTextField(editor)) {
    editor.setSelectionRange(start, end);
    return true;
  }
  const range = text.range(start, end);
  if (!range) return false;
  const selection = document.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  return true;
}

export function replace(editor: Editable, text: EditorText, start: number, end: number, replacement: string): boolean {
  if (!select(editor, text, start, end)) return false;
  const done =
    replacement === ''
      ? document.execCommand('delete', false)
      : document.execCommand('insertText', false, replacement);
  if (done) return true;
  // Browsers without execCommand on this field: one InputEvent, as a paste would send.
  if (isTextField(editor)) {
    editor.setRangeText(replacement, start, end, 'end');
    editor.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: replacement }));
    return true;
  }
  return false;
}
