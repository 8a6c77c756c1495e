/**
 * The configuration as the JSON checks use it: where it is read from by default, its shape once
 * loaded, and which schemas it maps a file to. Light on purpose: reading and checking the file
 * (config.ts) needs yaml and ajv, which take tens of milliseconds to load, and a run without a
 * configuration file never loads them.
 */

export const DEFAULT_CONFIG_PATH = '.github/seal-gate.yml'

export interface JsonRule {
  /** The globs as written. */
  files: string[]
  /** Repository-relative schema file. */
  schema: string
  /** Line of the rule in the configuration file. */
  line: number | null
  /** Whether a repository-relative file path matches one of the globs. */
  matches: (file: string) => boolean
}

export interface LoadedConfig {
  /** Repository-relative path of the configuration file it came from. */
  file: string
  rules: JsonRule[]
  /** Vendored remote schemas: URL (no fragment) to repository-relative file. */
  vendored: Map<string, string>
}

/** The schema files (repository-relative, without duplicates) the rules map `file` to. */
export function schemasForFile(config: LoadedConfig | null, file: string): string[] {
  if (config === null) return []
  return [...new Set(config.rules.filter(r => r.matches(file)).map(r => r.schema))]
}
