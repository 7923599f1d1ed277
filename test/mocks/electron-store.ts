/**
 * An in-memory stand-in for electron-store (which needs a real Electron app for its paths). Records the
 * options it was made with; `MockStore.last` is the most recent instance.
 */
export default class MockStore<T extends Record<string, unknown>> {
  static last: MockStore<Record<string, unknown>> | null = null;
  data: Record<string, unknown>;
  constructor(readonly options: { name?: string; defaults?: T; clearInvalidConfig?: boolean } = {}) {
    this.data = structuredClone(options.defaults ?? {}) as Record<string, unknown>;
    MockStore.last = this as unknown as MockStore<Record<string, unknown>>;
  }
  get(key: string): unknown {
    return this.data[key];
  }
  set(key: string, value: unknown): void {
    this.data[key] = structuredClone(value);
  }
}
