/** File system errors as short phrases for messages. */
import { messageOf } from './exit-codes';

/** A file system error as a short phrase: 'no such file', 'permission denied', or its message. */
export function describeFsError(error: unknown): string {
  const code = (error as { code?: unknown } | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a directory';
    case 'ENOSPC':
      return 'no space left on the device';
    default:
      return messageOf(error);
  }
}
