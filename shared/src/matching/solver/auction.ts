// ε-scaling auction (Bertsekas) for the round where every bidder takes at most one match. The
// b-matching is turned into a perfect assignment so that forward bidding alone is exact:
//   - each object (supporter) of capacity c becomes c slots, kept as a min-heap of slot prices;
//   - an extra object UNMATCHED has one slot per bidder, worth 0 to everyone (staying unmatched);
//   - each object slot gets a "filler" person worth 0 on the object's slots and on UNMATCHED, who
//     stands for the seat left empty.
// Persons and slots are then equal in number, every feasible b-matching extends to a perfect
// assignment of the same value, and with integer values, ε-complementary slackness with
// ε < 1/persons means optimal. Values are multiplied by (persons + 1) so the last phase runs at ε = 1.

export interface UnitAuctionProblem {
  bidderCount: number;
  /** Slots per object; every object referenced by an edge has at least one. */
  objectCapacity: Int32Array;
  /** Bidder i's edges are adjStart[i] .. adjStart[i + 1] - 1. */
  adjStart: Int32Array;
  adjObject: Int32Array;
  /** Positive integer values; multiplied in place by the solver. */
  adjValue: Float64Array;
}

/** Price reduction factor between phases. */
const EPSILON_FACTOR = 8;

/**
 * Returns, per bidder, the index into the adjacency arrays of its chosen edge, or -1 when it stays
 * unmatched. The chosen edges maximize the total value.
 */
export function solveUnitAuction(problem: UnitAuctionProblem): Int32Array {
  const { bidderCount, objectCapacity, adjStart, adjObject, adjValue } = problem;
  const objectCount = objectCapacity.length;
  const unmatched = objectCount;
  const slotStart = new Int32Array(objectCount + 2);
  for (let r = 0; r < objectCount; r++) slotStart[r + 1] = slotStart[r]! + objectCapacity[r]!;
  const realSlots = slotStart[objectCount]!;
  slotStart[objectCount + 1] = realSlots + bidderCount;
  const slotCount = realSlots + bidderCount;
  const personCount = bidderCount + realSlots;
  const choice = new Int32Array(bidderCount).fill(-1);
  if (bidderCount === 0) return choice;

  // Filler f (person bidderCount + f) belongs to the object owning real slot f.
  const fillerObject = new Int32Array(realSlots);
  for (let r = 0; r < objectCount; r++) fillerObject.fill(r, slotStart[r]!, slotStart[r + 1]!);

  const scale = personCount + 1;
  let maxValue = 0;
  for (let k = 0; k < adjValue.length; k++) {
    const v = adjValue[k]! * scale;
    adjValue[k] = v;
    if (v > maxValue) maxValue = v;
  }
  // A bidder with a single one-slot option bids this much above it, which no one can outbid for free.
  const soleOptionStep = maxValue + 1;

  const price = new Float64Array(slotCount);
  const holder = new Int32Array(slotCount);
  const queue = new Int32Array(personCount);
  const dStart = slotStart[unmatched]!;

  // Raises the cheapest slot of an object to newPrice, gives it to person, restores the heap.
  const raiseRoot = (start: number, size: number, newPrice: number, person: number): void => {
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= size) break;
      let cp = price[start + c]!;
      if (c + 1 < size) {
        const rp = price[start + c + 1]!;
        if (rp < cp) {
          c++;
          cp = rp;
        }
      }
      if (cp >= newPrice) break;
      price[start + i] = cp;
      holder[start + i] = holder[start + c]!;
      i = c;
    }
    price[start + i] = newPrice;
    holder[start + i] = person;
  };

  // Cheapest price among an object's slots other than the root (its heap children).
  const secondPrice = (start: number, size: number): number => {
    if (size < 2) return Infinity;
    const a = price[start + 1]!;
    if (size < 3) return a;
    const b = price[start + 2]!;
    return b < a ? b : a;
  };

  let epsilon = Math.max(1, Math.floor(maxValue / EPSILON_FACTOR));
  for (;;) {
    holder.fill(-1);
    let head = 0;
    let tail = 0;
    let queued = 0;
    for (let p = 0; p < personCount; p++) queue[tail++] = p;
    queued = personCount;
    if (tail === personCount) tail = 0;

    while (queued > 0) {
      const person = queue[head]!;
      head = head + 1 === personCount ? 0 : head + 1;
      queued--;

      let best1 = -Infinity;
      let best2 = -Infinity;
      let object: number;
      let value: number;
      if (person < bidderCount) {
        let bestK = -1;
        const end = adjStart[person + 1]!;
        for (let k = adjStart[person]!; k < end; k++) {
          const v = adjValue[k]! - price[slotStart[adjObject[k]!]!]!;
          if (v > best1) {
            best2 = best1;
            best1 = v;
            bestK = k;
          } else if (v > best2) best2 = v;
        }
        const vd = -price[dStart]!;
        if (vd > best1) {
          best2 = best1;
          best1 = vd;
          bestK = -1;
        } else if (vd > best2) best2 = vd;
        choice[person] = bestK;
        object = bestK >= 0 ? adjObject[bestK]! : unmatched;
        value = bestK >= 0 ? adjValue[bestK]! : 0;
      } else {
        const own = fillerObject[person - bidderCount]!;
        const vo = -price[slotStart[own]!]!;
        const vd = -price[dStart]!;
        if (vo >= vd) {
          object = own;
          best1 = vo;
          best2 = vd;
        } else {
          object = unmatched;
          best1 = vd;
          best2 = vo;
        }
        value = 0;
      }
      const start = slotStart[object]!;
      const size = slotStart[object + 1]! - start;
      const other = value - secondPrice(start, size);
      if (other > best2) best2 = other;

      const step = best2 === -Infinity ? soleOptionStep : best1 - best2;
      const evicted = holder[start]!;
      raiseRoot(start, size, price[start]! + step + epsilon, person);
      if (evicted >= 0) {
        queue[tail] = evicted;
        tail = tail + 1 === personCount ? 0 : tail + 1;
        queued++;
      }
    }
    if (epsilon === 1) break;
    epsilon = Math.max(1, Math.floor(epsilon / EPSILON_FACTOR));
  }

  // Every bidder holds a slot now; the one it bid for last is its match.
  return choice;
}
