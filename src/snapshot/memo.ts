/**
 * The per-version memo: data derived from one corpus version (catalogued
 * answers, compiled events, claimants and figures per sentence, suggestion
 * and autocomplete indexes), computed at most once and kept with the version.
 * It lives on the snapshot, in plain sight, instead of in module-level caches
 * filled from outside; it goes away with the version.
 *
 * Each kind of derived data has a named {@link MemoSlot}, declared by the
 * module that computes it.
 *
 * @module
 */

/** A named place in the memo for one kind of derived data. */
export class MemoSlot<T> {
  /** Only for the type: a slot holds values of type T. */
  declare readonly _type: T;
  readonly name: string;

  constructor(name: string) {
    this.name = name;
  }
}

/** Derived data of one corpus version, by slot. */
export class VersionMemo {
  readonly #values = new Map<MemoSlot<unknown>, unknown>();

  /** The slot's value, computed by `make` the first time. */
  get<T>(slot: MemoSlot<T>, make: () => T): T {
    if (this.#values.has(slot)) return this.#values.get(slot) as T;
    const value = make();
    this.#values.set(slot, value);
    return value;
  }

  /** Sets a slot's value (for values computed elsewhere, e.g. read from the answers cache). */
  set<T>(slot: MemoSlot<T>, value: T): void {
    this.#values.set(slot, value);
  }

  /** Names of the filled slots (for diagnostics). */
  filled(): string[] {
    return [...this.#values.keys()].map((s) => s.name);
  }
}
