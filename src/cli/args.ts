/**
 * Command-line parsing: `seal-gate <command> [options] [PATH...]`. Small on purpose; every
 * unknown or misplaced option is a usage error (exit 2), never ignored.
 */
import { UsageError } from '../core/usage-error.js'

export interface ParsedArgs {
  command: string
  flags: Map<string, string | true>
  /** Values of repeatable flags (spec 'many'), in the order given. */
  lists: Map<string, string[]>
  paths: string[]
}

/** `spec` maps each accepted long flag to whether it takes a value ('many': a value, and it may be repeated). */
export function parseArgs(argv: readonly string[], spec: Record<string, Record<string, boolean | 'many'>>): ParsedArgs {
  const [command, ...rest] = argv
  if (command === undefined) throw new UsageError('no command given')
  const accepted = spec[command]
  if (accepted === undefined) throw new UsageError(`unknown command ${JSON.stringify(command)}`)
  const flags = new Map<string, string | true>()
  const lists = new Map<string, string[]>()
  const paths: string[] = []
  let onlyPaths = false
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]
    if (onlyPaths || !arg.startsWith('-') || arg === '-') {
      paths.push(arg)
      continue
    }
    if (arg === '--') {
      onlyPaths = true
      continue
    }
    const eq = arg.indexOf('=')
    const name = eq < 0 ? arg : arg.slice(0, eq)
    const takesValue = accepted[name]
    if (takesValue === undefined) throw new UsageError(`unknown option ${JSON.stringify(name)} for ${command}`)
    if (!takesValue) {
      if (eq >= 0) throw new UsageError(`option ${name} takes no value`)
      flags.set(name, true)
    } else {
      const value = eq >= 0 ? arg.slice(eq + 1) : rest[++i]
      if (value === undefined) throw new UsageError(`option ${name} needs a value`)
      if (takesValue === 'many') lists.set(name, [...(lists.get(name) ?? []), value])
      else flags.set(name, value)
    }
  }
  return { command, flags, lists, paths }
}
