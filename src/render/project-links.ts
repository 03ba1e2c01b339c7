/** Where the project lives, for links the renderers write (SARIF rules, help). */
export const PROJECT_URL = 'https://github.com/genesys-lambda-gitops/genesys-lambda-gitops';

/** The diagnostic-code table of the manifest reference, for the released major version. */
export const DIAGNOSTIC_CODES_URL = `${PROJECT_URL}/blob/v1/docs/manifest-reference.md#diagnostic-codes`;
