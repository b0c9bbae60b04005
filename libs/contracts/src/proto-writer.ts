/**
 * A protobuf writer for messages of packed columns: packed varint, zigzag, double and bool
 * fields from typed arrays (the first `n` entries), repeated strings, and a length-delimited
 * message around them. One growable buffer is reused from message to message; `finish`
 * copies a message out. The bytes follow the protobuf encoding, so any protobuf decoder
 * (the generated one of proto/) reads them.
 */
const VARINT = 0;
const DELIMITED = 2;

function varintSize(value: number): number {
  return value < 0x80 ? 1 : value < 0x4000 ? 2 : value < 0x200000 ? 3 : value < 0x10000000 ? 4 : 5;
}

/** Bytes of an int32 varint: a negative value takes ten (sign-extended to 64 bits). */
function int32Size(value: number): number {
  return value < 0 ? 10 : varintSize(value);
}

/**
 * Node.js Buffer's own UTF-8 writer (`buf.utf8Write(string, offset)`, what `buf.write`
 * calls after checking its arguments, and what protobufjs uses): bytes written.
 */
interface Utf8Writer {
  utf8Write(value: string, offset: number): number;
}

function utf8Writer(buf: Uint8Array): Utf8Writer {
  const bytes = Buffer.from(
    buf.buffer,
    buf.byteOffset,
    buf.byteLength,
  ) as unknown as Partial<Utf8Writer> & Buffer;
  if (typeof bytes.utf8Write === 'function') return bytes as Utf8Writer;
  return { utf8Write: (value, offset) => bytes.write(value, offset) };
}

export class ProtoWriter {
  private buf = new Uint8Array(1 << 16);
  private view = new DataView(this.buf.buffer);
  /** The buffer as a Node.js Buffer, for its native UTF-8 writer. */
  private bytes = utf8Writer(this.buf);
  private pos = 0;

  /** Starts a message. */
  start(): void {
    this.pos = 0;
  }

  private reserve(bytes: number): void {
    if (this.pos + bytes <= this.buf.length) return;
    let length = this.buf.length * 2;
    while (length < this.pos + bytes) length *= 2;
    const next = new Uint8Array(length);
    next.set(this.buf.subarray(0, this.pos));
    this.buf = next;
    this.view = new DataView(next.buffer);
    this.bytes = utf8Writer(next);
  }

  /** An unsigned varint below 2^32 (room reserved by the caller). */
  private varint(value: number): void {
    let v = value >>> 0;
    const buf = this.buf;
    while (v >= 0x80) {
      buf[this.pos++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    buf[this.pos++] = v;
  }

  private int32(value: number): void {
    if (value >= 0) {
      this.varint(value);
      return;
    }
    // Sign-extended to 64 bits: the low 32 bits, then ones.
    let v = value >>> 0;
    const buf = this.buf;
    for (let i = 0; i < 4; i++) {
      buf[this.pos++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    buf[this.pos++] = (v & 0x0f) | 0x70 | 0x80;
    for (let i = 0; i < 4; i++) buf[this.pos++] = 0xff;
    buf[this.pos++] = 0x01;
  }

  private tag(field: number, wire: number): void {
    this.varint((field << 3) | wire);
  }

  /** A varint field (enum, uint32, bool as 0/1), written also when 0. */
  uint32Field(field: number, value: number): void {
    this.reserve(10);
    this.tag(field, VARINT);
    this.varint(value);
  }

  /** A packed uint32 (or non-negative enum) field of values[0..n). */
  packedUint32(field: number, values: ArrayLike<number>, n: number): void {
    if (n === 0) return;
    let bytes = 0;
    for (let i = 0; i < n; i++) bytes += varintSize((values[i] ?? 0) >>> 0);
    this.reserve(bytes + 10);
    this.tag(field, DELIMITED);
    this.varint(bytes);
    for (let i = 0; i < n; i++) this.varint(values[i] ?? 0);
  }

  /** A packed int32 field of values[0..n). */
  packedInt32(field: number, values: ArrayLike<number>, n: number): void {
    if (n === 0) return;
    let bytes = 0;
    for (let i = 0; i < n; i++) bytes += int32Size(values[i] ?? 0);
    this.reserve(bytes + 10);
    this.tag(field, DELIMITED);
    this.varint(bytes);
    for (let i = 0; i < n; i++) this.int32(values[i] ?? 0);
  }

  /** A packed sint32 (zigzag) field of values[0..n). */
  packedSint32(field: number, values: ArrayLike<number>, n: number): void {
    if (n === 0) return;
    let bytes = 0;
    for (let i = 0; i < n; i++) {
      const v = values[i] ?? 0;
      bytes += varintSize(((v << 1) ^ (v >> 31)) >>> 0);
    }
    this.reserve(bytes + 10);
    this.tag(field, DELIMITED);
    this.varint(bytes);
    for (let i = 0; i < n; i++) {
      const v = values[i] ?? 0;
      this.varint(((v << 1) ^ (v >> 31)) >>> 0);
    }
  }

  /** A packed double field of values[0..n). */
  packedDouble(field: number, values: ArrayLike<number>, n: number): void {
    if (n === 0) return;
    this.reserve(n * 8 + 10);
    this.tag(field, DELIMITED);
    this.varint(n * 8);
    const view = this.view;
    for (let i = 0; i < n; i++) {
      view.setFloat64(this.pos, values[i] ?? 0, true);
      this.pos += 8;
    }
  }

  /** A packed bool field of values[0..n) (non-zero is true). */
  packedBool(field: number, values: ArrayLike<number>, n: number): void {
    if (n === 0) return;
    this.reserve(n + 10);
    this.tag(field, DELIMITED);
    this.varint(n);
    const buf = this.buf;
    for (let i = 0; i < n; i++) buf[this.pos++] = values[i] ? 1 : 0;
  }

  /** A repeated string field of values[0..n). */
  strings(field: number, values: readonly string[], n: number): void {
    for (let i = 0; i < n; i++) this.string(field, values[i] ?? '');
  }

  private string(field: number, value: string): void {
    const length = value.length;
    this.reserve(length * 3 + 10);
    this.tag(field, DELIMITED);
    const at = this.pos;
    if (length < 0x80) {
      // Written after a one-byte length (up to 3 bytes a character: at most 381 bytes);
      // moved on by a byte when the bytes need a two-byte length.
      const bytes = this.bytes.utf8Write(value, at + 1);
      if (bytes < 0x80) {
        this.buf[at] = bytes;
        this.pos = at + 1 + bytes;
      } else {
        this.buf.copyWithin(at + 2, at + 1, at + 1 + bytes);
        this.varint(bytes);
        this.pos = at + 2 + bytes;
      }
      return;
    }
    this.varint(Buffer.byteLength(value));
    this.pos += this.bytes.utf8Write(value, this.pos);
  }

  /**
   * The message written since `start`, framed: the fields `head` writes, then the message
   * as length-delimited field `field`. Returns a copy; the buffer is reused by the next
   * message.
   */
  frame(head: (writer: ProtoWriter) => void, field: number): Uint8Array {
    const bodyLength = this.pos;
    // The head is written after the body, and copied in front of it.
    head(this);
    this.reserve(10);
    this.tag(field, DELIMITED);
    this.varint(bodyLength);
    const headLength = this.pos - bodyLength;
    const out = new Uint8Array(headLength + bodyLength);
    out.set(this.buf.subarray(bodyLength, this.pos), 0);
    out.set(this.buf.subarray(0, bodyLength), headLength);
    return out;
  }
}
