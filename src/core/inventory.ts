import type { Resource } from './resource.js';
import type { InventoryView } from './rule.js';

/** Indexes resources by type and uid for selection and for rules that join resources. */
export class Inventory implements InventoryView {
  private readonly types = new Map<string, Resource[]>();
  private readonly uids = new Map<string, Resource>();
  private readonly memos = new Map<string, unknown>();

  constructor(resources: Iterable<Resource> = []) {
    for (const r of resources) this.add(r);
  }

  memo<T>(key: string, compute: () => T): T {
    if (!this.memos.has(key)) this.memos.set(key, compute());
    return this.memos.get(key) as T;
  }

  add(r: Resource): void {
    if (this.memos.size > 0) this.memos.clear();
    let list = this.types.get(r.type);
    if (!list) this.types.set(r.type, (list = []));
    list.push(r);
    this.uids.set(r.uid, r);
  }

  byType(type: string): readonly Resource[] {
    return this.types.get(type) ?? [];
  }

  byUid(uid: string): Resource | undefined {
    return this.uids.get(uid);
  }

  get size(): number {
    return this.uids.size;
  }

  [Symbol.iterator](): Iterator<Resource> {
    return this.uids.values();
  }
}
