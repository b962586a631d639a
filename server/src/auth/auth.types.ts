import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../shared/graphql/scalars.js';
import { Role } from './roles.js';
import { User } from './user.entity.js';

@ObjectType({ description: 'A signed-in session: send `token` as `Authorization: Bearer <token>`, or rely on the cookie.' })
export class SessionResult {
  @Field(() => String) token!: string;
  @Field(() => User) user!: User;
  @Field(() => DateTimeScalar, { nullable: true }) expiresAt!: Date | null;
}

@InputType()
export class UserInput {
  @Field(() => String) email!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { description: 'At least 12 characters.' }) password!: string;
  @Field(() => [Role]) roles!: Role[];
  @Field(() => ID, { nullable: true }) customerId?: string;
}

@InputType()
export class ApiTokenInput {
  @Field(() => ID, { description: 'The user (usually a REPORTING tool account) the token acts as.' }) userId!: string;
  @Field(() => String) label!: string;
  @Field(() => DateTimeScalar, { nullable: true }) expiresAt?: Date;
}

@ObjectType()
export class ApiTokenResult {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'Shown once; only its hash is stored.' }) token!: string;
}
