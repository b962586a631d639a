import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { GraphiQL } from 'graphiql';
import { createRoot } from 'react-dom/client';
import { sameOriginFetcher } from './fetcher';

const DEFAULT_QUERY = `# Utility billing API
# Sign in at /admin first: this page sends your session cookie.
# Tools send "Authorization: Bearer <token>" (Headers, below).
# The book icon opens the schema's documentation.

query Me {
  me {
    email
    roles
  }
}
`;

createRoot(document.getElementById('graphiql')!).render(
  <GraphiQL fetcher={sameOriginFetcher(window.location.pathname)} defaultQuery={DEFAULT_QUERY} />,
);
