import DataLoader from 'dataloader';
import type { EntityManager, EntityName, FilterQuery } from '@mikro-orm/postgresql';

/**
 * Per-request DataLoaders so that a list page costs a fixed number of SQL statements whatever its
 * size (quality.md: ≤ 3 per list page). `byId` batches lookups of one entity; `grouped` batches
 * one-to-many lookups by a foreign key.
 */
export class Loaders {
  private readonly loaders = new Map<string, DataLoader<string, unknown>>();

  constructor(private readonly em: EntityManager) {}

  byId<T extends { id: string }>(entity: EntityName<T>): DataLoader<string, T | null> {
    const key = `id:${typeof entity === 'string' ? entity : entity.name}`;
    let loader = this.loaders.get(key) as DataLoader<string, T | null> | undefined;
    if (!loader) {
      loader = new DataLoader<string, T | null>(async ids => {
        const rows = await this.em.find(entity, { id: { $in: [...ids] } } as unknown as FilterQuery<T>);
        const byId = new Map(rows.map(r => [String(r.id), r]));
        return ids.map(id => byId.get(String(id)) ?? null);
      });
      this.loaders.set(key, loader as DataLoader<string, unknown>);
    }
    return loader;
  }

  /** Rows grouped by a key, loaded in one batch: `load(ids)` returns a map of key → rows. */
  grouped<T>(name: string, load: (keys: readonly string[]) => Promise<Map<string, T[]>>): DataLoader<string, T[]> {
    let loader = this.loaders.get(`group:${name}`) as DataLoader<string, T[]> | undefined;
    if (!loader) {
      loader = new DataLoader<string, T[]>(async keys => {
        const groups = await load(keys);
        return keys.map(k => groups.get(k) ?? []);
      });
      this.loaders.set(`group:${name}`, loader as DataLoader<string, unknown>);
    }
    return loader;
  }

  /** One value per key, loaded in one batch. */
  single<T>(name: string, load: (keys: readonly string[]) => Promise<Map<string, T>>): DataLoader<string, T | null> {
    let loader = this.loaders.get(`single:${name}`) as DataLoader<string, T | null> | undefined;
    if (!loader) {
      loader = new DataLoader<string, T | null>(async keys => {
        const values = await load(keys);
        return keys.map(k => values.get(k) ?? null);
      });
      this.loaders.set(`single:${name}`, loader as DataLoader<string, unknown>);
    }
    return loader;
  }
}
