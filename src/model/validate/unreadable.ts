/**
 * What stands in the snapshot for a value that threw when it was read (a getter, a Proxy's trap, a
 * revoked Proxy): the checks report it at its path, and the rest of the data is kept. `at` is the
 * path of what threw inside the value it stands for: '' for the value itself, '.title',
 * '.excerpts[2].quote'.
 */
export class Unreadable {
  constructor(readonly at: string) {}
}
