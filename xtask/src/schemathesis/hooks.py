"""schemathesis hooks for `cargo xtask schemathesis`: every call is signed with Akamai's
official EdgeGrid signer (edgegrid-python) after schemathesis has built it, so the signature
covers the exact bytes sent; and the contract and group are the emulator's.

- A case that tests the Authorization header itself (left out or malformed, in negative mode)
  is sent unsigned, so the emulator's 401 is what gets checked.
- A contractId or groupId of a valid shape is replaced by the emulator's (any other would only
  give 403); one of an invalid shape is sent as generated, so the 400 is checked.
"""
import os
import re

import schemathesis
from akamai.edgegrid import EdgeGridAuth

AUTH = EdgeGridAuth(
    client_token=os.environ["SPS_CLIENT_TOKEN"],
    client_secret=os.environ["SPS_CLIENT_SECRET"],
    access_token=os.environ["SPS_ACCESS_TOKEN"],
)
SCOPE = {"contractId": os.environ["SPS_CONTRACT"], "groupId": os.environ["SPS_GROUP"]}
OPAQUE_ID = re.compile(r"[A-Za-z0-9._~-]{1,128}")


def authorization_under_test(case):
    meta = case.meta
    if meta is None or not meta.generation.mode.is_negative:
        return False
    location = getattr(meta.phase.data, "parameter_location", None)
    return str(location).lower().endswith("header")


@schemathesis.hook
def before_call(ctx, case, kwargs):
    if isinstance(case.query, dict):
        for name, value in SCOPE.items():
            if isinstance(case.query.get(name), str) and OPAQUE_ID.fullmatch(case.query[name]):
                case.query[name] = value
    if not authorization_under_test(case):
        kwargs["auth"] = AUTH
