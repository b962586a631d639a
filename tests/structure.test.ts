import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../server/src/migrations/index.js';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

describe('code structure', () => {
  it('should keep every core/ folder pure: no database, GraphQL, file system or clock', () => {
    const forbidden = /from ['"](@mikro-orm\/[^'"]*|type-graphql|@apollo\/[^'"]*|graphql|pg|pg-copy-streams|node:fs|fs|express)['"]|\.entity\.js['"]|Date\.now\(\)|new Date\(\)/;
    const offenders = files('server/src')
      .filter(f => f.includes(`${path.sep}core${path.sep}`) && f.endsWith('.ts'))
      .filter(f => forbidden.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('should list every migration file in migrations/index.ts, in order', () => {
    const onDisk = readdirSync('server/src/migrations').filter(f => /^Migration\d+.*\.ts$/.test(f)).map(f => f.replace(/\.ts$/, '')).sort();
    expect(MIGRATIONS.map(m => m.name)).toEqual(onDisk);
  });

  it('should never turn money into a float in server code (parseFloat, toFixed on numbers, Number(amount))', () => {
    const offenders = files('server/src').filter(f => f.endsWith('.ts') && /parseFloat\(|Number\((amount|total|rate|balance)/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
