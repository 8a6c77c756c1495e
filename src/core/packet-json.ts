/**
 * The JSON step of verifying a packet: every `.json` file (and every file a configuration rule
 * maps) is read whole and handed to the JSON checks (docs/json-validation.md), one file at a time:
 * memory holds one file's bytes and what its check builds, never the packet's JSON at once. A file
 * too large or unreadable for that is a `json` finding, never skipped in silence.
 */
import { join } from 'node:path'
import type { ByteSource } from './byte-source.js'
import { finding, type Finding } from './finding.js'
import { checkJsonFile, createSchemaRegistry, isCheckedJsonFile, type LazySchemaRegistry } from './json/check-json.js'
import { DEFAULT_CONFIG_PATH, type LoadedConfig } from './json/loaded-config.js'
import { diskFiles, type RepoFiles } from './json/repo-files.js'

/** Largest JSON file read whole for strict reading and schema validation. */
export const JSON_FILE_LIMIT = 64 << 20

/** What the JSON step needs for a whole run: the configuration and one schema registry. */
export interface JsonCheck {
  repoRoot: string
  config: LoadedConfig | null
  registry: LazySchemaRegistry
}

/**
 * Loads the configuration (default `.github/seal-gate.yml`, optional) from `files`: the disk
 * under `repoRoot` by default, the commit judged in git mode. Schemas are read from the same
 * place. Throws ConfigError.
 */
export async function prepareJsonCheck(repoRoot: string, configPath?: string, files: RepoFiles = diskFiles(repoRoot)): Promise<JsonCheck> {
  // Reading a configuration needs yaml and ajv, slow to load: only when there is one to read.
  // Anything at the default path but a plain absent file (a link, a folder...) goes to
  // loadConfig, which refuses it.
  const config =
    configPath === undefined && defaultConfigAbsent(files) ? null : (await import('./json/config.js')).loadConfig(files, configPath)
  return { repoRoot, config, registry: createSchemaRegistry(repoRoot, config, files) }
}

function defaultConfigAbsent(files: RepoFiles): boolean {
  try {
    return files.read(DEFAULT_CONFIG_PATH) === null
  } catch {
    return false
  }
}

export async function packetJsonFindings(
  packetAbs: string,
  paths: readonly string[],
  at: (path: string) => string,
  source: ByteSource,
  check: JsonCheck
): Promise<Finding[]> {
  const out: Finding[] = []
  const options = { repoRoot: check.repoRoot, config: check.config, registry: check.registry }
  for (const path of paths) {
    const file = at(path)
    if (!isCheckedJsonFile(file, check.config)) continue
    let bytes: Buffer
    try {
      bytes = await source.read(join(packetAbs, path), JSON_FILE_LIMIT)
    } catch (e) {
      out.push(finding('json', file, `${path}: cannot be checked as JSON: ${(e as Error).message}`))
      continue
    }
    out.push(...(await checkJsonFile(file, bytes, options)))
  }
  return out
}
