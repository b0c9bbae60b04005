import { writePhases } from './write';

describe('writePhases', () => {
  it('takes the waits and decoding after the head out of the writing', () => {
    // Started at 100, the head read at 600 (wait 500); rows written at 2,600, of which 300
    // waiting for batches and 200 decoding (write 2,000 − 500 = 1,500); indexed at 3,000
    // (index 400); done at 3,100 (flip 100). The phases add up to the stage's 3,000 ms.
    const phases = writePhases(
      100,
      600,
      { waitRows: 300, decode: 200 },
      { rows: 2600, indexed: 3000 },
      3100,
    );
    expect(phases).toEqual({
      wait: 500,
      waitRows: 300,
      decode: 200,
      write: 1500,
      index: 400,
      flip: 100,
    });
    expect(Object.values(phases).reduce((a, b) => a + b, 0)).toBe(3000);
  });

  it('counts a version already written as writing only', () => {
    // No step reached: everything after the head, less waits and decoding, is writing.
    expect(writePhases(0, 10, { waitRows: 5, decode: 5 }, { rows: 0, indexed: 0 }, 50)).toEqual({
      wait: 10,
      waitRows: 5,
      decode: 5,
      write: 30,
      index: 0,
      flip: 0,
    });
  });
});
