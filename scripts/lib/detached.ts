/**
 * A copy of plain data whose strings share nothing with the text they were
 * cut from. V8 keeps a substring as a slice of its parent, so a title kept
 * from a parsed document would keep the whole document's text alive; a build
 * that keeps a little of every document copies that little out.
 */
export function detached<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
