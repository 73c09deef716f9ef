// Reads a matching round written as JSON — {"left":[{"id","capacity"}],"right":[…],"edges":[{"left",
// "right","score"}]} — straight from its bytes into the solver's typed arrays. A round of millions of
// edges is hundreds of megabytes of text: JSON.parse would build an object per edge and need several
// times the memory, so this reads the bytes once and keeps only the numbers. Anything that is not
// valid JSON of that shape is rejected with a message naming the place or the item.
import type { IndexedProblem } from '@aliadas/shared/solver';

export interface ParsedRound {
  leftIds: string[];
  rightIds: string[];
  problem: IndexedProblem;
}

/** The text is not a valid round; the message says where or which item. */
export class RoundInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RoundInputError';
  }
}

export function parseRound(bytes: Uint8Array): ParsedRound {
  // A plain view: a Node Buffer is a subclass, and mixing the two slows the hot loops down.
  return new RoundParser(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)).parse();
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const MINUS = 0x2d;
const PLUS = 0x2b;
const DOT = 0x2e;
const ZERO = 0x30;
const NINE = 0x39;

/** Exact powers of ten: a decimal with at most 15 digits divided or multiplied by one is correctly rounded. */
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, i) => Number(`1e${i}`));

const encoder = new TextEncoder();
const utf8 = new TextDecoder('utf-8', { fatal: true });

function keyBytes(key: string): Uint8Array {
  return encoder.encode(key);
}
const KEY_LEFT = keyBytes('left');
const KEY_RIGHT = keyBytes('right');
const KEY_EDGES = keyBytes('edges');
const KEY_ID = keyBytes('id');
const KEY_CAPACITY = keyBytes('capacity');
const KEY_SCORE = keyBytes('score');
const NODE_ID = keyBytes('"id":"');
const NODE_CAPACITY = keyBytes('","capacity":');

class RoundParser {
  readonly bytes: Uint8Array;
  pos = 0;
  /** Where the last string read starts and ends (without quotes), and whether it has escapes. */
  stringStart = 0;
  stringEnd = 0;
  stringEscaped = false;

  leftIds: IdTable | null = null;
  rightIds: IdTable | null = null;
  leftCapacity: Int32Array = new Int32Array(0);
  rightCapacity: Int32Array = new Int32Array(0);
  edgeCount = 0;
  edgeLeft = new Int32Array(0);
  edgeRight = new Int32Array(0);
  edgeScore = new Float64Array(0);

  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
  }

  parse(): ParsedRound {
    this.skipSpace();
    this.expect(OPEN_BRACE, '"{" to open the round');
    let edgesAt = -1;
    this.skipSpace();
    if (this.peek() !== CLOSE_BRACE) {
      for (;;) {
        this.skipSpace();
        this.readString('a key');
        const key = this.keyIs(KEY_LEFT)
          ? 'left'
          : this.keyIs(KEY_RIGHT)
            ? 'right'
            : this.keyIs(KEY_EDGES)
              ? 'edges'
              : '';
        this.skipSpace();
        this.expect(COLON, '":"');
        this.skipSpace();
        if (key === 'left' || key === 'right') {
          const { ids, capacity } = this.readNodes(key);
          if (key === 'left') [this.leftIds, this.leftCapacity] = [ids, capacity];
          else [this.rightIds, this.rightCapacity] = [ids, capacity];
        } else if (key === 'edges') {
          // Edges name nodes, so they are read once both node lists are known.
          if (this.leftIds && this.rightIds) this.readEdges();
          else {
            edgesAt = this.pos;
            this.skipValue();
          }
        } else this.skipValue();
        this.skipSpace();
        if (this.peek() === COMMA) {
          this.pos++;
          continue;
        }
        break;
      }
    }
    this.expect(CLOSE_BRACE, '"," or "}"');
    this.skipSpace();
    if (this.pos < this.bytes.length) this.fail('unexpected text after the round');
    if (!this.leftIds) throw new RoundInputError('the round has no "left" list');
    if (!this.rightIds) throw new RoundInputError('the round has no "right" list');
    if (edgesAt >= 0) {
      this.pos = edgesAt;
      this.readEdges();
    }
    if (!this.sawEdges) throw new RoundInputError('the round has no "edges" list');
    const n = this.edgeCount;
    return {
      leftIds: this.leftIds.ids,
      rightIds: this.rightIds.ids,
      problem: {
        leftCapacity: this.leftCapacity,
        rightCapacity: this.rightCapacity,
        edgeLeft: this.edgeLeft.subarray(0, n),
        edgeRight: this.edgeRight.subarray(0, n),
        edgeScore: this.edgeScore.subarray(0, n),
      },
    };
  }

  // ---- the round's parts -----------------------------------------------------------------------

  readNodes(side: 'left' | 'right'): { ids: IdTable; capacity: Int32Array } {
    if (this.peek() !== OPEN_BRACKET) this.fail(`"${side}" must be a list`);
    this.pos++;
    const table = new IdTable();
    const capacities: number[] = [];
    this.skipSpace();
    if (this.peek() === CLOSE_BRACKET) {
      this.pos++;
      return { ids: table, capacity: new Int32Array(0) };
    }
    for (;;) {
      this.skipSpace();
      if (this.readNodesAsWritten(side, table, capacities) > 0) {
        this.skipSpace();
        if (this.peek() === COMMA) {
          this.pos++;
          continue;
        }
        break;
      }
      const i = capacities.length;
      if (this.peek() !== OPEN_BRACE) this.fail(`${side} node ${i} must be an object`);
      this.pos++;
      let id: string | null = null;
      let idStart = 0;
      let idEnd = 0;
      let idEscaped = false;
      let capacity: number | null = null;
      this.skipSpace();
      if (this.peek() !== CLOSE_BRACE) {
        for (;;) {
          this.skipSpace();
          this.readString('a key');
          const isId = this.keyIs(KEY_ID);
          const isCapacity = !isId && this.keyIs(KEY_CAPACITY);
          this.skipSpace();
          this.expect(COLON, '":"');
          this.skipSpace();
          if (isId) {
            if (this.peek() !== QUOTE) this.fail(`${side} node ${i}: "id" must be a string`);
            this.readString('an id');
            id = this.stringValue();
            idStart = this.stringStart;
            idEnd = this.stringEnd;
            idEscaped = this.stringEscaped;
          } else if (isCapacity) {
            const c = this.peek();
            if (c !== MINUS && (c < ZERO || c > NINE)) this.fail(`${side} node ${i}: "capacity" must be a number`);
            capacity = this.readNumber();
          } else this.skipValue();
          this.skipSpace();
          if (this.peek() === COMMA) {
            this.pos++;
            continue;
          }
          break;
        }
      }
      this.expect(CLOSE_BRACE, '"," or "}"');
      if (id === null) throw new RoundInputError(`${side} node ${i} has no "id"`);
      if (capacity === null) throw new RoundInputError(`${side} node ${JSON.stringify(id)} has no "capacity"`);
      if (!Number.isInteger(capacity) || capacity < 0 || capacity > 1_000_000_000) {
        throw new RoundInputError(
          `${side} node ${JSON.stringify(id)} has capacity ${capacity}; it must be a whole number from 0 to 1000000000`,
        );
      }
      const encoded = idEscaped ? encoder.encode(id) : null;
      const added = encoded ? table.add(id, encoded, 0, encoded.length) : table.add(id, this.bytes, idStart, idEnd);
      if (!added) throw new RoundInputError(`duplicate ${side} id ${JSON.stringify(id)}`);
      capacities.push(capacity);
      this.skipSpace();
      if (this.peek() === COMMA) {
        this.pos++;
        continue;
      }
      break;
    }
    this.expect(CLOSE_BRACKET, `"," or "]" in "${side}"`);
    return { ids: table, capacity: Int32Array.from(capacities) };
  }

  /**
   * Reads consecutive nodes written as {"id":"…","capacity":N} with bare commas between, no spaces or
   * escapes, in one tight loop; returns how many. Stops after the last such node, or before the first
   * node written otherwise (the caller reads it as any JSON).
   */
  readNodesAsWritten(side: 'left' | 'right', table: IdTable, capacities: number[]): number {
    const bytes = this.bytes;
    const n = bytes.length;
    const first = capacities.length;
    let resume = this.pos;
    let pos = resume;
    for (;;) {
      if (bytes[pos] !== OPEN_BRACE || !bytesAt(bytes, pos + 1, NODE_ID)) break;
      pos += 1 + NODE_ID.length;
      const idStart = pos;
      let c = 0;
      while (pos < n && (c = bytes[pos]!) > 0x1f && c < 0x80 && c !== QUOTE && c !== BACKSLASH) pos++;
      const idEnd = pos;
      if (!bytesAt(bytes, pos, NODE_CAPACITY)) break;
      pos += NODE_CAPACITY.length;
      let capacity = 0;
      let digits = 0;
      while (pos < n && (c = bytes[pos]!) >= ZERO && c <= NINE && digits < 10) {
        capacity = capacity * 10 + (c - ZERO);
        digits++;
        pos++;
      }
      // A leading zero, an eleventh digit, a sign or a fraction: the general path says what is wrong.
      if (digits === 0 || (digits > 1 && bytes[idEnd + NODE_CAPACITY.length] === ZERO)) break;
      if (bytes[pos] !== CLOSE_BRACE || capacity > 1_000_000_000) break;
      pos++;
      let id = '';
      for (let i = idStart; i < idEnd; i++) id += String.fromCharCode(bytes[i]!);
      if (!table.add(id, bytes, idStart, idEnd))
        throw new RoundInputError(`duplicate ${side} id ${JSON.stringify(id)}`);
      capacities.push(capacity);
      resume = pos;
      if (bytes[pos] !== COMMA) break;
      pos++;
    }
    this.pos = resume;
    return capacities.length - first;
  }

  sawEdges = false;

  readEdges(): void {
    this.sawEdges = true;
    if (this.peek() !== OPEN_BRACKET) this.fail('"edges" must be a list');
    this.pos++;
    // About 50 bytes an edge in the usual layout; the arrays grow if that guess is short.
    this.growEdges(Math.max(16, Math.ceil((this.bytes.length - this.pos) / 48)));
    this.skipSpace();
    if (this.peek() === CLOSE_BRACKET) {
      this.pos++;
      return;
    }
    for (;;) {
      this.skipSpace();
      if (this.readEdgesAsWritten() === 0) {
        const k = this.edgeCount;
        if (k === this.edgeLeft.length) this.growEdges(Math.ceil(k * 1.5) + 16);
        this.readEdge(k);
      }
      this.skipSpace();
      if (this.peek() === COMMA) {
        this.pos++;
        continue;
      }
      break;
    }
    this.expect(CLOSE_BRACKET, '"," or "]" in "edges"');
  }

  /**
   * Reads consecutive edges written as tools write them — {"left":"…","right":"…","score":…} with bare
   * commas between, no spaces, escapes or exponents — in one tight loop, and returns how many. It stops
   * after the last such edge, or before the first edge written otherwise (readEdge takes any JSON).
   */
  readEdgesAsWritten(): number {
    const bytes = this.bytes;
    const n = bytes.length;
    const leftIds = this.leftIds!;
    const rightIds = this.rightIds!;
    const first = this.edgeCount;
    let k = first;
    let edgeLeft = this.edgeLeft;
    let edgeRight = this.edgeRight;
    let edgeScore = this.edgeScore;
    let resume = this.pos;
    let pos = resume;
    // Edges usually come grouped by left node: compare with the previous one before hashing.
    let lastLeft = -1;
    let lastStart = 0;
    let lastEnd = 0;
    for (;;) {
      // The keys are compared in line, byte by byte: while this loop is still cold (interpreted), a
      // call or a loop per key costs more than the comparisons themselves.
      if (
        bytes[pos] !== OPEN_BRACE ||
        bytes[pos + 1] !== QUOTE ||
        bytes[pos + 2] !== 0x6c /* l */ ||
        bytes[pos + 3] !== 0x65 /* e */ ||
        bytes[pos + 4] !== 0x66 /* f */ ||
        bytes[pos + 5] !== 0x74 /* t */ ||
        bytes[pos + 6] !== QUOTE ||
        bytes[pos + 7] !== COLON ||
        bytes[pos + 8] !== QUOTE
      ) {
        break;
      }
      pos += 9;
      const leftStart = pos;
      let c = 0;
      while (pos < n && (c = bytes[pos]!) > 0x1f && c !== QUOTE && c !== BACKSLASH) pos++;
      const leftEnd = pos;
      if (
        bytes[pos] !== QUOTE ||
        bytes[pos + 1] !== COMMA ||
        bytes[pos + 2] !== QUOTE ||
        bytes[pos + 3] !== 0x72 /* r */ ||
        bytes[pos + 4] !== 0x69 /* i */ ||
        bytes[pos + 5] !== 0x67 /* g */ ||
        bytes[pos + 6] !== 0x68 /* h */ ||
        bytes[pos + 7] !== 0x74 /* t */ ||
        bytes[pos + 8] !== QUOTE ||
        bytes[pos + 9] !== COLON ||
        bytes[pos + 10] !== QUOTE
      ) {
        break;
      }
      pos += 11;
      const rightStart = pos;
      let rightHash = FNV_OFFSET;
      while (pos < n && (c = bytes[pos]!) > 0x1f && c !== QUOTE && c !== BACKSLASH) {
        rightHash = Math.imul(rightHash ^ c, FNV_PRIME);
        pos++;
      }
      const rightEnd = pos;
      if (
        bytes[pos] !== QUOTE ||
        bytes[pos + 1] !== COMMA ||
        bytes[pos + 2] !== QUOTE ||
        bytes[pos + 3] !== 0x73 /* s */ ||
        bytes[pos + 4] !== 0x63 /* c */ ||
        bytes[pos + 5] !== 0x6f /* o */ ||
        bytes[pos + 6] !== 0x72 /* r */ ||
        bytes[pos + 7] !== 0x65 /* e */ ||
        bytes[pos + 8] !== QUOTE ||
        bytes[pos + 9] !== COLON
      ) {
        break;
      }
      pos += 10;
      // A plain decimal of at most 15 digits: exact as digits / 10^decimals (one rounding).
      c = pos < n ? bytes[pos]! : -1;
      if (c < ZERO || c > NINE) break;
      let mantissa = 0;
      let digits = 0;
      let decimals = 0;
      if (c === ZERO) pos++;
      else {
        while (pos < n && (c = bytes[pos]!) >= ZERO && c <= NINE) {
          mantissa = mantissa * 10 + (c - ZERO);
          digits++;
          pos++;
        }
      }
      if (bytes[pos] === DOT) {
        pos++;
        const fractionStart = pos;
        while (pos < n && (c = bytes[pos]!) >= ZERO && c <= NINE) {
          mantissa = mantissa * 10 + (c - ZERO);
          if (mantissa !== 0) digits++;
          decimals++;
          pos++;
        }
        if (pos === fractionStart) break;
      }
      if (digits > 15 || decimals > 22 || bytes[pos] !== CLOSE_BRACE) break;
      pos++;
      const score = mantissa / POWERS_OF_TEN[decimals]!;

      let left = lastLeft;
      const length = leftEnd - leftStart;
      let same = left >= 0 && length === lastEnd - lastStart;
      for (let i = 0; same && i < length; i++) same = bytes[leftStart + i] === bytes[lastStart + i];
      if (!same) {
        left = leftIds.indexOfBytes(bytes, leftStart, leftEnd);
        if (left < 0) this.unknownId(k, 'left', leftStart, leftEnd);
        lastLeft = left;
        lastStart = leftStart;
        lastEnd = leftEnd;
      }
      const right = rightIds.indexOfHashed(bytes, rightStart, rightEnd, rightHash >>> 0);
      if (right < 0) this.unknownId(k, 'right', rightStart, rightEnd);
      if (k === edgeLeft.length) {
        this.edgeCount = k;
        this.growEdges(Math.ceil(k * 1.5) + 16);
        edgeLeft = this.edgeLeft;
        edgeRight = this.edgeRight;
        edgeScore = this.edgeScore;
      }
      if (!(score > 0)) this.storeEdge(k, left, right, score); // throws with the edge named
      edgeLeft[k] = left;
      edgeRight[k] = right;
      edgeScore[k] = score;
      k++;
      resume = pos;
      if (bytes[pos] !== COMMA) break;
      pos++;
    }
    this.pos = resume;
    this.edgeCount = k;
    return k - first;
  }

  unknownId(k: number, side: 'left' | 'right', start: number, end: number): never {
    this.stringStart = start;
    this.stringEnd = end;
    this.stringEscaped = false;
    throw new RoundInputError(`edge ${k} names unknown ${side} id ${JSON.stringify(this.stringValue())}`);
  }

  storeEdge(k: number, left: number, right: number, score: number): void {
    if (!(score > 0 && score < Infinity)) {
      throw new RoundInputError(
        `edge ${k} (${JSON.stringify(this.leftIds!.ids[left])}–${JSON.stringify(this.rightIds!.ids[right])}) has score ${score}; it must be a positive finite number`,
      );
    }
    this.edgeLeft[k] = left;
    this.edgeRight[k] = right;
    this.edgeScore[k] = score;
    this.edgeCount = k + 1;
  }

  readEdge(k: number): void {
    const leftIds = this.leftIds!;
    const rightIds = this.rightIds!;
    if (this.peek() !== OPEN_BRACE) this.fail(`edge ${k} must be an object`);
    this.pos++;
    {
      let left = -1;
      let right = -1;
      let score = NaN;
      let hasLeft = false;
      let hasRight = false;
      let hasScore = false;
      this.skipSpace();
      if (this.peek() !== CLOSE_BRACE) {
        for (;;) {
          this.skipSpace();
          this.readString('a key');
          const isLeft = this.keyIs(KEY_LEFT);
          const isRight = !isLeft && this.keyIs(KEY_RIGHT);
          const isScore = !isLeft && !isRight && this.keyIs(KEY_SCORE);
          this.skipSpace();
          this.expect(COLON, '":"');
          this.skipSpace();
          if (isLeft || isRight) {
            if (this.peek() !== QUOTE) this.fail(`edge ${k}: "${isLeft ? 'left' : 'right'}" must be a string`);
            this.readString('an id');
            const table = isLeft ? leftIds : rightIds;
            const index = this.stringEscaped
              ? table.indexOf(this.stringValue())
              : table.indexOfBytes(this.bytes, this.stringStart, this.stringEnd);
            if (index < 0) {
              throw new RoundInputError(
                `edge ${k} names unknown ${isLeft ? 'left' : 'right'} id ${JSON.stringify(this.stringValue())}`,
              );
            }
            if (isLeft) {
              left = index;
              hasLeft = true;
            } else {
              right = index;
              hasRight = true;
            }
          } else if (isScore) {
            const c = this.peek();
            if (c !== MINUS && (c < ZERO || c > NINE)) this.fail(`edge ${k}: "score" must be a number`);
            score = this.readNumber();
            hasScore = true;
          } else this.skipValue();
          this.skipSpace();
          if (this.peek() === COMMA) {
            this.pos++;
            continue;
          }
          break;
        }
      }
      this.expect(CLOSE_BRACE, '"," or "}"');
      if (!hasLeft || !hasRight || !hasScore) {
        const missing = !hasLeft ? 'left' : !hasRight ? 'right' : 'score';
        throw new RoundInputError(`edge ${k} has no "${missing}"`);
      }
      this.storeEdge(k, left, right, score);
    }
  }

  growEdges(size: number): void {
    if (size <= this.edgeLeft.length) return;
    const left = new Int32Array(size);
    const right = new Int32Array(size);
    const score = new Float64Array(size);
    left.set(this.edgeLeft.subarray(0, this.edgeCount));
    right.set(this.edgeRight.subarray(0, this.edgeCount));
    score.set(this.edgeScore.subarray(0, this.edgeCount));
    this.edgeLeft = left;
    this.edgeRight = right;
    this.edgeScore = score;
  }

  // ---- JSON tokens -----------------------------------------------------------------------------

  peek(): number {
    return this.pos < this.bytes.length ? this.bytes[this.pos]! : -1;
  }

  skipSpace(): void {
    const bytes = this.bytes;
    let pos = this.pos;
    while (pos < bytes.length) {
      const c = bytes[pos]!;
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) break;
      pos++;
    }
    this.pos = pos;
  }

  expect(byte: number, what: string): void {
    if (this.peek() !== byte) this.fail(`expected ${what}`);
    this.pos++;
  }

  /** Reads a string token; its content is bytes[stringStart, stringEnd). */
  readString(what: string): void {
    if (this.peek() !== QUOTE) this.fail(`expected ${what} (a string)`);
    const bytes = this.bytes;
    let pos = this.pos + 1;
    const start = pos;
    let escaped = false;
    for (;;) {
      if (pos >= bytes.length) {
        this.pos = bytes.length;
        this.fail('unterminated string');
      }
      const c = bytes[pos]!;
      if (c === QUOTE) break;
      if (c === BACKSLASH) {
        escaped = true;
        pos += 2;
        continue;
      }
      if (c < 0x20) {
        this.pos = pos;
        this.fail('control character in a string');
      }
      pos++;
    }
    this.stringStart = start;
    this.stringEnd = pos;
    this.stringEscaped = escaped;
    this.pos = pos + 1;
  }

  /** The last string read, decoded. */
  stringValue(): string {
    if (!this.stringEscaped) {
      const { bytes, stringStart: from, stringEnd: to } = this;
      // Short ASCII (the usual id) is built directly: a decoder call costs more than the string.
      if (to - from <= 64) {
        let text = '';
        let i = from;
        for (; i < to && bytes[i]! < 0x80; i++) text += String.fromCharCode(bytes[i]!);
        if (i === to) return text;
      }
      try {
        return utf8.decode(this.bytes.subarray(this.stringStart, this.stringEnd));
      } catch {
        this.pos = this.stringStart;
        this.fail('a string is not valid UTF-8');
      }
    }
    try {
      return JSON.parse(utf8.decode(this.bytes.subarray(this.stringStart - 1, this.stringEnd + 1))) as string;
    } catch {
      this.pos = this.stringStart;
      this.fail('invalid escape in a string');
    }
  }

  keyIs(key: Uint8Array): boolean {
    const length = this.stringEnd - this.stringStart;
    if (this.stringEscaped) return this.stringValue() === utf8.decode(key);
    if (length !== key.length) return false;
    for (let i = 0; i < length; i++) if (this.bytes[this.stringStart + i] !== key[i]) return false;
    return true;
  }

  /** Reads a JSON number. Up to 15 digits and exponents up to 22 are exact in one step (Clinger). */
  readNumber(): number {
    const bytes = this.bytes;
    const start = this.pos;
    let pos = start;
    const negative = bytes[pos] === MINUS;
    if (negative) pos++;
    let mantissa = 0;
    let digits = 0;
    let exponent = 0;
    let c = pos < bytes.length ? bytes[pos]! : -1;
    if (c === ZERO) {
      pos++;
    } else if (c > ZERO && c <= NINE) {
      while (pos < bytes.length && (c = bytes[pos]!) >= ZERO && c <= NINE) {
        mantissa = mantissa * 10 + (c - ZERO);
        digits++;
        pos++;
      }
    } else {
      this.pos = pos;
      this.fail('invalid number');
    }
    if (pos < bytes.length && bytes[pos] === DOT) {
      pos++;
      const fractionStart = pos;
      while (pos < bytes.length && (c = bytes[pos]!) >= ZERO && c <= NINE) {
        mantissa = mantissa * 10 + (c - ZERO);
        if (mantissa !== 0) digits++;
        exponent--;
        pos++;
      }
      if (pos === fractionStart) {
        this.pos = pos;
        this.fail('invalid number');
      }
    }
    let explicit = 0;
    if (pos < bytes.length && (bytes[pos] === 0x65 || bytes[pos] === 0x45)) {
      pos++;
      let sign = 1;
      if (bytes[pos] === PLUS || bytes[pos] === MINUS) {
        if (bytes[pos] === MINUS) sign = -1;
        pos++;
      }
      const exponentStart = pos;
      while (pos < bytes.length && (c = bytes[pos]!) >= ZERO && c <= NINE) {
        if (explicit < 100_000) explicit = explicit * 10 + (c - ZERO);
        pos++;
      }
      if (pos === exponentStart) {
        this.pos = pos;
        this.fail('invalid number');
      }
      explicit *= sign;
    }
    this.pos = pos;
    exponent += explicit;
    let value: number;
    if (digits <= 15 && exponent >= -22 && exponent <= 22) {
      value = exponent < 0 ? mantissa / POWERS_OF_TEN[-exponent]! : mantissa * POWERS_OF_TEN[exponent]!;
    } else {
      let text = '';
      for (let i = start; i < pos; i++) text += String.fromCharCode(bytes[i]!);
      value = Math.abs(Number(text));
    }
    return negative ? -value : value;
  }

  /** Skips any JSON value (for keys the round does not use). */
  skipValue(): void {
    const c = this.peek();
    if (c === QUOTE) {
      this.readString('a value');
      return;
    }
    if (c === MINUS || (c >= ZERO && c <= NINE)) {
      this.readNumber();
      return;
    }
    if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      this.pos++;
      const close = c === OPEN_BRACE ? CLOSE_BRACE : CLOSE_BRACKET;
      this.skipSpace();
      if (this.peek() === close) {
        this.pos++;
        return;
      }
      for (;;) {
        this.skipSpace();
        if (close === CLOSE_BRACE) {
          this.readString('a key');
          this.skipSpace();
          this.expect(COLON, '":"');
          this.skipSpace();
        }
        this.skipValue();
        this.skipSpace();
        if (this.peek() === COMMA) {
          this.pos++;
          continue;
        }
        break;
      }
      this.expect(close, close === CLOSE_BRACE ? '"," or "}"' : '"," or "]"');
      return;
    }
    for (const word of ['true', 'false', 'null']) {
      if (this.matches(word)) {
        this.pos += word.length;
        return;
      }
    }
    this.fail('expected a value');
  }

  matches(word: string): boolean {
    for (let i = 0; i < word.length; i++) if (this.bytes[this.pos + i] !== word.charCodeAt(i)) return false;
    return true;
  }

  fail(message: string): never {
    let line = 1;
    let lineStart = 0;
    const end = Math.min(this.pos, this.bytes.length);
    for (let i = 0; i < end; i++) {
      if (this.bytes[i] === 0x0a) {
        line++;
        lineStart = i + 1;
      }
    }
    if (this.pos >= this.bytes.length) {
      throw new RoundInputError(`invalid round JSON: the input ends too early (${message})`);
    }
    throw new RoundInputError(`invalid round JSON at line ${line}, column ${end - lineStart + 1}: ${message}`);
  }
}

/** Node ids by their UTF-8 bytes (open addressing), so an edge's id is found without making a string. */
class IdTable {
  readonly ids: string[] = [];
  bytes = new Uint8Array(256);
  used = 0;
  start: number[] = [];
  slots = new Int32Array(16).fill(-1);

  /** Adds an id given with its UTF-8 bytes source[from, to); false if it is already there. */
  add(id: string, source: Uint8Array, from: number, to: number): boolean {
    if (this.indexOfBytes(source, from, to) >= 0) return false;
    const length = to - from;
    if (this.used + length > this.bytes.length) {
      const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.used + length));
      grown.set(this.bytes.subarray(0, this.used));
      this.bytes = grown;
    }
    this.bytes.set(source.subarray(from, to), this.used);
    this.start.push(this.used);
    this.used += length;
    this.ids.push(id);
    if (this.ids.length * 2 > this.slots.length) this.rehash();
    else this.insert(this.ids.length - 1);
    return true;
  }

  indexOf(id: string): number {
    const encoded = encoder.encode(id);
    return this.indexOfBytes(encoded, 0, encoded.length);
  }

  indexOfBytes(source: Uint8Array, from: number, to: number): number {
    return this.indexOfHashed(source, from, to, hashBytes(source, from, to));
  }

  /** As indexOfBytes, with the FNV-1a hash of the bytes already known. */
  indexOfHashed(source: Uint8Array, from: number, to: number, hash: number): number {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    const length = to - from;
    for (;;) {
      const index = this.slots[slot]!;
      if (index < 0) return -1;
      const at = this.start[index]!;
      const end = index + 1 < this.start.length ? this.start[index + 1]! : this.used;
      if (end - at === length) {
        let same = true;
        for (let i = 0; i < length; i++) {
          if (this.bytes[at + i] !== source[from + i]) {
            same = false;
            break;
          }
        }
        if (same) return index;
      }
      slot = (slot + 1) & mask;
    }
  }

  insert(index: number): void {
    const mask = this.slots.length - 1;
    const at = this.start[index]!;
    const end = index + 1 < this.start.length ? this.start[index + 1]! : this.used;
    let slot = hashBytes(this.bytes, at, end) & mask;
    while (this.slots[slot]! >= 0) slot = (slot + 1) & mask;
    this.slots[slot] = index;
  }

  rehash(): void {
    this.slots = new Int32Array(this.slots.length * 4).fill(-1);
    for (let i = 0; i < this.ids.length; i++) this.insert(i);
  }
}

function bytesAt(bytes: Uint8Array, pos: number, expected: Uint8Array): boolean {
  if (pos + expected.length > bytes.length) return false;
  for (let i = 0; i < expected.length; i++) if (bytes[pos + i] !== expected[i]) return false;
  return true;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a. */
function hashBytes(bytes: Uint8Array, from: number, to: number): number {
  let hash = FNV_OFFSET;
  for (let i = from; i < to; i++) hash = Math.imul(hash ^ bytes[i]!, FNV_PRIME);
  return hash >>> 0;
}
