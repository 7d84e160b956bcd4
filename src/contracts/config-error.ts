/** A configuration problem a user can fix: the message names the file and the key. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}
