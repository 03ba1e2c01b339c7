/**
 * Editor validation as a user gets it: the real yaml-language-server (the
 * engine of VS Code's YAML extension), driven over stdio LSP with the
 * README's recommended `yaml.schemas` setting, on a multi-document manifest
 * file. A mistake in the second document must be reported there, and hovers
 * must render the descriptions' Markdown.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLspClient, type LspClient, type LspDiagnostic } from '../support/lsp-client.js';
import { repositoryRoot } from '../support/repository-root.js';

const require = createRequire(import.meta.url);
const serverScript = require.resolve('yaml-language-server/bin/yaml-language-server');

const readme = readFileSync(join(repositoryRoot, 'README.md'), 'utf8');
/** The README's recommended `.vscode/settings.json`. */
const recommended = JSON.parse(/<!-- editor-settings:start -->\n```json\n([\s\S]*?)```/.exec(readme)?.[1] ?? '{}') as {
  'yaml.schemas': Record<string, string>;
};
const combinedSchema = JSON.parse(readFileSync(join(repositoryRoot, 'schemas/manifest.schema.json'), 'utf8')) as { $id: string };

const ROLE = [
  'apiVersion: genesys-lambda-gitops/v1',
  'kind: Role',
  'metadata:',
  '  name: genesys-lambda-invoker',
  'spec:',
  '  description: Assumed by Genesys Cloud',
];
const INTEGRATION_WITH_MISTAKE = [
  'apiVersion: genesys-lambda-gitops/v1',
  'kind: Integration',
  'metadata:',
  '  name: Customer Lambdas',
  'spec:',
  '  role: genesys-lambda-invoker',
  '  enabled: maybe',
];

/** A multi-document file: a valid Role (lines 0–5), `---` (line 6), then an Integration whose `enabled` is not a boolean (line 13; LSP lines count from 0). */
function multiDocument(modeline?: (kindSchema: string) => string): string {
  const head = (schema: string) => (modeline === undefined ? [] : [modeline(schema)]);
  return [...head('role'), ...ROLE, '---', ...head('integration'), ...INTEGRATION_WITH_MISTAKE, ''].join('\n');
}

interface Session {
  client: LspClient;
  open(relativePath: string, text: string): Promise<{ uri: string; diagnostics: LspDiagnostic[] }>;
}

async function startSession(yamlSchemas: Record<string, string>): Promise<Session> {
  // Not under a dot-folder: glob patterns skip hidden path segments, as they do in a user's workspace.
  const workspace = await mkdtemp(join(tmpdir(), 'glg-editor-'));
  const settings = { yaml: { validate: true, hover: true, completion: true, schemaStore: { enable: false }, schemas: yamlSchemas } };
  const client = startLspClient(process.execPath, [serverScript, '--stdio'], {
    configuration: (section) => (section === 'yaml' ? settings.yaml : null),
    timeoutMs: 20_000,
  });
  await client.request('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(workspace).href,
    workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'workspace' }],
    capabilities: {
      workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
      textDocument: { publishDiagnostics: {}, hover: { contentFormat: ['markdown', 'plaintext'] } },
    },
  });
  client.notify('initialized', {});
  client.notify('workspace/didChangeConfiguration', { settings });
  let version = 0;
  return {
    client,
    async open(relativePath, text) {
      const path = join(workspace, relativePath);
      await mkdir(join(path, '..'), { recursive: true });
      await writeFile(path, text);
      const uri = pathToFileURL(path).href;
      client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: ++version, text } });
      return { uri, diagnostics: await client.diagnosticsFor(uri, (diagnostics) => diagnostics.length > 0) };
    },
  };
}

const localSchema = (file: string) => pathToFileURL(join(repositoryRoot, 'schemas', file)).href;

describe('yaml-language-server with the README’s yaml.schemas setting', () => {
  let session: Session;

  beforeAll(async () => {
    const entries = Object.entries(recommended['yaml.schemas']);
    expect(entries).toEqual([[combinedSchema.$id, 'genesys/**/*.yaml']]);
    // The published $id, served from this checkout (no network here): same schema, same glob.
    session = await startSession({ [localSchema('manifest.schema.json')]: entries[0]![1] });
  }, 30_000);

  afterAll(async () => {
    await session.client.stop();
  });

  it('reports the mistake in the second document, and nothing in the first', async () => {
    const { diagnostics } = await session.open('genesys/orders.yaml', multiDocument());
    expect(diagnostics).toEqual([
      expect.objectContaining({
        message: 'Incorrect type. Expected "boolean".',
        severity: 1,
        range: { start: { line: 13, character: 11 }, end: { line: 13, character: 16 } },
      }),
    ]);
  });

  it('hovers render the description as Markdown: code stays code, no escaped backticks', async () => {
    const { uri } = await session.open('genesys/hover.yaml', multiDocument());
    const hover = (await session.client.request('textDocument/hover', { textDocument: { uri }, position: { line: 13, character: 4 } })) as {
      contents: { kind: string; value: string };
    };
    expect(hover.contents.kind).toBe('markdown');
    expect(hover.contents.value).toContain('Intended state: `true` → ENABLED, `false` → DISABLED. Default: `true`.');
    expect(hover.contents.value).not.toContain('\\`');
  });

  it('a document of an unknown kind is told which kinds exist', async () => {
    const { diagnostics } = await session.open(
      'genesys/unknown.yaml',
      [...ROLE, '---', 'apiVersion: genesys-lambda-gitops/v1', 'kind: Lambda', ''].join('\n'),
    );
    expect(diagnostics).toEqual([
      expect.objectContaining({ range: expect.objectContaining({ start: { line: 8, character: 6 } }) as unknown }),
    ]);
    expect(diagnostics[0]?.message).toBe('Value is not accepted. Valid values: "Environment", "Role", "Integration", "DataAction".');
  });
});

describe('yaml-language-server with one modeline per document (as import and export write them)', () => {
  let session: Session;

  beforeAll(async () => {
    session = await startSession({});
  }, 30_000);

  afterAll(async () => {
    await session.client.stop();
  });

  it('reports the mistake in the second document', async () => {
    const text = multiDocument((kind) => `# yaml-language-server: $schema=${localSchema(`${kind}.schema.json`)}`);
    const { diagnostics } = await session.open('elsewhere/orders.yaml', text);
    expect(diagnostics.map((diagnostic) => [diagnostic.range.start.line, diagnostic.message])).toEqual([
      [15, 'Incorrect type. Expected "boolean".'],
    ]);
  });
});
