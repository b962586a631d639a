import type { AnyVariables, Client, DocumentInput } from '@urql/core';
import { HttpError, type DataProvider, type GetListResult, type RaRecord } from 'react-admin';
import type { ResourceMap, ResourceModel } from '../schema/schema-model';
import { createDocument, listDocument, oneDocument, updateDocument } from './build-document';
import { buildCreateInput, buildUpdateInput } from './build-input';
import { buildListVariables, splitPages, type ListParams } from './build-variables';
import { toHttpError } from './errors';
import { parseList, parseOne } from './parse-response';

type Data = Record<string, unknown>;

const NEVER_DELETED =
  'A utility keeps its records: nothing is deleted here (close, reverse or cancel the record instead)';
const NO_BULK_UPDATE =
  'Changes to several records at once are server operations, not available from this list';

/** Runs one operation; a GraphQL or network error becomes an HttpError. */
export async function execute(
  client: Client,
  kind: 'query' | 'mutation',
  document: DocumentInput<Data, AnyVariables>,
  variables: AnyVariables,
): Promise<Data> {
  const result = await client[kind](document, variables).toPromise();
  if (result.error) throw toHttpError(result.error);
  if (!result.data) throw new HttpError('The server returned no data', 502);
  return result.data;
}

function resourceOf(resources: ResourceMap, name: string): ResourceModel {
  const resource = resources.get(name);
  if (!resource) throw new HttpError(`There is no resource named ${name} in the schema`, 404);
  return resource;
}

/**
 * react-admin's data provider for every resource of the schema: documents and variables are built
 * from introspection (schema/resources.ts), so a resource added to the server needs no code here.
 */
export function createCrudProvider(client: Client, resources: ResourceMap): DataProvider {
  const list = async (resource: ResourceModel, params: ListParams): Promise<GetListResult> => {
    const variables = buildListVariables(resource, params);
    const pages = splitPages(variables);
    const document = listDocument(resource);
    const result = parseList(resource, await execute(client, 'query', document, pages[0]!));
    for (const page of pages.slice(1)) {
      if (result.data.length < Number(page.offset) - Number(variables.offset)) break;
      result.data.push(...parseList(resource, await execute(client, 'query', document, page)).data);
    }
    return result;
  };

  // `any`, as react-admin types the record with each caller's RecordType.
  const getOne = async (resource: ResourceModel, id: RaRecord['id']): Promise<any> => {
    const record = parseOne(
      resource,
      await execute(client, 'query', oneDocument(resource), { id: String(id) }),
      resource.one!,
    );
    if (!record) throw new HttpError(`${resource.singular} ${id} was not found`, 404);
    return record;
  };

  return {
    getList: (name, params) => list(resourceOf(resources, name), params),

    getOne: async (name, { id }) => ({ data: await getOne(resourceOf(resources, name), id) }),

    getMany: async (name, { ids }) => {
      const resource = resourceOf(resources, name);
      if (!ids.length) return { data: [] };
      if (resource.filters.some(f => f.name === 'id')) {
        const unique = [...new Set(ids.map(String))];
        const { data } = await list(resource, {
          pagination: { page: 1, perPage: unique.length },
          filter: { id: { in: unique } },
        });
        return { data };
      }
      return { data: await Promise.all(ids.map(id => getOne(resource, id))) };
    },

    getManyReference: async (name, { target, id, pagination, sort, filter }) => {
      const resource = resourceOf(resources, name);
      if (!resource.filters.some(f => f.name === target)) {
        throw new HttpError(`${resource.label} cannot be filtered by ${target}`, 400);
      }
      return list(resource, { pagination, sort, filter: { ...filter, [target]: { eq: String(id) } } });
    },

    create: async (name, { data }) => {
      const resource = resourceOf(resources, name);
      if (!resource.create) throw new HttpError(`${resource.label} cannot be created here`, 405);
      const input = buildCreateInput(resource.create, data as Data);
      const created = parseOne(
        resource,
        await execute(client, 'mutation', createDocument(resource), { input }),
        resource.create.field,
      );
      return { data: created as never };
    },

    update: async (name, { id, data, previousData }) => {
      const resource = resourceOf(resources, name);
      if (!resource.update) throw new HttpError(`${resource.label} cannot be edited`, 405);
      const input = buildUpdateInput(resource.update, data as Data, previousData as Data);
      if (!Object.keys(input).length) return { data: previousData as never };
      const updated = parseOne(
        resource,
        await execute(client, 'mutation', updateDocument(resource), { id: String(id), input }),
        resource.update.field,
      );
      return { data: updated as never };
    },

    updateMany: () => Promise.reject(new HttpError(NO_BULK_UPDATE, 405)),
    delete: () => Promise.reject(new HttpError(NEVER_DELETED, 405)),
    deleteMany: () => Promise.reject(new HttpError(NEVER_DELETED, 405)),
  };
}
