/** draft: draft → validate → test → publish; direct: write published actions (orgs that cannot use drafts). */
export type PublishStrategy = 'draft' | 'direct';
