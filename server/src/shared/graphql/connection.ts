import { type ClassType, Field, Int, ObjectType, ArgsType, InputType, registerEnumType } from 'type-graphql';

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection' });

@ObjectType({ description: 'Relay page information.' })
export class PageInfo {
  @Field(() => Boolean) hasNextPage!: boolean;
  @Field(() => Boolean) hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true }) startCursor!: string | null;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

/** Relay paging arguments, plus `offset` for page-numbered screens (react-admin). */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: 'Page size (at most 500; default 50).' })
  first?: number;
  @Field(() => String, { nullable: true }) after?: string;
  @Field(() => Int, { nullable: true }) last?: number;
  @Field(() => String, { nullable: true }) before?: string;
  @Field(() => Int, { nullable: true, description: 'Rows to skip (page-numbered screens); cursors are faster on large lists.' })
  offset?: number;
}

/** A page of rows with a lazily counted total (the count only runs when `totalCount` is asked for). */
export interface Page<T> {
  readonly nodes: readonly T[];
  readonly cursors: readonly string[];
  readonly pageInfo: PageInfo;
  readonly count: () => Promise<number>;
}

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: Promise<number>;
}

const connections = new Map<unknown, ClassType>();

/** The `XConnection` and `XEdge` object types of a node type (api-contract.md "Scalars and lists"). */
export function Connection<T extends object>(nodeType: ClassType<T>, name = nodeType.name): ClassType<ConnectionShape<T>> {
  const known = connections.get(nodeType);
  if (known) return known as ClassType<ConnectionShape<T>>;

  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => String) cursor!: string;
    @Field(() => nodeType) node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} records.` })
  class ConnectionType {
    @Field(() => [Edge]) edges!: Edge[];
    @Field(() => [nodeType]) nodes!: T[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
    @Field(() => Int, { description: 'Rows matching the filter, whatever the page.' })
    totalCount!: Promise<number>;
  }
  connections.set(nodeType, ConnectionType);
  return ConnectionType as unknown as ClassType<ConnectionShape<T>>;
}

/** Builds the connection object of a page; the count query runs only if `totalCount` is selected. */
export function toConnection<T>(page: Page<T>): ConnectionShape<T> {
  let counted: Promise<number> | undefined;
  const connection = {
    edges: page.nodes.map((node, i) => ({ cursor: page.cursors[i]!, node })),
    nodes: [...page.nodes],
    pageInfo: page.pageInfo,
  } as ConnectionShape<T>;
  Object.defineProperty(connection, 'totalCount', {
    enumerable: true,
    get: () => (counted ??= page.count()),
  });
  return connection;
}

const orderInputs = new Map<object, unknown>();

/** The `{ field, direction }` sort input of a list, named `<Name>Order`. */
export function OrderInput<E extends Record<string, string>>(fieldEnum: E, name: string) {
  const known = orderInputs.get(fieldEnum);
  if (known) return known as ClassType<{ field: E[keyof E]; direction?: SortDirection }>;
  @InputType(`${name}Order`)
  class Order {
    @Field(() => fieldEnum) field!: E[keyof E];
    @Field(() => SortDirection, { nullable: true, defaultValue: SortDirection.ASC }) direction?: SortDirection;
  }
  orderInputs.set(fieldEnum, Order);
  return Order;
}
