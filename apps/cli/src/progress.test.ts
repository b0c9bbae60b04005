import { bufferedIo } from './io';
import { createProgress } from './progress';

describe('createProgress', () => {
  it('stays silent when standard error is not a terminal', () => {
    const { io, stdout, stderr } = bufferedIo();
    const progress = createProgress(io, { label: 'Planning', unit: 'nodes' });
    progress.update(0, 10);
    progress.update(10, 10);
    progress.stop();
    expect(stdout()).toBe('');
    expect(stderr()).toBe('');
  });

  it('stays silent with quiet, even on a terminal', () => {
    const writes: string[] = [];
    const terminal = {
      isTTY: true,
      write: (text: string) => writes.push(text),
    } as unknown as NodeJS.WriteStream;
    const { io } = bufferedIo();
    const progress = createProgress(
      { ...io, terminal },
      { label: 'Planning', unit: 'nodes', quiet: true },
    );
    progress.update(5, 10);
    progress.stop();
    expect(writes).toEqual([]);
  });
});
