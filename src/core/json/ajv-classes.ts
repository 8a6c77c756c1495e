/**
 * ajv, its draft 2019-09 and 2020-12 variants and ajv-formats ship CommonJS, whose default export
 * reaches an ES module either as the value itself or wrapped in `.default`, depending on the
 * loader (Node, the bundler, the test runner). This module unwraps them once.
 */
import AjvModule from 'ajv'
import Ajv2019Module from 'ajv/dist/2019.js'
import Ajv2020Module from 'ajv/dist/2020.js'
import addFormatsModule from 'ajv-formats'

function unwrap<T>(module: unknown): T {
  const wrapped = module as { default?: T }
  return (typeof module === 'function' ? module : (wrapped.default ?? module)) as T
}

export type AjvDraft07Class = typeof AjvModule.default
export type Ajv2019Class = typeof Ajv2019Module.default
export type Ajv2020Class = typeof Ajv2020Module.default
export type AnyAjv = InstanceType<AjvDraft07Class> | InstanceType<Ajv2019Class> | InstanceType<Ajv2020Class>
type AddFormats = typeof addFormatsModule.default

export const AjvDraft07: AjvDraft07Class = unwrap(AjvModule)
export const Ajv2019: Ajv2019Class = unwrap(Ajv2019Module)
export const Ajv2020: Ajv2020Class = unwrap(Ajv2020Module)
export const addFormats: AddFormats = unwrap(addFormatsModule)
