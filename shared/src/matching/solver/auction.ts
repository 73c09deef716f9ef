// ε-scaling auction (Bertsekas) for the round where every bidder takes at most one match. The
// b-matching is turned into a perfect assignment so that forward bidding alone is exact:
//   - each object (supporter) of capacity c becomes c slots, kept as a min-heap of slot prices;
//   - an extra object UNMATCHED has one slot per bidder, worth 0 to everyone (staying unmatched);
//   - each object slot gets a "filler" person worth 0 on the object's slots and on UNMATCHED, who
//     stands for the seat left empty.
// Persons and slots are then equal in number, every feasible b-matching extends to a perfect
// assignment of the same value, and with integer values, ε-complementary slackness with
// ε < 1/persons means optimal. Values are multiplied by (persons + 1) so the last phase runs at ε = 1.
//
// Bidders look only at their best-valued edges at first (a bid scans every edge it looks at, and
// most edges never matter). After each phase every other edge is checked against ε-complementary
// slackness and the ones that break it join in; the last phase is repeated until none does, so the
// result is exact on the whole edge set.

export interface UnitAuctionProblem {
  bidderCount: number;
  /** Slots per object; every object referenced by an edge has at least one. */
  objectCapacity: Int32Array;
  /** Bidder i's edges are adjStart[i] .. adjStart[i + 1] - 1; the arrays are reordered in place. */
  adjStart: Int32Array;
  adjObject: Int32Array;
  /** Positive integer values; multiplied in place by the solver. */
  adjValue: Float64Array;
  /** Carried along with each edge and returned for the chosen ones. */
  adjEdge: Int32Array;
}

/** Price reduction factor between phases. */
const EPSILON_FACTOR: number = (globalThis as any).EF ?? 8;
/** Edges per bidder looked at from the start. */
const INITIAL_EDGES: number = (globalThis as any).IE ?? 16;

/** Returns, per bidder, the adjEdge payload of its chosen edge, or -1 when it stays unmatched. */
export function solveUnitAuction(problem: UnitAuctionProblem): Int32Array {
  const { bidderCount, objectCapacity, adjStart, adjObject, adjValue, adjEdge } = problem;
  const objectCount = objectCapacity.length;
  const unmatched = objectCount;
  const slotStart = new Int32Array(objectCount + 2);
  for (let r = 0; r < objectCount; r++) slotStart[r + 1] = slotStart[r]! + objectCapacity[r]!;
  const realSlots = slotStart[objectCount]!;
  slotStart[objectCount + 1] = realSlots + bidderCount;
  const slotCount = realSlots + bidderCount;
  const personCount = bidderCount + realSlots;
  const result = new Int32Array(bidderCount).fill(-1);
  if (bidderCount === 0) return result;

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

  // Each bidder's edges [adjStart, activeEnd) take part in bidding; the best-valued come first.
  const activeEnd = new Int32Array(bidderCount);
  for (let i = 0; i < bidderCount; i++) {
    const start = adjStart[i]!;
    const end = adjStart[i + 1]!;
    if (end - start > INITIAL_EDGES) selectLargest(adjObject, adjValue, adjEdge, start, end, start + INITIAL_EDGES);
    activeEnd[i] = Math.min(end, start + INITIAL_EDGES);
  }

  const price = new Float64Array(slotCount);
  const holder = new Int32Array(slotCount).fill(-1);
  // The price of each object's cheapest slot (its heap root), read by every bid.
  const rootPrice = new Float64Array(objectCount + 1);
  const queue = new Int32Array(personCount);
  const choice = new Int32Array(bidderCount);
  // What each person gets from the slot it holds (value minus price), and where that slot is.
  const profit = new Float64Array(personCount);
  const slotOf = new Int32Array(personCount).fill(-1);
  const dStart = slotStart[unmatched]!;

  // Raises the cheapest slot of an object to newPrice, gives it to person, restores the heap.
  const raiseRoot = (object: number, start: number, size: number, newPrice: number, person: number): void => {
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
      const moved = holder[start + c]!;
      holder[start + i] = moved;
      if (moved >= 0) slotOf[moved] = start + i;
      i = c;
    }
    price[start + i] = newPrice;
    holder[start + i] = person;
    slotOf[person] = start + i;
    rootPrice[object] = price[start]!;
  };

  // Cheapest price among an object's slots other than the root (its heap children).
  const secondPrice = (start: number, size: number): number => {
    if (size < 2) return Infinity;
    const a = price[start + 1]!;
    if (size < 3) return a;
    const b = price[start + 2]!;
    return b < a ? b : a;
  };

  // Best value a bidder can get from any object at current prices (the slot it holds included).
  const bestOffer = (i: number): number => {
    let best = -rootPrice[unmatched]!;
    const end = activeEnd[i]!;
    for (let k = adjStart[i]!; k < end; k++) {
      const v = adjValue[k]! - rootPrice[adjObject[k]!]!;
      if (v > best) best = v;
    }
    return best;
  };

  // A phase starts from the previous assignment, minus the persons it no longer satisfies.
  const runPhase = (epsilon: number): void => {
    let queued = 0;
    for (let p = 0; p < personCount; p++) {
      const slot = slotOf[p]!;
      if (slot >= 0) {
        let offer: number;
        if (p < bidderCount) offer = bestOffer(p);
        else {
          const own = -rootPrice[fillerObject[p - bidderCount]!]!;
          const vd = -rootPrice[unmatched]!;
          offer = own > vd ? own : vd;
        }
        if (profit[p]! >= offer - epsilon) continue;
        holder[slot] = -1;
        slotOf[p] = -1;
      }
      queue[queued++] = p;
    }
    let head = 0;
    let tail = queued === personCount ? 0 : queued;
    while (queued > 0) {
      const person = queue[head]!;
      head = head + 1 === personCount ? 0 : head + 1;
      queued--;
      (globalThis as any).BIDS++;

      let best1 = -Infinity;
      let best2 = -Infinity;
      let object: number;
      let value: number;
      if (person < bidderCount) {
        let bestK = -1;
        const end = activeEnd[person]!;
        for (let k = adjStart[person]!; k < end; k++) {
          const v = adjValue[k]! - rootPrice[adjObject[k]!]!;
          if (v > best1) {
            best2 = best1;
            best1 = v;
            bestK = k;
          } else if (v > best2) best2 = v;
        }
        const vd = -rootPrice[unmatched]!;
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
        const vo = -rootPrice[own]!;
        const vd = -rootPrice[unmatched]!;
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

      const step = (best2 === -Infinity ? soleOptionStep : best1 - best2) + epsilon;
      profit[person] = best1 - step;
      const evicted = holder[start]!;
      if (evicted >= 0) slotOf[evicted] = -1;
      raiseRoot(object, start, size, price[start]! + step, person);
      if (evicted >= 0) {
        queue[tail] = evicted;
        tail = tail + 1 === personCount ? 0 : tail + 1;
        queued++;
      }
    }
  };

  // Moves every waiting edge that breaks ε-complementary slackness into play; returns how many.
  const admitViolations = (epsilon: number): number => {
    let admitted = 0;
    for (let i = 0; i < bidderCount; i++) {
      const bar = profit[i]! + epsilon;
      const end = adjStart[i + 1]!;
      let next = activeEnd[i]!;
      for (let k = next; k < end; k++) {
        if (adjValue[k]! - rootPrice[adjObject[k]!]! > bar) {
          if (k !== next) swapEdges(adjObject, adjValue, adjEdge, k, next);
          next++;
        }
      }
      admitted += next - activeEnd[i]!;
      activeEnd[i] = next;
    }
    return admitted;
  };

  let epsilon = Math.max(1, Math.floor(maxValue / ((globalThis as any).E0 ?? EPSILON_FACTOR)));
  for (;;) {
    const T0 = (globalThis as any).performance.now(); (globalThis as any).BIDS = 0; (globalThis as any).SCANS = 0;
    runPhase(epsilon);
    const T1 = (globalThis as any).performance.now();
    const admitted = admitViolations(epsilon);
    if ((globalThis as any).AUCTION_DEBUG) (globalThis as any).console.log('phase', epsilon, (globalThis as any).BIDS, (globalThis as any).SCANS, admitted, (T1-T0).toFixed(1), ((globalThis as any).performance.now()-T1).toFixed(1));
    if (epsilon === 1 && admitted === 0) break;
    epsilon = Math.max(1, Math.floor(epsilon / EPSILON_FACTOR));
  }

  // Every bidder holds a slot now; the one it bid for last is its match.
  for (let i = 0; i < bidderCount; i++) {
    const k = choice[i]!;
    if (k >= 0) result[i] = adjEdge[k]!;
  }
  return result;
}

function swapEdges(object: Int32Array, value: Float64Array, edge: Int32Array, a: number, b: number): void {
  const o = object[a]!;
  object[a] = object[b]!;
  object[b] = o;
  const v = value[a]!;
  value[a] = value[b]!;
  value[b] = v;
  const e = edge[a]!;
  edge[a] = edge[b]!;
  edge[b] = e;
}

/** Reorders [start, end) so that its (nth - start) largest values come first (quickselect). */
function selectLargest(
  object: Int32Array,
  value: Float64Array,
  edge: Int32Array,
  start: number,
  end: number,
  nth: number,
): void {
  let lo = start;
  let hi = end - 1;
  while (lo < hi) {
    const pivot = value[(lo + hi) >>> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (value[i]! > pivot) i++;
      while (value[j]! < pivot) j--;
      if (i <= j) {
        swapEdges(object, value, edge, i, j);
        i++;
        j--;
      }
    }
    if (nth - 1 <= j) hi = j;
    else if (nth - 1 >= i) lo = i;
    else return;
  }
}
