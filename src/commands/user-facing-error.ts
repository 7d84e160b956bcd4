/** An error whose message is safe and useful to show the user who asked. */
export class UserFacingError extends Error {
  override name = 'UserFacingError';
}
