/**
 * Unit tests run without moto: any AWS call a unit test makes by mistake goes
 * to a closed port and fails at once, instead of reaching real AWS or hanging
 * (such a test belongs in the integration project, vitest.config.ts).
 */
process.env.AWS_ENDPOINT_URL = 'http://127.0.0.1:9';
process.env.AWS_ACCESS_KEY_ID = 'unit-tests-have-no-aws';
process.env.AWS_SECRET_ACCESS_KEY = 'unit-tests-have-no-aws';
process.env.AWS_REGION = 'us-east-1';
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
