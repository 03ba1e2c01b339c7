import { describe, expect, it } from 'vitest';
import { InputError } from '../src/errors.js';
import { parseInputs } from '../src/inputs.js';

const from = (values: Record<string, string>) => (name: string) => values[name] ?? '';

describe('parseInputs', () => {
  it('applies the documented defaults', () => {
    expect(parseInputs(from({}))).toEqual({
      mode: 'auto',
      manifests: 'genesys',
      environment: undefined,
      githubToken: '',
      prune: false,
      publishStrategy: 'draft',
      requireReviewedPlan: false,
      comment: true,
      labels: true,
      planFile: undefined,
      sarifFile: undefined,
      genesysRequestsPerMinute: 300,
      allowDeletingUsedActions: false,
      failOnDrift: false,
      genesysConcurrency: 8,
    });
  });

  it.each(['0', '33', '2.5', 'many'])('refuses genesys-concurrency %s, naming the allowed range', (value) => {
    expect(() => parseInputs(from({ 'genesys-concurrency': value }))).toThrow(
      `Invalid \`genesys-concurrency\` '${value}'; expected a whole number from 1 to 32`,
    );
  });

  it('reads every input', () => {
    const inputs = parseInputs(
      from({
        mode: 'apply',
        manifests: ' infra/genesys ',
        environment: 'prod',
        'github-token': 'ghs_x',
        prune: 'true',
        'publish-strategy': 'direct',
        'require-reviewed-plan': 'yes',
        comment: 'false',
        labels: 'no',
        'plan-file': 'out/plan.json',
        'sarif-file': 'genesys.sarif',
        'genesys-requests-per-minute': '120',
        'allow-deleting-used-actions': 'true',
        'fail-on-drift': 'true',
      }),
    );
    expect(inputs).toMatchObject({
      mode: 'apply',
      manifests: 'infra/genesys',
      environment: 'prod',
      prune: true,
      publishStrategy: 'direct',
      requireReviewedPlan: true,
      comment: false,
      labels: false,
      planFile: 'out/plan.json',
      sarifFile: 'genesys.sarif',
      genesysRequestsPerMinute: 120,
      allowDeletingUsedActions: true,
      failOnDrift: true,
    });
  });

  it.each([
    ['mode', 'deploy', "Invalid `mode` 'deploy'; expected auto|validate|plan|apply|drift"],
    ['prune', 'maybe', "Invalid `prune` 'maybe'; expected true|false"],
    ['publish-strategy', 'yolo', "Invalid `publish-strategy` 'yolo'; expected draft|direct"],
    ['allow-deleting-used-actions', 'sure', "Invalid `allow-deleting-used-actions` 'sure'; expected true|false"],
    ['genesys-requests-per-minute', '0', "Invalid `genesys-requests-per-minute` '0'; expected a positive whole number"],
  ])('rejects %s=%s naming the input and the allowed values', (name, value, message) => {
    expect(() => parseInputs(from({ [name]: value }))).toThrow(new InputError(message));
  });
});
