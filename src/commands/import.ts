/**
 * import: Genesys UI data-action exports (`<Name>.custom.json`) → DataAction
 * manifests in a folder. Each file is read (size-capped), parsed with the
 * manifest parser (so every finding has its file:line:column), converted
 * (src/adoption/ui-export.ts) and written as `data-action-<name>.yaml`. A
 * file that cannot be imported (another integration type, a broken export,
 * a name another file already has, a manifest that exists) is refused with
 * its reasons and nothing is written for it; the others are written.
 */
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { dataActionDocument, type ActionDefinition } from '../adoption/data-action-document.js';
import { renderManifestYaml } from '../adoption/manifest-yaml.js';
import { portableFileNames } from '../adoption/portable-file-names.js';
import { convertUiExport, type ExportFileFinding } from '../adoption/ui-export.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { decodeManifestFile } from '../manifests/file-decoding.js';
import type { ManifestDocument } from '../manifests/manifest-document.js';
import { parseManifestText } from '../manifests/yaml-parsing.js';
import { readCapped } from './manifest-folder.js';

export interface ImportOptions {
  /** Export files, relative to `cwd`. */
  files: readonly string[];
  /** The Integration manifest the actions belong to. */
  integration: string;
  /** Folder to write the manifests into (created when missing). */
  out: string;
  /** Function ARN for every imported action, replacing the exports' requestUrlTemplate. */
  functionArn?: string;
  cwd: string;
}

/** One finding about one export file, located. */
export interface ImportFinding {
  severity: 'error' | 'warning';
  file: string;
  line: number;
  column: number;
  message: string;
}

export interface ImportOutcome {
  /** Manifests written, relative to `cwd`. */
  written: string[];
  /** Every finding, in file order. */
  findings: ImportFinding[];
  /** Export files for which nothing was written. */
  refused: string[];
}

/** `file:line:col: severity: message` */
export function formatImportFinding(finding: ImportFinding): string {
  return `${finding.file}:${finding.line}:${finding.column}: ${finding.severity}: ${finding.message}`;
}

interface Converted {
  file: string;
  definition: ActionDefinition;
}

export async function importUiExports(options: ImportOptions): Promise<ImportOutcome> {
  const findings: ImportFinding[] = [];
  const refused: string[] = [];
  const converted: Converted[] = [];
  for (const file of options.files) {
    const result = await convertFile(file, options);
    findings.push(...result.findings);
    const definition = result.definition;
    const earlier = definition === undefined ? undefined : converted.find((other) => other.definition.name === definition.name);
    if (definition !== undefined && earlier !== undefined) {
      findings.push(
        at(file, 1, 1, 'error', `the action "${definition.name}" is also in ${earlier.file}; nothing is written for this file`),
      );
    }
    if (definition === undefined || earlier !== undefined) refused.push(file);
    else converted.push({ file, definition });
  }
  const outFolder = resolve(options.cwd, options.out);
  const names = portableFileNames(
    'data-action',
    converted.map((entry) => entry.definition.name),
  );
  const written: string[] = [];
  for (const { file, definition } of converted) {
    const target = join(outFolder, names.get(definition.name) ?? 'data-action.yaml');
    const shown = relative(options.cwd, target) || target;
    if (await exists(target)) {
      findings.push(at(file, 1, 1, 'error', `${shown} already exists; nothing is written for this file (move it away to import again)`));
      refused.push(file);
      continue;
    }
    const document = dataActionDocument(definition);
    const header = [`Imported by genesys-lambda-gitops from the Genesys export ${file}.`];
    await mkdir(outFolder, { recursive: true });
    await writeFile(target, renderManifestYaml(document.value, { kind: 'DataAction', header, keyComments: document.keyComments }), {
      encoding: 'utf8',
      flag: 'wx',
    });
    written.push(shown);
  }
  return { written, findings, refused };
}

async function convertFile(file: string, options: ImportOptions): Promise<{ definition?: ActionDefinition; findings: ImportFinding[] }> {
  const bytes = await readCappedOrUndefined(resolve(options.cwd, file));
  if (bytes === undefined) return { findings: [at(file, 1, 1, 'error', 'the file does not exist or cannot be read')] };
  const decoded = decodeManifestFile({ path: file, bytes });
  if (!decoded.ok) return { findings: [fromDiagnostic(decoded.diagnostic)] };
  const parsed = parseManifestText(file, decoded.text);
  if (parsed.diagnostics.length > 0) return { findings: parsed.diagnostics.map(fromDiagnostic) };
  const [document, ...more] = parsed.documents;
  if (document === undefined || more.length > 0)
    return { findings: [at(file, 1, 1, 'error', 'a Genesys export holds exactly one JSON object')] };
  const result = convertUiExport(document.value, {
    integration: options.integration,
    ...(options.functionArn === undefined ? {} : { functionArn: options.functionArn }),
  });
  const located = result.findings.map((finding) => locate(document, finding));
  return result.ok ? { definition: result.definition, findings: located } : { findings: located };
}

function locate(document: ManifestDocument, finding: ExportFileFinding): ImportFinding {
  const { start } = document.locate(finding.path);
  return at(document.file, start.line, start.column, finding.severity, finding.message);
}

function fromDiagnostic(diagnostic: Diagnostic): ImportFinding {
  return at(diagnostic.file, diagnostic.start.line, diagnostic.start.column, diagnostic.severity, diagnostic.message);
}

function at(file: string, line: number, column: number, severity: ImportFinding['severity'], message: string): ImportFinding {
  return { severity, file, line, column, message };
}

/** The file's bytes (capped like a manifest's); undefined when unreadable. */
async function readCappedOrUndefined(path: string): Promise<Uint8Array | undefined> {
  return readCapped(path).catch(() => undefined);
}

async function exists(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined)) !== undefined;
}
