"""moto_server whose authorization sees the resource a request is about, as AWS's does.

With INITIAL_NO_AUTH_ACTION_COUNT set, moto 5.2.1 authenticates and authorizes
every request, but it judges most of them against the resource "*": IAM calls
on a role that does not exist yet (GetRole, CreateRole), IAM calls on a
managed policy, and every Lambda call. A deployer policy scoped to role,
policy and function ARNs, which AWS accepts, is then refused by moto. This
launcher tells moto's authorizer the ARN AWS would use, and signs Lambda
paths the way the AWS SDKs do (a function ARN in the path is percent-encoded
before signing; moto checked the decoded path). Nothing else changes.

Used only by the scoped-deployer test (sandbox/aws/moto-server.ts,
`authorizeResources: true`). Run as: python3 moto_resource_authorization.py -H HOST -p PORT
"""
import re
import sys
from urllib.parse import quote, unquote

from moto.awslambda.responses import LambdaResponse
from moto.iam.access_control import IAMRequestBase
from moto.iam.exceptions import NotFoundException
from moto.iam.responses import IamResponse
from moto.server import main


def _iam_resource(self):
    """The role ARN (also for a role not created yet), else the managed policy ARN, else "*"."""
    if "RoleName" in self.data:
        name = self.data["RoleName"][0]
        try:
            return self.backend.get_role(name).arn
        except NotFoundException:
            path = self.data.get("Path", ["/"])[0]
            return f"arn:aws:iam::{self.current_account}:role{path}{name}"
    if "PolicyArn" in self.data:
        return self.data["PolicyArn"][0]
    return "*"


_FUNCTION_IN_PATH = re.compile(r"/functions/([^/?]+)")


def _lambda_resource(self):
    """The function ARN the path names (qualified when the path or ?Qualifier= is), else "*"."""
    match = _FUNCTION_IN_PATH.search(self.path)
    if match is None:
        return "*"
    name = unquote(match.group(1))
    arn = name if name.startswith("arn:") else f"arn:aws:lambda:{self.region}:{self.current_account}:function:{name}"
    qualifier = self.querystring.get("Qualifier", [None])[0]
    if qualifier and arn.count(":") == 6:
        arn = f"{arn}:{qualifier}"
    return arn


_original_request_init = IAMRequestBase.__init__


def _request_init_with_encoded_path(self, *args, **kwargs):
    _original_request_init(self, *args, **kwargs)
    path, _, query = self._path.partition("?")
    encoded = "/".join(quote(unquote(segment), safe="-_.~") for segment in path.split("/"))
    self._path = encoded + ("?" + query if query else "")


IamResponse._determine_resource = _iam_resource
LambdaResponse._determine_resource = _lambda_resource
IAMRequestBase.__init__ = _request_init_with_encoded_path

if __name__ == "__main__":
    main(sys.argv[1:])
