/** Input a user can fix (missing folder, empty or binary file, non-UTF-8 text): one clear line, no stack. */
export class InputError extends Error {
  override name = 'InputError';
}
