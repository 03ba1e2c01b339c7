/**
 * The checks of one data action's own content: its contracts (Genesys' rules
 * and JSON Schema), its Velocity templates, its translation map and, when
 * asked, its tests against the contracts. They need nothing but the spec, so
 * they also run when no Environment can be evaluated.
 */
import type { DataActionManifest } from '../generated/data-action-manifest.js';
import type { JsonObject } from '../model/json.js';
import { checkActionTests, compileContract } from './action-test-rules.js';
import { checkInputContract, checkOutputContract } from './contract-rules.js';
import type { DocumentFinding } from './document-finding.js';
import { checkTranslationMap, checkVelocityTemplate } from './template-rules.js';

/**
 * Findings about the spec (paths from the document root). `tests: false`
 * leaves the tests out, for a spec whose variables are unresolved: a test
 * input still holding `{{ vars.x }}` says nothing about the contract.
 */
export function checkDataActionContent(spec: DataActionManifest['spec'], options: { tests: boolean }): DocumentFinding[] {
  const input = spec.contract.input as JsonObject;
  const output = spec.contract.output as JsonObject;
  const findings = [
    ...checkInputContract(input, ['spec', 'contract', 'input']),
    ...checkOutputContract(output, ['spec', 'contract', 'output']),
  ];
  for (const [side, schema] of [
    ['input', input],
    ['output', output],
  ] as const) {
    const compiled = compileContract(schema);
    // A $ref is already reported, and is what makes Ajv fail here.
    const hasRef = findings.some((finding) => finding.code === 'GLG-CONTRACT-REF' && finding.path[2] === side);
    if ('error' in compiled && !hasRef)
      findings.push({
        code: 'GLG-CONTRACT-SCHEMA',
        message: `the ${side} contract is not a valid JSON Schema: ${compiled.error}`,
        path: ['spec', 'contract', side, ...compiled.path],
      });
  }
  if (spec.request?.template !== undefined)
    findings.push(...checkVelocityTemplate(spec.request.template, ['spec', 'request', 'template'], 'request.template'));
  if (spec.response?.successTemplate !== undefined)
    findings.push(
      ...checkVelocityTemplate(spec.response.successTemplate, ['spec', 'response', 'successTemplate'], 'response.successTemplate'),
    );
  findings.push(
    ...checkTranslationMap(spec.response?.translationMap ?? {}, spec.response?.translationMapDefaults ?? {}, ['spec', 'response']),
  );
  if (options.tests) findings.push(...checkActionTests(spec.tests ?? [], input, output, ['spec', 'tests']));
  return findings;
}
