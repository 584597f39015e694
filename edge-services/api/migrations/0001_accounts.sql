-- Accounts, sessions and sign-in. Times are Unix epoch milliseconds (INTEGER); ids are UUIDs (TEXT).
-- 0002 is reserved for the synced documents.

CREATE TABLE users (
  id TEXT PRIMARY KEY,
  -- Normalised (trimmed, lower-case); unique so a magic link and Google for one address meet.
  email TEXT NOT NULL UNIQUE,
  display_name TEXT,
  created_at INTEGER NOT NULL
);

-- External sign-in identities: (provider, subject) names exactly one user.
CREATE TABLE identities (
  provider TEXT NOT NULL,
  subject TEXT NOT NULL,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (provider, subject)
);
CREATE INDEX identities_user_id ON identities(user_id);

-- One row per signed-in browser. The session JWT's jti is the id; revoking the row ends it.
CREATE TABLE sessions (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  created_at INTEGER NOT NULL,
  last_seen_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  revoked_at INTEGER,
  -- A short summary such as "Firefox on macOS", never the raw header.
  user_agent TEXT
);
CREATE INDEX sessions_user_id ON sessions(user_id, expires_at);

-- Magic links: only the SHA-256 of the token is kept, and of the browser-binding value.
CREATE TABLE magic_links (
  token_hash TEXT PRIMARY KEY,
  email TEXT NOT NULL,
  binding_hash TEXT NOT NULL,
  redirect_path TEXT,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  used_at INTEGER
);
CREATE INDEX magic_links_email ON magic_links(email);
CREATE INDEX magic_links_expires_at ON magic_links(expires_at);

-- Google sign-in in flight: state (hashed) -> PKCE verifier and nonce, single-use, 10 minutes.
CREATE TABLE oidc_states (
  state_hash TEXT PRIMARY KEY,
  code_verifier TEXT NOT NULL,
  nonce TEXT NOT NULL,
  redirect_path TEXT,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL
);
CREATE INDEX oidc_states_expires_at ON oidc_states(expires_at);

-- Local environment only: the emails "sent" by the dev mailbox sender.
CREATE TABLE dev_mailbox (
  id TEXT PRIMARY KEY,
  to_email TEXT NOT NULL,
  subject TEXT NOT NULL,
  text_body TEXT NOT NULL,
  html_body TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE INDEX dev_mailbox_to_email ON dev_mailbox(to_email, created_at);

-- Fixed-window counters for the local rate limiter (staging/production use rate-limit bindings).
-- Keys never hold personal data: emails are hashed before they become keys.
CREATE TABLE rate_limits (
  key TEXT NOT NULL,
  window_start INTEGER NOT NULL,
  count INTEGER NOT NULL,
  PRIMARY KEY (key, window_start)
);
