import { Entity, ManyToOne, PrimaryKey, Property, BigIntType, OptionalProps, type Ref, Unique } from '@mikro-orm/postgresql';
import { User } from './user.entity.js';

/**
 * A clerk's sign-in session or a tool's API token. Only the SHA-256 of the token is stored, so a
 * copy of the database does not let anyone sign in.
 */
@Entity({ tableName: 'session' })
export class Session {
  [OptionalProps]?: 'createdAt' | 'revokedAt' | 'expiresAt' | 'label';

  @PrimaryKey({ type: new BigIntType('string') })
  id!: string;

  @Property({ type: 'text' })
  @Unique()
  tokenHash!: string;

  @ManyToOne(() => User, { ref: true })
  user!: Ref<User>;

  @Property({ type: 'text' })
  kind!: 'SESSION' | 'API_TOKEN';

  @Property({ type: 'text', nullable: true })
  label: string | null = null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  expiresAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  revokedAt: Date | null = null;
}
