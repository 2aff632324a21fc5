import DataLoader from 'dataloader';

/**
 * A request's DataLoader that also remembers the values it has loaded or been primed with, so that a
 * field resolver can return a known value as it is: asked once per item of a list, a promise per
 * item costs more than the item's work (the directory's 50 groups, their facilitators and domains).
 */
export class RequestLoader<K, V> {
  private readonly known = new Map<K, V>();
  private readonly loader: DataLoader<K, V>;

  constructor(private readonly batch: (keys: readonly K[]) => Promise<readonly (V | Error)[]>) {
    this.loader = new DataLoader<K, V>((keys) => this.read(keys));
  }

  load(key: K): Promise<V> {
    return this.known.has(key) ? Promise.resolve(this.known.get(key) as V) : this.loader.load(key);
  }

  /**
   * The values of `keys`, those not yet known read in one batch now (not one DataLoader promise per
   * key: a list resolver asks for 50 at once).
   */
  async loadMany(keys: readonly K[]): Promise<(V | Error)[]> {
    const missing = [...new Set(keys.filter((key) => !this.known.has(key)))];
    const failed = new Map<K, Error>();
    if (missing.length > 0) {
      const values = await this.read(missing);
      values.forEach((value, index) => value instanceof Error && failed.set(missing[index], value));
    }
    return keys.map((key) => failed.get(key) ?? (this.known.get(key) as V));
  }

  prime(key: K, value: V): this {
    this.known.set(key, value);
    return this;
  }

  /** The value when it is already known, else the promise of it (batched with the others asked now). */
  get(key: K): V | Promise<V> {
    return this.known.has(key) ? (this.known.get(key) as V) : this.loader.load(key);
  }

  /** The values when all are known, else the promise of them. */
  getMany(keys: readonly K[]): (V | Error)[] | Promise<(V | Error)[]> {
    return keys.every((key) => this.known.has(key)) ? keys.map((key) => this.known.get(key) as V) : this.loadMany(keys);
  }

  private async read(keys: readonly K[]): Promise<readonly (V | Error)[]> {
    const values = await this.batch(keys);
    values.forEach((value, index) => {
      if (!(value instanceof Error)) this.known.set(keys[index], value);
    });
    return values;
  }
}

const loadersByRequest = new WeakMap<object, Map<string, unknown>>();

/**
 * The loader named `name` for this GraphQL request (its context object), created on first use:
 * field resolvers of a list share one batched query per field, and nothing outlives the request.
 */
export function requestLoader<K, V>(
  context: object,
  name: string,
  batch: (keys: readonly K[]) => Promise<readonly (V | Error)[]>,
): RequestLoader<K, V> {
  let loaders = loadersByRequest.get(context);
  if (!loaders) {
    loaders = new Map();
    loadersByRequest.set(context, loaders);
  }
  let loader = loaders.get(name) as RequestLoader<K, V> | undefined;
  if (!loader) {
    loader = new RequestLoader<K, V>(batch);
    loaders.set(name, loader);
  }
  return loader;
}

/** `then(value)` at once when `value` is known, else when its promise settles. */
export function whenKnown<T, R>(value: T | Promise<T>, then: (known: T) => R): R | Promise<R> {
  return value instanceof Promise ? value.then(then) : then(value);
}
