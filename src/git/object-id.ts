/**
 * What a full git object id is: 40 (sha1) or 64 (sha256) lowercase hex digits, nothing else. The
 * one definition used wherever an id from git, an event or a user is trusted as a full id.
 */
const OBJECT_ID = /^[0-9a-f]{40}([0-9a-f]{24})?$/

/** Whether `value` is a full lowercase hex object id (never anything git could read as an option or a name). */
export function isObjectId(value: unknown): value is string {
  return typeof value === 'string' && OBJECT_ID.test(value)
}
