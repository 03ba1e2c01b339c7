/**
 * Keywords that editors read and validators do not: the schemas in schemas/
 * carry `markdownDescription` (yaml-language-server and VS Code render it
 * as Markdown), and SchemaStore's other editor extensions are registered too
 * so a schema may use them. Ajv's strict mode rejects an unknown keyword;
 * registered as annotations (no validation), they pass, as SchemaStore
 * registers them.
 */
import type { Ajv } from 'ajv';

export const EDITOR_KEYWORDS = [
  'markdownDescription',
  'markdownEnumDescriptions',
  'enumDescriptions',
  'defaultSnippets',
  'deprecationMessage',
  'errorMessage',
  'allowTrailingCommas',
  'x-intellij-html-description',
  'x-intellij-language-injection',
  'x-intellij-enum-metadata',
  'x-taplo',
  'x-taplo-info',
] as const;

export function registerEditorKeywords(ajv: Ajv): Ajv {
  for (const keyword of EDITOR_KEYWORDS) if (ajv.getKeyword(keyword) === false) ajv.addKeyword(keyword);
  return ajv;
}
