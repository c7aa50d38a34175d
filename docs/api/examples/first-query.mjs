// Tonghu API, first steps in JavaScript (Node.js 18 or later, no packages): a token, a query, every page, errors.
// Settings from the environment (the defaults are the local demo's):
// TONGHU_TOKEN_URL, TONGHU_API, TONGHU_CLIENT_ID, TONGHU_CLIENT_SECRET.
const TOKEN_URL = process.env.TONGHU_TOKEN_URL ?? 'http://127.0.0.1:8081/token';
const API = process.env.TONGHU_API ?? 'http://localhost:8080/graphql';
const CLIENT_ID = process.env.TONGHU_CLIENT_ID ?? 'demo-partner-app';
const CLIENT_SECRET = process.env.TONGHU_CLIENT_SECRET ?? 'demo-partner-app-secret';

/** A token by client credentials (HTTP Basic with the client's id and secret). */
export async function getToken() {
  const response = await fetch(TOKEN_URL, {
    method: 'POST',
    headers: {
      Authorization: 'Basic ' + Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString('base64'),
      'Content-Type': 'application/x-www-form-urlencoded',
    },
    body: 'grant_type=client_credentials',
  });
  if (!response.ok) throw new Error(`token: HTTP ${response.status}`);
  return (await response.json()).access_token;
}

/** A GraphQL error: its stable code (extensions.code) and message. */
export class ApiError extends Error {
  constructor(code, message, status) {
    super(`${code}: ${message}`);
    this.code = code;
    this.status = status;
  }
}

/** Runs one operation; waits and retries when told to (429 or 503 with Retry-After). */
export async function graphql(token, query, variables = {}, attempts = 5) {
  for (let attempt = 0; attempt < attempts; attempt++) {
    const response = await fetch(API, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${token}`,
        'Content-Type': 'application/json',
        Accept: 'application/graphql-response+json',
      },
      body: JSON.stringify({ query, variables }),
    });
    const retryAfter = response.headers.get('Retry-After');
    if ((response.status === 429 || response.status === 503) && retryAfter && attempt + 1 < attempts) {
      await new Promise((resolve) => setTimeout(resolve, Number(retryAfter) * 1000));
      continue;
    }
    const result = await response.json();
    if (result.errors?.length) {
      const first = result.errors[0];
      throw new ApiError(first.extensions?.code, first.message, response.status);
    }
    return result.data;
  }
  throw new ApiError('RETRIES_EXHAUSTED', 'still refused after retries', 429);
}

const ORGANIZATIONS = `
query Organizations($first: Int, $after: String) {
  organizations(first: $first, after: $after) {
    edges { node { id name } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** Every page of a list: pass each page's endCursor as `after` while hasNextPage. */
export async function allOrganizations(token) {
  const names = [];
  let after = null;
  for (;;) {
    const page = (await graphql(token, ORGANIZATIONS, { first: 2, after })).organizations;
    names.push(...page.edges.map((edge) => edge.node.name));
    if (!page.pageInfo.hasNextPage) return names;
    after = page.pageInfo.endCursor;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const token = await getToken();
  const { me } = await graphql(token, '{ me { clientId organization { name } } }');
  console.log('client:', me.clientId, 'acting for:', me.organization.name);
  console.log('organizations:', (await allOrganizations(token)).length);
  try {
    await graphql(token, '{ organization(id: "not-an-id") { name } }');
  } catch (error) {
    console.log('error code:', error.code);
  }
}
