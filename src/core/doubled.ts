/**
 * Growing a column of a typed array (digests, lengths) that holds one value per file or entry:
 * twice the length, the old values first, the rest as `make` leaves them.
 */
export function doubled<T extends Uint8Array | Float64Array>(column: T, make: (length: number) => T): T {
  const grown = make(column.length * 2)
  grown.set(column)
  return grown
}
