#!/usr/bin/env bash
# Tonghu API, first steps with curl: a token by client credentials, then one query.
# Settings from the environment (the defaults are the local demo's):
#   TONGHU_TOKEN_URL, TONGHU_API, TONGHU_CLIENT_ID, TONGHU_CLIENT_SECRET
set -euo pipefail
TOKEN_URL=${TONGHU_TOKEN_URL:-http://127.0.0.1:8081/token}
API=${TONGHU_API:-http://localhost:8080/graphql}
CLIENT_ID=${TONGHU_CLIENT_ID:-demo-partner-app}
CLIENT_SECRET=${TONGHU_CLIENT_SECRET:-demo-partner-app-secret}

# 1. A token: HTTP Basic with the client's id and secret, grant_type=client_credentials.
TOKEN=$(curl -sf -u "$CLIENT_ID:$CLIENT_SECRET" -d grant_type=client_credentials "$TOKEN_URL" \
  | sed 's/.*"access_token":"\([^"]*\)".*/\1/')

# 2. A query: POST JSON, ask for the GraphQL response media type.
curl -sf "$API" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -H 'Accept: application/graphql-response+json' \
  -d '{"query":"query Me { me { clientId roles organization { name } } }","operationName":"Me"}'
echo
