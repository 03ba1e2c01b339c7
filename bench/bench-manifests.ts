/**
 * Generated manifests for the bench: one environment, one role, one
 * integration and N data actions calling the same Lambda (as many real
 * integrations do, routing on the payload), each with one test. `timeout`
 * is the field the "one-field change" step changes for every action;
 * `outputEta` adds an output property, a contract change (a replace).
 */
export function benchManifests(actionCount: number, timeout: number, options: { outputEta?: boolean } = {}): string {
  const documents = [
    `apiVersion: genesys-lambda-gitops/v1
kind: Environment
metadata: { name: bench }
spec:
  genesys: { region: eu-west-1 }
  aws: { accountId: "123456789012", region: eu-west-1 }
  vars:
    ordersFunction: arn:aws:lambda:eu-west-1:123456789012:function:orders-lookup:live`,
    `apiVersion: genesys-lambda-gitops/v1
kind: Role
metadata: { name: bench-invoker }
spec:
  description: Assumed by Genesys Cloud to invoke the bench functions`,
    `apiVersion: genesys-lambda-gitops/v1
kind: Integration
metadata: { name: Bench Lambdas }
spec: { role: bench-invoker, enabled: true }`,
  ];
  for (let index = 0; index < actionCount; index++) {
    documents.push(`apiVersion: genesys-lambda-gitops/v1
kind: DataAction
metadata: { name: Lookup Order ${String(index).padStart(4, '0')} }
spec:
  integration: Bench Lambdas
  category: Bench
  function: "{{ vars.ordersFunction }}"
  timeoutSeconds: ${timeout}
  contract:
    input:
      type: object
      required: [orderId]
      properties: { orderId: { type: string } }
    output:
      type: object
      properties: { status: { type: string }${options.outputEta ? ', eta: { type: string }' : ''} }
  tests:
    - name: shipped order
      input: { orderId: "1001" }
      expect: { status: SHIPPED }`);
  }
  return `${documents.join('\n---\n')}\n`;
}
