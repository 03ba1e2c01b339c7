/** Types for scripts/codegen.mjs, so the staleness test can import it. */
export declare const SCHEMA_FILES: { fileName: string; module: string; constant: string }[];
export declare function generateArtifacts(
  rootDirectory: string,
  renderManifestReference: (sources: { fileName: string; schema: Record<string, unknown> }[]) => string,
): Promise<Map<string, string>>;
