/**
 * The trust policy another team writes by hand for Genesys Cloud's AWS
 * account, as JSON text: tests create "external" roles with it, so it is
 * spelled out here rather than built by the code under test.
 */
export function handWrittenGenesysTrust(externalId: string): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { AWS: 'arn:aws:iam::765628985471:root' },
        Action: 'sts:AssumeRole',
        Condition: { StringEquals: { 'sts:ExternalId': externalId } },
      },
    ],
  });
}
