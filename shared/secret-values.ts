// Values ml-hub learned from the process environment while reading the user's files (pip's `${VAR}` in requirements
// files). Nothing in shared/ writes them anywhere; the shells subscribe and have the runner mask them in its logs
// (core.setSecret), since a value read from the environment may be a token.

type SecretListener = (value: string) => void;

const listeners = new Set<SecretListener>();
const known = new Set<string>();

/** Calls `listener` with every value expanded so far and each one expanded later; returns the unsubscribe. */
export function onSecretExpanded(listener: SecretListener): () => void {
  listeners.add(listener);
  for (const value of known) listener(value);
  return () => listeners.delete(listener);
}

/** A parser read `value` from the environment. */
export function secretExpanded(value: string): void {
  if (!value || known.has(value)) return;
  known.add(value);
  for (const listener of listeners) listener(value);
}
