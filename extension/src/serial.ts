// A store that is read, edited and written back (the follow-ups, the history) loses a
// change when two run at once: each store runs its changes one at a time, in order.

/** A wrapper that queues each call of the functions it wraps behind the one before. */
export function serialiser(): <A extends unknown[], T>(f: (...args: A) => Promise<T>) => (...args: A) => Promise<T> {
  let queue: Promise<unknown> = Promise.resolve();
  return (f) =>
    (...args) => {
      const next = queue.then(() => f(...args));
      queue = next.catch(() => {});
      return next;
    };
}
