/** Bad usage or an environment that cannot be searched: exit 2, not a verdict on any packet. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}
