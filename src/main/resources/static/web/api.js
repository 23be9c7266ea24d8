// The pages' one way to the server: /graphql with the browser session and its CSRF token.
let session;

const ROLES = ['VIEWER', 'ANALYST', 'EDITOR', 'ADMIN'];

export async function currentSession() {
  if (!session) {
    const response = await fetch('/web/session', { headers: { accept: 'application/json' } });
    if (!response.ok || !(response.headers.get('content-type') || '').includes('json')) {
      location.assign('/login');
      throw new Error('not logged in');
    }
    session = await response.json();
  }
  return session;
}

/** Whether the user has the role or a higher one; the pages offer only what the role allows. */
export function can(role) {
  return session && ROLES.indexOf(session.role) >= ROLES.indexOf(role);
}

/** Thrown when GraphQL answers with errors; each error keeps its extensions (classification, field). */
export class GraphQlError extends Error {
  constructor(errors, data) {
    super(errors.map(e => e.message).join('; '));
    this.errors = errors;
    this.data = data;
  }
}

/** The response of a query: its data, or a GraphQlError when any error came back. */
export async function gql(query, variables = {}) {
  const s = await currentSession();
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', [s.csrfHeader]: s.csrfToken },
    body: JSON.stringify({ query, variables }),
  });
  // 401: no session; 403: the session (and so its CSRF token) expired. GraphQL's own errors come with 200.
  if (response.status === 401 || response.status === 403) {
    location.assign('/login');
    throw new Error('session expired');
  }
  const body = await response.json();
  if (body.errors && body.errors.length) {
    throw new GraphQlError(body.errors, body.data);
  }
  return body.data;
}

/** The fields of a state the pages show its name with, in every language. */
export const STATE = 'iso2 name nameNl nameFr';
export const SOURCES = 'sources { credibility source { id title url reliability } }';
