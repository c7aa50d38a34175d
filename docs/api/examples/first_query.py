"""Tonghu API, first steps in Python (standard library only): a token, a query, every page of a list, errors.

Settings from the environment (the defaults are the local demo's):
TONGHU_TOKEN_URL, TONGHU_API, TONGHU_CLIENT_ID, TONGHU_CLIENT_SECRET.
"""
import base64
import json
import os
import time
import urllib.error
import urllib.parse
import urllib.request

TOKEN_URL = os.environ.get("TONGHU_TOKEN_URL", "http://127.0.0.1:8081/token")
API = os.environ.get("TONGHU_API", "http://localhost:8080/graphql")
CLIENT_ID = os.environ.get("TONGHU_CLIENT_ID", "demo-partner-app")
CLIENT_SECRET = os.environ.get("TONGHU_CLIENT_SECRET", "demo-partner-app-secret")


def get_token():
    """A token by client credentials (HTTP Basic with the client's id and secret)."""
    basic = base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
    request = urllib.request.Request(TOKEN_URL, data=b"grant_type=client_credentials",
                                     headers={"Authorization": "Basic " + basic,
                                              "Content-Type": "application/x-www-form-urlencoded"})
    with urllib.request.urlopen(request) as response:
        return json.load(response)["access_token"]


class ApiError(Exception):
    """A GraphQL error: its stable code (extensions.code) and message."""

    def __init__(self, code, message, status):
        super().__init__(f"{code}: {message}")
        self.code = code
        self.status = status


def graphql(token, query, variables=None, attempts=5):
    """Runs one operation; waits and retries when told to (429 or 503 with Retry-After)."""
    body = json.dumps({"query": query, "variables": variables or {}}).encode()
    for attempt in range(attempts):
        request = urllib.request.Request(API, data=body, headers={
            "Authorization": "Bearer " + token, "Content-Type": "application/json",
            "Accept": "application/graphql-response+json"})
        try:
            with urllib.request.urlopen(request) as response:
                result = json.load(response)
                status = response.status
        except urllib.error.HTTPError as error:
            retry_after = error.headers.get("Retry-After")
            if error.code in (429, 503) and retry_after and attempt + 1 < attempts:
                time.sleep(int(retry_after))
                continue
            result = json.load(error)
            status = error.code
        if result.get("errors"):
            first = result["errors"][0]
            raise ApiError(first.get("extensions", {}).get("code"), first.get("message"), status)
        return result["data"]
    raise ApiError("RETRIES_EXHAUSTED", "still refused after retries", 429)


ORGANIZATIONS = """
query Organizations($first: Int, $after: String) {
  organizations(first: $first, after: $after) {
    edges { node { id name } }
    pageInfo { hasNextPage endCursor }
  }
}"""


def all_organizations(token):
    """Every page of a list: pass each page's endCursor as `after` while hasNextPage."""
    names, after = [], None
    while True:
        page = graphql(token, ORGANIZATIONS, {"first": 2, "after": after})["organizations"]
        names += [edge["node"]["name"] for edge in page["edges"]]
        if not page["pageInfo"]["hasNextPage"]:
            return names
        after = page["pageInfo"]["endCursor"]


if __name__ == "__main__":
    token = get_token()
    me = graphql(token, "{ me { clientId organization { name } } }")["me"]
    print("client:", me["clientId"], "acting for:", me["organization"]["name"])
    names = all_organizations(token)
    print("organizations:", len(names))
    try:
        graphql(token, "{ organization(id: \"not-an-id\") { name } }")
    except ApiError as error:
        print("error code:", error.code)
