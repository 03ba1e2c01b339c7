/**
 * Text from a server or a manifest, made safe for a terminal or a workflow
 * log line: terminal escape sequences and control characters are removed
 * (they could rewrite the screen, or fake a workflow command after a line
 * break), whitespace runs collapse to one space. Pure.
 */
export function consoleText(text: string): string {
  return text
    .replace(/\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b[@-_]/g, '')
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
    .replace(/ {2,}/g, ' ');
}
