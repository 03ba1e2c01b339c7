/* eslint-disable */
/**
 * Generated from schemas/ by `npm run codegen` (scripts/codegen.mjs). DO NOT EDIT.
 */

/** schemas/environment.schema.json */
export const ENVIRONMENT_SCHEMA: Record<string, unknown> = {
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$id": "https://raw.githubusercontent.com/genesys-lambda-gitops/genesys-lambda-gitops/v1/schemas/environment.schema.json",
  "title": "EnvironmentManifest",
  "description": "A deployment target: the Genesys Cloud org region, the AWS account and region, and named variables. The same Role, Integration and DataAction manifests are promoted between Environments.",
  "type": "object",
  "additionalProperties": false,
  "required": [
    "apiVersion",
    "kind",
    "metadata",
    "spec"
  ],
  "properties": {
    "apiVersion": {
      "type": "string",
      "const": "genesys-lambda-gitops/v1",
      "description": "Manifest format version; always `genesys-lambda-gitops/v1`."
    },
    "kind": {
      "type": "string",
      "const": "Environment",
      "description": "Always `Environment`."
    },
    "metadata": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "name"
      ],
      "description": "Identity of the resource. Resources are matched with live state by name.",
      "properties": {
        "name": {
          "type": "string",
          "minLength": 1,
          "maxLength": 256,
          "description": "Environment name, chosen with `--environment` / the `environment` input, and available as `{{ env.name }}`.",
          "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$",
          "examples": [
            "dev",
            "prod"
          ]
        },
        "description": {
          "type": "string",
          "description": "Free text for people reading the manifests; not sent anywhere."
        },
        "labels": {
          "type": "object",
          "description": "Free-form key/value labels for people and tooling; not sent anywhere.",
          "propertyNames": {
            "pattern": "^[A-Za-z0-9][A-Za-z0-9._/-]*$"
          },
          "additionalProperties": {
            "type": "string",
            "description": "Label value."
          }
        }
      }
    },
    "spec": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "genesys",
        "aws"
      ],
      "description": "Where this Environment deploys.",
      "properties": {
        "genesys": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "region"
          ],
          "description": "The Genesys Cloud org.",
          "properties": {
            "region": {
              "type": "string",
              "minLength": 1,
              "description": "Region of the Genesys Cloud org: its AWS region name (`eu-west-1`) or its domain (`mypurecloud.ie`). Decides the API host and the Genesys AWS account that assumes the Role.",
              "examples": [
                "eu-west-1",
                "mypurecloud.ie"
              ]
            }
          }
        },
        "aws": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "region"
          ],
          "description": "The AWS account that holds the Role and the Lambda functions.",
          "properties": {
            "accountId": {
              "type": "string",
              "pattern": "^[0-9]{12}$",
              "description": "The 12-digit AWS account id, quoted. When set, plan and apply refuse to run with credentials for another account, and `{{ aws.accountId }}` can be used.",
              "examples": [
                "123456789012"
              ]
            },
            "region": {
              "type": "string",
              "pattern": "^[a-z]{2}(-[a-z]+)+-[0-9]+$",
              "description": "AWS region for the SDK clients, e.g. `eu-west-1`.",
              "examples": [
                "eu-west-1"
              ]
            }
          }
        },
        "vars": {
          "type": "object",
          "description": "Named variables, used in other manifests as `{{ vars.NAME }}`. Values are strings and may use the built-ins `{{ env.name }}`, `{{ aws.accountId }}`, `{{ aws.region }}`, `{{ genesys.region }}` (not other vars).",
          "propertyNames": {
            "pattern": "^[A-Za-z][A-Za-z0-9_]*$"
          },
          "additionalProperties": {
            "type": "string",
            "description": "Variable value."
          },
          "examples": [
            {
              "ordersFunction": "arn:aws:lambda:{{ aws.region }}:{{ aws.accountId }}:function:orders-lookup:live"
            }
          ]
        }
      }
    }
  }
};

/** schemas/role.schema.json */
export const ROLE_SCHEMA: Record<string, unknown> = {
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$id": "https://raw.githubusercontent.com/genesys-lambda-gitops/genesys-lambda-gitops/v1/schemas/role.schema.json",
  "title": "RoleManifest",
  "description": "The AWS IAM role that Genesys Cloud assumes to invoke Lambda functions. Its trust and permission policies are generated unless written out here; either way the Genesys-aware IAM lint checks them.",
  "type": "object",
  "additionalProperties": false,
  "required": [
    "apiVersion",
    "kind",
    "metadata",
    "spec"
  ],
  "properties": {
    "apiVersion": {
      "type": "string",
      "const": "genesys-lambda-gitops/v1",
      "description": "Manifest format version; always `genesys-lambda-gitops/v1`."
    },
    "kind": {
      "type": "string",
      "const": "Role",
      "description": "Always `Role`."
    },
    "metadata": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "name"
      ],
      "description": "Identity of the resource. Resources are matched with live state by name.",
      "properties": {
        "name": {
          "type": "string",
          "minLength": 1,
          "maxLength": 64,
          "description": "IAM role name (1–64 characters: letters, digits and `+=,.@_-`). May use `{{ env.name }}` and `{{ vars.NAME }}`, resolved for the selected Environment (the resolved name must follow the same rule).",
          "pattern": "^([\\w+=,.@-]|\\{\\{ *[A-Za-z]+\\.[A-Za-z][A-Za-z0-9_]* *\\}\\})+$",
          "examples": [
            "genesys-lambda-invoker"
          ]
        },
        "description": {
          "type": "string",
          "description": "Free text for people reading the manifests; not sent anywhere."
        },
        "labels": {
          "type": "object",
          "description": "Free-form key/value labels for people and tooling; not sent anywhere.",
          "propertyNames": {
            "pattern": "^[A-Za-z0-9][A-Za-z0-9._/-]*$"
          },
          "additionalProperties": {
            "type": "string",
            "description": "Label value."
          }
        },
        "environments": {
          "type": "array",
          "description": "Limit this resource to these Environments (by name). Default: every Environment.",
          "minItems": 1,
          "uniqueItems": true,
          "items": {
            "type": "string",
            "minLength": 1,
            "description": "Name of an Environment manifest."
          }
        }
      }
    },
    "spec": {
      "type": "object",
      "additionalProperties": false,
      "description": "The role.",
      "properties": {
        "description": {
          "type": "string",
          "maxLength": 1000,
          "description": "IAM role description. Default: empty.",
          "default": ""
        },
        "path": {
          "type": "string",
          "maxLength": 512,
          "pattern": "^/([!-~]+/)?$",
          "description": "IAM path. Default: `/`.",
          "default": "/"
        },
        "maxSessionDurationSeconds": {
          "type": "integer",
          "minimum": 3600,
          "maximum": 43200,
          "description": "Maximum session duration, 3600–43200 seconds. Default: 3600.",
          "default": 3600
        },
        "trustPolicy": {
          "$ref": "#/definitions/policyDocument",
          "description": "Trust policy, written out. Default: generated, allowing only `sts:AssumeRole` by the Genesys AWS account for the Environment's Genesys region, with `StringEquals sts:ExternalId` = `{{ genesys.orgId }}` (the live org id, resolved at plan time). `{{ genesys.orgId }}` is only allowed here."
        },
        "permissionPolicy": {
          "$ref": "#/definitions/policyDocument",
          "description": "Inline permission policy, written out. Default: generated, allowing only `lambda:InvokeFunction` on exactly the function ARNs of the DataActions whose Integration uses this Role."
        },
        "permissionPolicyName": {
          "type": "string",
          "minLength": 1,
          "maxLength": 128,
          "pattern": "^[\\w+=,.@-]+$",
          "description": "Name of the inline permission policy. Default: `genesys-lambda-invoke`.",
          "default": "genesys-lambda-invoke"
        },
        "managedPolicyArns": {
          "type": "array",
          "description": "Managed policies to attach to the role, by ARN (AWS-managed `arn:aws:iam::aws:policy/...` or your own `arn:aws:iam::ACCOUNT:policy/...`). Apply attaches these and detaches every other managed policy. Broad AWS-managed policies (such as `AWSLambda_FullAccess`) are a warning that needs a suppression with a reason. Default: none.",
          "maxItems": 20,
          "uniqueItems": true,
          "items": {
            "type": "string",
            "pattern": "^arn:aws(-[a-z]+)*:iam::(aws|[0-9]{12}):policy/([\\x21-\\x7e]+/)*[\\w+=,.@-]{1,128}$",
            "description": "A managed policy ARN."
          }
        },
        "tags": {
          "type": "object",
          "description": "IAM tags. The tool adds `managed-by` and `genesys-lambda-gitops/environment` itself; those keys are reserved.",
          "maxProperties": 48,
          "propertyNames": {
            "minLength": 1,
            "maxLength": 128,
            "pattern": "^[\\p{L}\\p{Z}\\p{N}_.:/=+@-]+$"
          },
          "additionalProperties": {
            "type": "string",
            "maxLength": 256,
            "description": "Tag value."
          }
        },
        "suppressions": {
          "type": "array",
          "description": "Warnings accepted on purpose for this resource. Only warnings can be suppressed; errors cannot.",
          "items": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "code",
              "reason"
            ],
            "description": "One accepted warning.",
            "properties": {
              "code": {
                "type": "string",
                "pattern": "^GLG-[A-Z0-9-]+$",
                "description": "Diagnostic code to suppress, e.g. `GLG-IAM-PERMISSION-WILDCARD`."
              },
              "reason": {
                "type": "string",
                "minLength": 1,
                "pattern": "\\S",
                "description": "Why this warning is acceptable (required; reviewers read it)."
              }
            }
          }
        }
      }
    }
  },
  "definitions": {
    "policyDocument": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "Version",
        "Statement"
      ],
      "description": "An IAM policy document, written as YAML or JSON.",
      "properties": {
        "Version": {
          "type": "string",
          "enum": [
            "2012-10-17",
            "2008-10-17"
          ],
          "description": "Policy language version; use `2012-10-17`."
        },
        "Id": {
          "type": "string",
          "description": "Optional policy id."
        },
        "Statement": {
          "description": "One statement or a list of them.",
          "anyOf": [
            {
              "$ref": "#/definitions/statement"
            },
            {
              "type": "array",
              "description": "A list of statements.",
              "items": {
                "$ref": "#/definitions/statement"
              }
            }
          ]
        }
      }
    },
    "statement": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "Effect"
      ],
      "description": "One IAM policy statement.",
      "properties": {
        "Sid": {
          "type": "string",
          "description": "Statement id."
        },
        "Effect": {
          "type": "string",
          "enum": [
            "Allow",
            "Deny"
          ],
          "description": "`Allow` or `Deny`."
        },
        "Principal": {
          "description": "`\"*\"` or a map such as `{ AWS: \"arn:aws:iam::765628985471:root\" }`.",
          "anyOf": [
            {
              "type": "string",
              "description": "The wildcard principal `*`."
            },
            {
              "type": "object",
              "description": "Principal type to principal(s).",
              "additionalProperties": {
                "$ref": "#/definitions/stringOrList"
              }
            }
          ]
        },
        "NotPrincipal": {
          "description": "Rejected by the IAM lint; listed so that the error can point at it.",
          "anyOf": [
            {
              "type": "string",
              "description": "The wildcard principal `*`."
            },
            {
              "type": "object",
              "description": "Principal type to principal(s).",
              "additionalProperties": {
                "$ref": "#/definitions/stringOrList"
              }
            }
          ]
        },
        "Action": {
          "$ref": "#/definitions/stringOrList",
          "description": "Action(s), e.g. `sts:AssumeRole` or `lambda:InvokeFunction`."
        },
        "NotAction": {
          "$ref": "#/definitions/stringOrList",
          "description": "Rejected by the IAM lint; listed so that the error can point at it."
        },
        "Resource": {
          "$ref": "#/definitions/stringOrList",
          "description": "Resource ARN(s)."
        },
        "NotResource": {
          "$ref": "#/definitions/stringOrList",
          "description": "Rejected by the IAM lint; listed so that the error can point at it."
        },
        "Condition": {
          "type": "object",
          "description": "Condition operator → condition key → value(s), e.g. `StringEquals: { sts:ExternalId: \"{{ genesys.orgId }}\" }`.",
          "additionalProperties": {
            "type": "object",
            "description": "Condition key → value(s).",
            "additionalProperties": {
              "description": "Value(s) to compare with.",
              "anyOf": [
                {
                  "$ref": "#/definitions/stringOrList"
                },
                {
                  "type": "boolean",
                  "description": "A boolean value."
                },
                {
                  "type": "number",
                  "description": "A number value."
                }
              ]
            }
          }
        }
      }
    },
    "stringOrList": {
      "description": "One string or a list of strings.",
      "anyOf": [
        {
          "type": "string",
          "description": "One value."
        },
        {
          "type": "array",
          "description": "A list of values.",
          "items": {
            "type": "string",
            "description": "One value."
          }
        }
      ]
    }
  }
};

/** schemas/integration.schema.json */
export const INTEGRATION_SCHEMA: Record<string, unknown> = {
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$id": "https://raw.githubusercontent.com/genesys-lambda-gitops/genesys-lambda-gitops/v1/schemas/integration.schema.json",
  "title": "IntegrationManifest",
  "description": "The Genesys Cloud `aws-lambda-data-actions` integration and the `amazonWebServicesARN` credential that holds its role ARN.",
  "type": "object",
  "additionalProperties": false,
  "required": [
    "apiVersion",
    "kind",
    "metadata",
    "spec"
  ],
  "properties": {
    "apiVersion": {
      "type": "string",
      "const": "genesys-lambda-gitops/v1",
      "description": "Manifest format version; always `genesys-lambda-gitops/v1`."
    },
    "kind": {
      "type": "string",
      "const": "Integration",
      "description": "Always `Integration`."
    },
    "metadata": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "name"
      ],
      "description": "Identity of the resource. Resources are matched with live state by name.",
      "properties": {
        "name": {
          "type": "string",
          "minLength": 1,
          "maxLength": 256,
          "description": "Integration name (1–256 characters), also its configuration name. May use `{{ env.name }}` and `{{ vars.NAME }}`, resolved for the selected Environment.",
          "examples": [
            "Customer Lambdas"
          ]
        },
        "description": {
          "type": "string",
          "description": "Free text for people reading the manifests; not sent anywhere."
        },
        "labels": {
          "type": "object",
          "description": "Free-form key/value labels for people and tooling; not sent anywhere.",
          "propertyNames": {
            "pattern": "^[A-Za-z0-9][A-Za-z0-9._/-]*$"
          },
          "additionalProperties": {
            "type": "string",
            "description": "Label value."
          }
        },
        "environments": {
          "type": "array",
          "description": "Limit this resource to these Environments (by name). Default: every Environment.",
          "minItems": 1,
          "uniqueItems": true,
          "items": {
            "type": "string",
            "minLength": 1,
            "description": "Name of an Environment manifest."
          }
        }
      }
    },
    "spec": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "role"
      ],
      "description": "The integration.",
      "properties": {
        "role": {
          "description": "The role Genesys assumes: the name of a Role manifest, or `{ arn: ... }` for a role managed elsewhere.",
          "anyOf": [
            {
              "type": "string",
              "minLength": 1,
              "description": "Name of a Role manifest."
            },
            {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "arn"
              ],
              "description": "A role managed outside these manifests.",
              "properties": {
                "arn": {
                  "type": "string",
                  "pattern": "^(arn:|\\{\\{)",
                  "description": "IAM role ARN. May use `{{ vars.NAME }}`, `{{ env.name }}`, `{{ aws.accountId }}`, `{{ aws.region }}` and `{{ genesys.region }}`, resolved for the selected Environment."
                }
              }
            }
          ],
          "examples": [
            "genesys-lambda-invoker",
            {
              "arn": "arn:aws:iam::123456789012:role/genesys-lambda-invoker"
            }
          ]
        },
        "enabled": {
          "type": "boolean",
          "description": "Intended state: `true` → ENABLED, `false` → DISABLED. Default: `true`.",
          "default": true
        },
        "notes": {
          "type": "string",
          "description": "Integration configuration notes. Default: `Managed by genesys-lambda-gitops`.",
          "default": "Managed by genesys-lambda-gitops"
        },
        "credentialName": {
          "type": "string",
          "minLength": 1,
          "maxLength": 256,
          "description": "Name of the credential holding the role ARN. Default: the integration name followed by ` role`. May use `{{ env.name }}` and `{{ vars.NAME }}`."
        }
      }
    }
  }
};

/** schemas/data-action.schema.json */
export const DATA_ACTION_SCHEMA: Record<string, unknown> = {
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$id": "https://raw.githubusercontent.com/genesys-lambda-gitops/genesys-lambda-gitops/v1/schemas/data-action.schema.json",
  "title": "DataActionManifest",
  "description": "A Genesys Cloud data action that invokes an AWS Lambda function, with its contracts, templates and smoke tests.",
  "type": "object",
  "additionalProperties": false,
  "required": [
    "apiVersion",
    "kind",
    "metadata",
    "spec"
  ],
  "properties": {
    "apiVersion": {
      "type": "string",
      "const": "genesys-lambda-gitops/v1",
      "description": "Manifest format version; always `genesys-lambda-gitops/v1`."
    },
    "kind": {
      "type": "string",
      "const": "DataAction",
      "description": "Always `DataAction`."
    },
    "metadata": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "name"
      ],
      "description": "Identity of the resource. Resources are matched with live state by name.",
      "properties": {
        "name": {
          "type": "string",
          "minLength": 1,
          "maxLength": 256,
          "description": "Data action name (1–256 characters), unique across the manifests. May use `{{ env.name }}` and `{{ vars.NAME }}`, resolved for the selected Environment (e.g. `Get Bookable Slots {{ env.name }}`).",
          "examples": [
            "Lookup Order Status"
          ]
        },
        "description": {
          "type": "string",
          "description": "Free text for people reading the manifests; not sent anywhere."
        },
        "labels": {
          "type": "object",
          "description": "Free-form key/value labels for people and tooling; not sent anywhere.",
          "propertyNames": {
            "pattern": "^[A-Za-z0-9][A-Za-z0-9._/-]*$"
          },
          "additionalProperties": {
            "type": "string",
            "description": "Label value."
          }
        },
        "environments": {
          "type": "array",
          "description": "Limit this resource to these Environments (by name). Default: every Environment.",
          "minItems": 1,
          "uniqueItems": true,
          "items": {
            "type": "string",
            "minLength": 1,
            "description": "Name of an Environment manifest."
          }
        }
      }
    },
    "spec": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "integration",
        "function",
        "contract"
      ],
      "description": "The data action.",
      "properties": {
        "integration": {
          "type": "string",
          "minLength": 1,
          "description": "Name of the Integration manifest this action belongs to.",
          "examples": [
            "Customer Lambdas"
          ]
        },
        "category": {
          "type": "string",
          "minLength": 1,
          "maxLength": 256,
          "description": "Category shown in Genesys (1–256 characters). Default: the integration name. May use `{{ env.name }}` and `{{ vars.NAME }}`.",
          "examples": [
            "Orders"
          ]
        },
        "function": {
          "type": "string",
          "minLength": 1,
          "description": "Lambda function ARN, optionally with a version or alias qualifier (`arn:aws:lambda:REGION:ACCOUNT:function:NAME[:QUALIFIER]`). May use `{{ vars.NAME }}`, `{{ env.name }}`, `{{ aws.accountId }}`, `{{ aws.region }}` and `{{ genesys.region }}`, resolved for the selected Environment.",
          "examples": [
            "{{ vars.ordersFunction }}",
            "arn:aws:lambda:eu-west-1:123456789012:function:orders-lookup:live"
          ]
        },
        "timeoutSeconds": {
          "type": "integer",
          "minimum": 1,
          "maximum": 60,
          "description": "Genesys-side timeout, 1–60 seconds. Default: 60 (as Genesys).",
          "default": 60,
          "examples": [
            10
          ]
        },
        "secure": {
          "type": "boolean",
          "description": "Secure action: inputs and outputs are sensitive and never shown in logs, comments or plans. Changing it recreates the action. Default: `false`.",
          "default": false
        },
        "contract": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "input",
            "output"
          ],
          "description": "Input and output contracts (JSON Schema under Genesys' rules). Changing them recreates the action.",
          "properties": {
            "input": {
              "type": "object",
              "description": "JSON Schema of the input: an object whose properties are string, integer, number, boolean or null (a flat object, Genesys' rule). Names match `^[a-zA-Z][a-zA-Z0-9_-]*$`; `orgId`, `integrationId` and `rawRequest` are reserved."
            },
            "output": {
              "type": "object",
              "description": "JSON Schema of the output: an object; nested objects and arrays of primitives are allowed, arrays of objects or arrays are not; no `$ref`; at most 50 levels deep."
            }
          }
        },
        "request": {
          "type": "object",
          "additionalProperties": false,
          "description": "How the Lambda event is built.",
          "properties": {
            "template": {
              "type": "string",
              "description": "Velocity template whose output is the Lambda event. Default: `${input.rawRequest}` (the whole input object).",
              "default": "${input.rawRequest}"
            },
            "headers": {
              "type": "object",
              "description": "Headers passed to the Lambda (as client context). Default: none.",
              "additionalProperties": {
                "type": "string",
                "description": "Header value."
              }
            }
          }
        },
        "response": {
          "type": "object",
          "additionalProperties": false,
          "description": "How the Lambda result becomes the action output.",
          "properties": {
            "translationMap": {
              "type": "object",
              "description": "Variables for the success template: name → JSONPath into the Lambda result (e.g. `$.hours.open`). Default: none.",
              "propertyNames": {
                "pattern": "^[A-Za-z_][A-Za-z0-9_]*$"
              },
              "additionalProperties": {
                "type": "string",
                "description": "JSONPath expression."
              },
              "examples": [
                {
                  "open": "$.hours.open"
                }
              ]
            },
            "translationMapDefaults": {
              "type": "object",
              "description": "Value used when a translation-map JSONPath finds nothing, by variable name. Default: none.",
              "additionalProperties": {
                "type": "string",
                "description": "Default value (JSON text, e.g. `\"\\\"unknown\\\"\"`)."
              }
            },
            "successTemplate": {
              "type": "string",
              "description": "Velocity template that builds the output; it must match the output contract. Default: `${rawResult}` (the Lambda result as is).",
              "default": "${rawResult}",
              "examples": [
                "{\"open\": ${open}}"
              ]
            }
          }
        },
        "tests": {
          "type": "array",
          "description": "Smoke tests, run against the action after apply (and checked against the contracts by validate).",
          "items": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "name",
              "input",
              "expect"
            ],
            "description": "One smoke test.",
            "properties": {
              "name": {
                "type": "string",
                "minLength": 1,
                "description": "Test name, unique within the action."
              },
              "input": {
                "type": "object",
                "description": "Input values; must validate against the input contract. A value may be (or contain) `{{ secrets.NAME }}`: a secret test input, read at apply from the environment variable `GENESYS_TEST_SECRET_NAME` (NAME upper-cased), masked, and shown as `(secret)` everywhere.",
                "additionalProperties": {
                  "description": "One input value.",
                  "anyOf": [
                    {
                      "type": "string",
                      "description": "A string value."
                    },
                    {
                      "type": "number",
                      "description": "A number."
                    },
                    {
                      "type": "boolean",
                      "description": "A boolean."
                    },
                    {
                      "type": "null",
                      "description": "null."
                    }
                  ]
                }
              },
              "expect": {
                "type": "object",
                "description": "Expected output, matched partially: every key given must be in the output contract and match; other keys may exist."
              },
              "execute": {
                "type": "boolean",
                "description": "Also run the test through `/execute` after publishing (real output instead of the test trace). Default: `false`.",
                "default": false
              }
            }
          }
        },
        "suppressions": {
          "type": "array",
          "description": "Warnings accepted on purpose for this resource. Only warnings can be suppressed; errors cannot.",
          "items": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "code",
              "reason"
            ],
            "description": "One accepted warning.",
            "properties": {
              "code": {
                "type": "string",
                "pattern": "^GLG-[A-Z0-9-]+$",
                "description": "Diagnostic code to suppress, e.g. `GLG-IAM-PERMISSION-WILDCARD`.",
                "examples": [
                  "GLG-IAM-PERMISSION-WILDCARD"
                ]
              },
              "reason": {
                "type": "string",
                "minLength": 1,
                "pattern": "\\S",
                "description": "Why this warning is acceptable (required; reviewers read it)."
              }
            }
          }
        }
      }
    }
  }
};
