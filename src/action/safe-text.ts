/**
 * The one guard for repository text written to the log. The runner reads every line the step
 * prints and treats two shapes as workflow commands (actions/runner, ActionCommand.cs):
 *   - `::name props::data` when the line, after leading whitespace, starts with `::`;
 *   - `##[name props]data` anywhere in the line (the legacy form).
 * A file name such as `::add-mask::x` or a message holding `##[stop-commands]tok` would become a
 * command if printed raw (`core.info` writes raw text). `safeText` makes that impossible:
 *   - line breaks and every other control, format or default-ignorable character are shown as
 *     `\xNN` / `\u{NNNN}` (so a name cannot start a new line, and no invisible character can
 *     hide between the characters of `::` or `##[`: the runner compares them culture-sensitively);
 *   - every `:` followed by `:` is shown as `\x3a`, and `##[` as `##\x5b`.
 * What remains contains neither `::` nor `##[`, so it can be no command wherever it is printed.
 */
import * as core from '@actions/core'

const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]/gu

function codeEscape(ch: string): string {
  const cp = ch.codePointAt(0) as number
  return cp <= 0xff ? `\\x${cp.toString(16).padStart(2, '0')}` : `\\u{${cp.toString(16)}}`
}

/** Repository text as it may be printed on one log line. */
export function safeText(text: string): string {
  return text
    .replace(INVISIBLE, codeEscape)
    .replace(/:(?=:)/g, '\\x3a')
    .replace(/##\[/g, '##\\x5b')
}

/** Writes one line to the log through the guard. The only way this Action prints plain lines. */
export function logLine(text: string): void {
  core.info(safeText(text))
}

/** A line that opens a collapsible group in the log; the title goes through the guard too. */
export function logGroup(title: string): void {
  core.startGroup(safeText(title))
}
