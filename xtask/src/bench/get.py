"""One GET of an SPS request with requests + edgegrid-python (egcurl's stack), printing the
JSON, as `sps --json get` does. usage: get.py BASE CLIENT_TOKEN CLIENT_SECRET ACCESS_TOKEN SPS_ID"""
import json
import sys

import requests
from akamai.edgegrid import EdgeGridAuth

base, ct, cs, at, sps_id = sys.argv[1:6]
s = requests.Session()
s.auth = EdgeGridAuth(client_token=ct, client_secret=cs, access_token=at)
r = s.get(f"{base}/config-secure-provisioning-service/v1/sps-requests/{sps_id}?contractId=11754&groupId=1001")
r.raise_for_status()
print(json.dumps(r.json()["requestList"][0], indent=2))
