/** Input a user can fix (missing folder, empty or binary file, non-UTF-8 text): one clear line, no stack. */
export class InputError extends Error {
  override name = 'InputError';
  /** The file, folder or address the problem is with, named as the user named it (when there is one). */
  subject?: string;
  /** The problem without the subject: "the file is empty". */
  reason: string = this.message;

  /** "<subject>: <reason>", keeping both parts for callers that list skipped inputs. */
  static about(subject: string, reason: string): InputError {
    const error = new InputError(`${subject}: ${reason}`);
    error.subject = subject;
    error.reason = reason;
    return error;
  }
}
