import { finding, oneLine, type Finding } from '../finding.js'

/**
 * The gate's configuration (the config file, a schema it names, or a schema a JSON file names)
 * is broken. Adapters turn it into exit code 2 / a failed step; it is never a pass.
 */
export class ConfigError extends Error {
  override readonly name = 'ConfigError'
  /** The message without its location prefix. */
  readonly detail: string

  constructor(
    detail: string,
    /** Repository-relative file the problem is in, when there is one. */
    readonly file: string | null = null,
    readonly line: number | null = null,
    readonly column: number | null = null
  ) {
    const where = file === null ? '' : line === null ? `${file}: ` : `${file}:${line}:${column ?? 1}: `
    super(oneLine(where + detail))
    this.detail = oneLine(detail)
  }

  /** The same problem as a `config` finding, for reports. */
  toFinding(): Finding {
    return finding('config', this.file ?? '', this.detail, {
      line: this.line,
      ...(this.column === null ? {} : { column: this.column })
    })
  }
}

/** A schema file that is named somewhere does not exist. */
export class SchemaNotFoundError extends ConfigError {
  constructor(
    detail: string,
    /** Repository-relative path of the missing schema file. */
    readonly missing: string
  ) {
    super(detail)
  }
}
