import { useResourceContext } from 'react-admin';
import type { ResourceModel } from '../schema/schema-model';
import { resources } from '../schema/resources';

/** The schema model of the resource of the current screen. */
export function useResourceModel(name?: string): ResourceModel {
  const fromContext = useResourceContext();
  const resource = name ?? fromContext;
  const model = resource ? resources.get(resource) : undefined;
  if (!model) throw new Error(`No resource named ${resource ?? '(none)'} in the schema`);
  return model;
}
