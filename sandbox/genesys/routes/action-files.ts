/** The template (text/plain) and schema files of an action or draft. */
import { notFound } from '../api-error.js';
import { schemaDocument, templateText } from '../action-view.js';
import type { StoredAction } from '../sandbox-state.js';

/** `…/templates/{requesttemplate.vm|successtemplate.vm}` as text/plain, else 404. */
export function textFile(action: StoredAction, fileName: string): { status: number; text: string } {
  const text = templateText(action, fileName);
  if (text === undefined) throw notFound(`Template ${fileName} not found`);
  return { status: 200, text };
}

/** `…/schemas/{inputschema.json|successschema.json}`, else 404. */
export function schemaFile(action: StoredAction, fileName: string): { status: number; body: unknown } {
  const schema = schemaDocument(action, fileName);
  if (schema === undefined) throw notFound(`Schema ${fileName} not found`);
  return { status: 200, body: schema };
}
