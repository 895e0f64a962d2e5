/**
 * Typed errors for database access. The API maps each class to an HTTP status (STYLE.md §8);
 * tests assert on the class, not on message text.
 */

/** The database cannot be reached, or stopped while we used it. */
export class DatabaseUnavailableError extends Error {
  override name = "DatabaseUnavailableError";
}

/** Configuration (environment variables) is missing or malformed. */
export class ConfigError extends Error {
  override name = "ConfigError";
}
