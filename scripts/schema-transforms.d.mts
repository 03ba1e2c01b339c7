/** Types for scripts/schema-transforms.mjs, so tests can import it. */
type Json = Record<string, unknown>;
export declare const EDITOR_ONLY_KEYWORDS: string[];
export declare function withoutEditorHints(schema: Json): Json;
export declare function withEditorHints(schema: Json): Json;
export declare function withoutUnionTypes(schema: Json): Json;
export declare function combinedManifestSchema(kinds: { kind: string; fileName: string; schema: Json }[], options: { id: string }): Json;
