/** GitHub rejects issue and pull-request comment bodies longer than this (HTTP 422). */
export const GITHUB_COMMENT_LIMIT = 65_536;
