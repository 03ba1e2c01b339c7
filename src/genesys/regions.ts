/**
 * Genesys Cloud regions: the AWS region each org lives in, its domain
 * (`api.<domain>`, `login.<domain>`), and the Genesys AWS account that assumes
 * customer roles from there. Source: PureCloudRegionHosts.js (SDK v262) and
 * the Terraform provider's region map, as quoted in docs/reference/genesys-api.md.
 */

/** One Genesys Cloud region. */
export interface GenesysRegion {
  /** AWS region name, e.g. `eu-west-1`. */
  awsRegion: string;
  /** Domain, e.g. `mypurecloud.ie`; the API is `api.<domain>`, OAuth is `login.<domain>`. */
  domain: string;
  /**
   * The Genesys AWS account that assumes customer IAM roles from this region,
   * or undefined where the reference does not know it (EU sovereign cloud:
   * probably a separate partition; Genesys must be asked).
   */
  genesysAwsAccountId: string | undefined;
}

/** Genesys' production AWS account for the commercial core and satellite regions. */
export const GENESYS_COMMERCIAL_ACCOUNT_ID = '765628985471';
/** Genesys' AWS account for the FedRAMP region (us-east-2). */
export const GENESYS_FEDRAMP_ACCOUNT_ID = '325654371633';

const COMMERCIAL = GENESYS_COMMERCIAL_ACCOUNT_ID;

/** Every region the reference lists, in its order. */
export const GENESYS_REGIONS: readonly GenesysRegion[] = [
  { awsRegion: 'us-east-1', domain: 'mypurecloud.com', genesysAwsAccountId: COMMERCIAL },
  { awsRegion: 'us-east-2', domain: 'use2.us-gov-pure.cloud', genesysAwsAccountId: GENESYS_FEDRAMP_ACCOUNT_ID },
  { awsRegion: 'us-west-2', domain: 'usw2.pure.cloud', genesysAwsAccountId: COMMERCIAL },
  { awsRegion: 'ca-central-1', domain: 'cac1.pure.cloud', genesysAwsAccountId: COMMERCIAL },
  { awsRegion: 'sa-east-1', domain: 'sae1.pure.cloud', genesysAwsAccountId: COMMERCIAL },
  { awsRegion: 'mx-central-1', domain: 'mxc1.pure.cloud', genesysAwsAccountId: COMMERCIAL },
  { awsRegion: 'eu-west-1', domain: 'mypurecloud.ie', genesysAwsAccountId: COMMERCIAL },
  { awsRegion: 'eu-west-2', domain: 'euw2.pure.cloud', genesysAwsAccountId: COMMERCIAL },
  { awsRegion: 'eu-central-1', domain: 'mypurecloud.de', genesysAwsAccountId: COMMERCIAL },
  { awsRegion: 'eu-central-2', domain: 'euc2.pure.cloud', genesysAwsAccountId: COMMERCIAL },
  { awsRegion: 'me-central-1', domain: 'mec1.pure.cloud', genesysAwsAccountId: COMMERCIAL },
  { awsRegion: 'ap-south-1', domain: 'aps1.pure.cloud', genesysAwsAccountId: COMMERCIAL },
  { awsRegion: 'ap-northeast-1', domain: 'mypurecloud.jp', genesysAwsAccountId: COMMERCIAL },
  { awsRegion: 'ap-northeast-2', domain: 'apne2.pure.cloud', genesysAwsAccountId: COMMERCIAL },
  { awsRegion: 'ap-northeast-3', domain: 'apne3.pure.cloud', genesysAwsAccountId: COMMERCIAL },
  { awsRegion: 'ap-southeast-1', domain: 'apse1.pure.cloud', genesysAwsAccountId: COMMERCIAL },
  { awsRegion: 'ap-southeast-2', domain: 'mypurecloud.com.au', genesysAwsAccountId: COMMERCIAL },
  // ❓ The reference does not know the Genesys AWS account for the EU sovereign cloud.
  { awsRegion: 'eusc-de-east-1', domain: 'edee1.eusc-pure.cloud', genesysAwsAccountId: undefined },
];

/**
 * Finds a region by AWS region name or by domain (case-insensitive), or
 * returns undefined. Callers turn undefined into an error that lists
 * {@link describeValidRegions}.
 */
export function findGenesysRegion(regionOrDomain: string): GenesysRegion | undefined {
  const wanted = regionOrDomain.trim().toLowerCase();
  return GENESYS_REGIONS.find((region) => region.awsRegion === wanted || region.domain === wanted);
}

/** "us-east-1 (mypurecloud.com), …" for error messages. */
export function describeValidRegions(): string {
  return GENESYS_REGIONS.map((region) => `${region.awsRegion} (${region.domain})`).join(', ');
}

/** `arn:aws:iam::<account>:root`, the trust principal Genesys assumes roles from. */
export function genesysPrincipalArn(accountId: string): string {
  return `arn:aws:iam::${accountId}:root`;
}
