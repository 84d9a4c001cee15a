/**
 * Text from the outside world (Dockerfile content quoted in messages, file and folder names, image
 * references) printed to a terminal or a CI log: every control character is shown escaped, so a
 * Dockerfile cannot set the terminal title, clear the screen, hide text, or inject a fake
 * `file:1:1: error` line with a newline in a folder name. The text format and every error line
 * pass untrusted text through `escapeControls`; the palette's own colours are added after.
 */

/** C0 controls, DEL, C1 controls, and the Unicode bidirectional overrides and isolates (they reorder what is shown). */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function escapeControls(text: string): string {
  CONTROL.lastIndex = 0;
  if (!CONTROL.test(text)) return text;
  return text.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
