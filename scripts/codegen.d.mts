/** Types for scripts/codegen.mjs, so the staleness test can import it. */
export declare const SCHEMA_FILES: { fileName: string; module: string; constant: string }[];
export declare const COMBINED_SCHEMA_FILE: string;
export declare const OUTPUT_SCHEMAS: { fileName: string; source: string; type: string; title: string; description: string }[];
export declare function generateArtifacts(
  rootDirectory: string,
  renderManifestReference: (sources: { fileName: string; schema: Record<string, unknown> }[]) => string,
): Promise<Map<string, string>>;
