import type { EntityManager } from '@mikro-orm/postgresql';
import { InputProblems, NotFound } from '../shared/graphql/errors.js';
import { nextNumber } from '../shared/orm/numbers.js';
import { paginate, type ListArgs, type ListSpec } from '../shared/orm/paginate.js';
import { checkEmail, checkPhone, checkRequired, clean } from '../shared/validation.js';
import { Customer } from './customer.entity.js';
import type { CustomerInput, CustomerUpdateInput } from './customer.inputs.js';

export const customerList: ListSpec<Customer> = {
  entity: Customer,
  filters: { id: 'id', number: 'number', name: 'name', email: 'email', phone: 'phone', customerClass: 'customerClass', createdAt: 'createdAt' },
  search: ['name', 'number', 'email', 'phone'],
  orderBy: { NAME: 'name', NUMBER: 'number', CREATED_AT: 'createdAt' },
  defaultOrder: 'NAME',
};

export const listCustomers = (em: EntityManager, args: ListArgs, onlyId?: string) =>
  paginate(em, customerList, args, onlyId ? { id: onlyId } : undefined);

function checkCustomer(input: CustomerInput | CustomerUpdateInput, creating: boolean): void {
  const problems = new InputProblems();
  if (creating || input.name !== undefined) checkRequired(problems, 'name', input.name);
  checkEmail(problems, 'email', input.email);
  checkPhone(problems, 'phone', input.phone);
  problems.throwIfAny();
}

export async function createCustomer(em: EntityManager, input: CustomerInput): Promise<Customer> {
  checkCustomer(input, true);
  return em.transactional(async tx => {
    const customer = tx.create(Customer, {
      number: await nextNumber(tx, 'customer_number_seq', 6, 'C'),
      name: input.name.trim(),
      email: clean(input.email),
      phone: clean(input.phone),
      mailingAddress: clean(input.mailingAddress),
      customerClass: input.customerClass,
    });
    await tx.flush();
    return customer;
  });
}

export async function getCustomer(em: EntityManager, id: string, field = 'id'): Promise<Customer> {
  const customer = await em.findOne(Customer, { id });
  if (!customer) throw new NotFound('Customer', id, field);
  return customer;
}

export async function updateCustomer(em: EntityManager, id: string, input: CustomerUpdateInput): Promise<Customer> {
  checkCustomer(input, false);
  return em.transactional(async tx => {
    const customer = await getCustomer(tx, id);
    if (input.name !== undefined) customer.name = input.name.trim();
    if (input.email !== undefined) customer.email = clean(input.email);
    if (input.phone !== undefined) customer.phone = clean(input.phone);
    if (input.mailingAddress !== undefined) customer.mailingAddress = clean(input.mailingAddress);
    if (input.customerClass !== undefined && input.customerClass !== null) customer.customerClass = input.customerClass;
    await tx.flush();
    return customer;
  });
}
