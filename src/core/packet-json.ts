/**
 * The JSON step of verifying a packet: every `.json` file (and every file a configuration rule
 * maps) is read whole and handed to the JSON checks (docs/json-validation.md). A file too large
 * or unreadable for that is a `json` finding, never skipped in silence.
 */
import { join } from 'node:path'
import type { ByteSource, ListedFile } from './byte-source.js'
import { finding, type Finding } from './finding.js'
import { checkJsonFiles, createSchemaRegistry, isCheckedJsonFile, type JsonFile } from './json/check-json.js'
import { loadConfig, type LoadedConfig } from './json/config.js'
import type { SchemaRegistry } from './json/schema-registry.js'

/** Largest JSON file read whole for strict reading and schema validation. */
export const JSON_FILE_LIMIT = 64 << 20

/** What the JSON step needs for a whole run: the configuration and one schema registry. */
export interface JsonCheck {
  repoRoot: string
  config: LoadedConfig | null
  registry: SchemaRegistry
}

/** Loads the configuration (default `.github/seal-gate.yml`, optional). Throws ConfigError. */
export function prepareJsonCheck(repoRoot: string, configPath?: string): JsonCheck {
  const config = loadConfig(repoRoot, configPath)
  return { repoRoot, config, registry: createSchemaRegistry(repoRoot, config) }
}

export async function packetJsonFindings(
  packetAbs: string,
  files: readonly ListedFile[],
  at: (path: string) => string,
  source: ByteSource,
  check: JsonCheck
): Promise<Finding[]> {
  const out: Finding[] = []
  const inputs: JsonFile[] = []
  for (const f of files) {
    const file = at(f.path)
    if (!isCheckedJsonFile(file, check.config)) continue
    try {
      inputs.push({ file, bytes: await source.read(join(packetAbs, f.path), JSON_FILE_LIMIT) })
    } catch (e) {
      out.push(finding('json', file, `${f.path}: cannot be checked as JSON: ${(e as Error).message}`))
    }
  }
  out.push(...(await checkJsonFiles(inputs, { repoRoot: check.repoRoot, config: check.config, registry: check.registry })))
  return out
}
