// What the page holds for this session only (the chat's outbox, the live connection). Log out and the
// quick exit forget all of it at once, along with sessionStorage.
const forgetters = new Set<() => void>();

/** Registers how to forget something the page holds; returns a function that unregisters it. */
export function forgetOnLeave(forget: () => void): () => void {
  forgetters.add(forget);
  return () => forgetters.delete(forget);
}

/** Forgets everything registered, then sessionStorage. Never throws: leaving matters more. */
export function forgetSession(): void {
  for (const forget of [...forgetters]) {
    try {
      forget();
    } catch {
      // Go on forgetting the rest.
    }
  }
  try {
    sessionStorage.clear();
  } catch {
    // Storage may be unavailable; then nothing was kept in it.
  }
}
