/** Types for scripts/contract-meta-validator.mjs (imported by its test). */
export declare const CONTRACT_AJV_OPTIONS: Record<string, boolean>;
export declare function generateContractMetaValidatorModule(header: string): string;
