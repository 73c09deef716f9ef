// ε-scaling forward–reverse auction (Bertsekas; Bertsekas, Castañon & Tsaknakis 1993) for a round
// where every bidder takes at most one match.
//
// Bidders are persons; each object (supporter) of capacity c is c slots, and each person also has a
// private "stay unmatched" object worth 0. That is an asymmetric assignment problem (every person
// assigned, objects to spare), optimal when, for some level λ:
//   - every person is within ε of its best offer (ε-complementary slackness),
//   - every assigned object is priced ≥ λ, every unassigned one ≤ λ,
//   - values are integers and ε < 1/persons.
// A phase runs forward bids until every person holds an object, fixes λ as the lowest price held,
// then lets each unassigned object priced above λ bid in reverse (lower its price to win a person, or
// drop to λ). Values are multiplied by (persons + 1) so the last phase runs at ε = 1. Persons keep
// what they hold from phase to phase while it still satisfies the smaller ε.
//
// Persons look only at their best-valued edges at first: a bid scans every edge it looks at, and most
// edges never matter. After the last phase every other edge is checked against ε-complementary
// slackness; those that break it join in and the last phase runs again, until none does, so the
// result is exact on the whole edge set.
//
// Hot loops live in small methods of one class so that V8 optimizes each early and keeps it.

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
const EPSILON_FACTOR = 8;
/** Edges per person looked at from the start. */
const INITIAL_EDGES = 16;

const NONE = -1;
/** heldSlot of a person holding its private "stay unmatched" object. */
const ON_OWN = -2;

/** Returns, per bidder, the adjEdge payload of its chosen edge, or -1 when it stays unmatched. */
export function solveUnitAuction(problem: UnitAuctionProblem): Int32Array {
  const result = new Int32Array(problem.bidderCount).fill(-1);
  if (problem.bidderCount === 0) return result;
  const auction = new Auction(problem);
  auction.run();
  auction.writeResult(result);
  return result;
}

class Auction {
  readonly personCount: number;
  readonly objectCount: number;
  readonly adjStart: Int32Array;
  readonly adjObject: Int32Array;
  readonly adjValue: Float64Array;
  readonly adjEdge: Int32Array;
  readonly maxValue: number;
  /** Each person's edges [adjStart, activeEnd) take part in bidding; the best-valued come first. */
  readonly activeEnd: Int32Array;

  /** Slots of object r are slotStart[r] .. slotStart[r + 1] - 1. */
  readonly slotStart: Int32Array;
  readonly slotCount: number;
  readonly slotObject: Int32Array;
  /** Each object's slots as a min-heap by price over the object's index range; slotPos inverts it. */
  readonly heapSlot: Int32Array;
  readonly slotPos: Int32Array;
  readonly price: Float64Array;
  readonly holder: Int32Array;
  /** Price of each object's cheapest slot, read by every bid. */
  readonly rootPrice: Float64Array;
  readonly ownPrice: Float64Array;

  /** What each person holds (a slot, ON_OWN or NONE), through which edge, and its profit there. */
  readonly heldSlot: Int32Array;
  readonly heldEdge: Int32Array;
  readonly profit: Float64Array;

  /** Active edges by object, for reverse bids. */
  readonly revStart: Int32Array;
  revPerson: Int32Array = new Int32Array(0);
  revEdge: Int32Array = new Int32Array(0);

  readonly queue: Int32Array;
  queueHead = 0;
  queueTail = 0;
  queued = 0;
  lambda = 0;

  constructor(problem: UnitAuctionProblem) {
    const { bidderCount, objectCapacity, adjStart, adjObject, adjValue, adjEdge } = problem;
    this.personCount = bidderCount;
    this.objectCount = objectCapacity.length;
    this.adjStart = adjStart;
    this.adjObject = adjObject;
    this.adjValue = adjValue;
    this.adjEdge = adjEdge;
    this.maxValue = scaleValues(adjValue, bidderCount + 1);
    this.activeEnd = new Int32Array(bidderCount);
    activateBest(adjStart, adjObject, adjValue, adjEdge, this.activeEnd, INITIAL_EDGES);

    const objectCount = this.objectCount;
    this.slotStart = new Int32Array(objectCount + 1);
    for (let r = 0; r < objectCount; r++) this.slotStart[r + 1] = this.slotStart[r]! + objectCapacity[r]!;
    this.slotCount = this.slotStart[objectCount]!;
    this.slotObject = new Int32Array(this.slotCount);
    for (let r = 0; r < objectCount; r++) this.slotObject.fill(r, this.slotStart[r]!, this.slotStart[r + 1]!);
    this.heapSlot = new Int32Array(this.slotCount);
    this.slotPos = new Int32Array(this.slotCount);
    for (let s = 0; s < this.slotCount; s++) this.heapSlot[s] = this.slotPos[s] = s;
    this.price = new Float64Array(this.slotCount);
    this.holder = new Int32Array(this.slotCount).fill(NONE);
    this.rootPrice = new Float64Array(objectCount);
    this.ownPrice = new Float64Array(bidderCount);
    this.heldSlot = new Int32Array(bidderCount).fill(NONE);
    this.heldEdge = new Int32Array(bidderCount).fill(NONE);
    this.profit = new Float64Array(bidderCount);
    this.revStart = new Int32Array(objectCount + 1);
    this.queue = new Int32Array(this.slotCount + bidderCount);
  }

  run(): void {
    this.buildReverse();
    let epsilon = Math.max(1, Math.floor(this.maxValue / EPSILON_FACTOR));
    for (;;) {
      this.forwardPhase(epsilon);
      this.reversePhase(epsilon);
      if (epsilon === 1) {
        // Exact on the edges in play; done when no other edge breaks the optimality conditions.
        if (this.admitViolations(epsilon) === 0) break;
        this.buildReverse();
      }
      epsilon = Math.max(1, Math.floor(epsilon / EPSILON_FACTOR));
    }
  }

  writeResult(result: Int32Array): void {
    for (let i = 0; i < this.personCount; i++) {
      const k = this.heldEdge[i]!;
      if (this.heldSlot[i]! >= 0 && k >= 0) result[i] = this.adjEdge[k]!;
    }
  }

  buildReverse(): void {
    const { personCount, objectCount, adjStart, adjObject, activeEnd, revStart } = this;
    revStart.fill(0);
    for (let i = 0; i < personCount; i++) {
      for (let k = adjStart[i]!; k < activeEnd[i]!; k++) revStart[adjObject[k]! + 1] = revStart[adjObject[k]! + 1]! + 1;
    }
    for (let r = 0; r < objectCount; r++) revStart[r + 1] = revStart[r + 1]! + revStart[r]!;
    const revPerson = new Int32Array(revStart[objectCount]!);
    const revEdge = new Int32Array(revStart[objectCount]!);
    const fill = revStart.slice(0, objectCount);
    for (let i = 0; i < personCount; i++) {
      for (let k = adjStart[i]!; k < activeEnd[i]!; k++) {
        const r = adjObject[k]!;
        const at = fill[r]!;
        fill[r] = at + 1;
        revPerson[at] = i;
        revEdge[at] = k;
      }
    }
    this.revPerson = revPerson;
    this.revEdge = revEdge;
  }

  // ---- queue of persons (forward) or objects (reverse) -------------------------------------------

  resetQueue(): void {
    this.queueHead = 0;
    this.queueTail = 0;
    this.queued = 0;
  }

  enqueue(item: number): void {
    const queue = this.queue;
    queue[this.queueTail] = item;
    this.queueTail = this.queueTail + 1 === queue.length ? 0 : this.queueTail + 1;
    this.queued++;
  }

  dequeue(): number {
    const queue = this.queue;
    const item = queue[this.queueHead]!;
    this.queueHead = this.queueHead + 1 === queue.length ? 0 : this.queueHead + 1;
    this.queued--;
    return item;
  }

  // ---- slot heaps -------------------------------------------------------------------------------

  siftDown(r: number, slot: number): void {
    const { slotStart, heapSlot, slotPos, price } = this;
    const base = slotStart[r]!;
    const size = slotStart[r + 1]! - base;
    const p = price[slot]!;
    let i = slotPos[slot]! - base;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= size) break;
      let cs = heapSlot[base + c]!;
      if (c + 1 < size) {
        const rs = heapSlot[base + c + 1]!;
        if (price[rs]! < price[cs]!) {
          c++;
          cs = rs;
        }
      }
      if (price[cs]! >= p) break;
      heapSlot[base + i] = cs;
      slotPos[cs] = base + i;
      i = c;
    }
    heapSlot[base + i] = slot;
    slotPos[slot] = base + i;
    this.rootPrice[r] = price[heapSlot[base]!]!;
  }

  siftUp(r: number, slot: number): void {
    const { slotStart, heapSlot, slotPos, price } = this;
    const base = slotStart[r]!;
    const p = price[slot]!;
    let i = slotPos[slot]! - base;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const ps = heapSlot[base + parent]!;
      if (price[ps]! <= p) break;
      heapSlot[base + i] = ps;
      slotPos[ps] = base + i;
      i = parent;
    }
    heapSlot[base + i] = slot;
    slotPos[slot] = base + i;
    this.rootPrice[r] = price[heapSlot[base]!]!;
  }

  /** Cheapest price among an object's slots other than the cheapest (the heap root's children). */
  secondPrice(r: number): number {
    const { slotStart, heapSlot, price } = this;
    const base = slotStart[r]!;
    const size = slotStart[r + 1]! - base;
    if (size < 2) return Infinity;
    const a = price[heapSlot[base + 1]!]!;
    if (size < 3) return a;
    const b = price[heapSlot[base + 2]!]!;
    return b < a ? b : a;
  }

  // ---- forward bids -----------------------------------------------------------------------------

  /** Best value person i can get anywhere at current prices. */
  bestOffer(i: number): number {
    const { adjValue, adjObject, rootPrice } = this;
    let best = -this.ownPrice[i]!;
    const end = this.activeEnd[i]!;
    for (let k = this.adjStart[i]!; k < end; k++) {
      const v = adjValue[k]! - rootPrice[adjObject[k]!]!;
      if (v > best) best = v;
    }
    return best;
  }

  forwardPhase(epsilon: number): void {
    const { heldSlot, holder, profit } = this;
    this.resetQueue();
    for (let i = 0; i < this.personCount; i++) {
      const slot = heldSlot[i]!;
      if (slot !== NONE) {
        if (profit[i]! >= this.bestOffer(i) - epsilon) continue;
        if (slot >= 0) holder[slot] = NONE;
        heldSlot[i] = NONE;
      }
      this.enqueue(i);
    }
    while (this.queued > 0) this.bid(this.dequeue(), epsilon);
  }

  bid(i: number, epsilon: number): void {
    const { adjValue, adjObject, rootPrice } = this;
    let best1 = -this.ownPrice[i]!;
    let best2 = -Infinity;
    let bestK = NONE;
    const end = this.activeEnd[i]!;
    for (let k = this.adjStart[i]!; k < end; k++) {
      const v = adjValue[k]! - rootPrice[adjObject[k]!]!;
      if (v > best1) {
        best2 = best1;
        best1 = v;
        bestK = k;
      } else if (v > best2) best2 = v;
    }
    if (bestK === NONE) {
      // Staying unmatched is best; only this person wants its own object, so no one is evicted.
      const step = (best2 === -Infinity ? 0 : best1 - best2) + epsilon;
      this.ownPrice[i] = this.ownPrice[i]! + step;
      this.heldSlot[i] = ON_OWN;
      this.heldEdge[i] = NONE;
      this.profit[i] = best1 - step;
      return;
    }
    const r = adjObject[bestK]!;
    const other = adjValue[bestK]! - this.secondPrice(r);
    if (other > best2) best2 = other;
    const step = best1 - best2 + epsilon;
    const slot = this.heapSlot[this.slotStart[r]!]!;
    const evicted = this.holder[slot]!;
    this.price[slot] = this.price[slot]! + step;
    this.holder[slot] = i;
    this.heldSlot[i] = slot;
    this.heldEdge[i] = bestK;
    this.profit[i] = best1 - step;
    this.siftDown(r, slot);
    if (evicted !== NONE) {
      this.heldSlot[evicted] = NONE;
      this.enqueue(evicted);
    }
  }

  // ---- reverse bids -----------------------------------------------------------------------------
  // Queue items: a slot s (≥ 0) or a person's own object (-1 - person), each unassigned and priced
  // above λ.

  reversePhase(epsilon: number): void {
    const { slotCount, personCount, holder, price, heldSlot, ownPrice } = this;
    let lambda = Infinity;
    for (let s = 0; s < slotCount; s++) if (holder[s] !== NONE && price[s]! < lambda) lambda = price[s]!;
    for (let i = 0; i < personCount; i++) if (heldSlot[i] === ON_OWN && ownPrice[i]! < lambda) lambda = ownPrice[i]!;
    this.lambda = lambda;
    this.resetQueue();
    for (let s = 0; s < slotCount; s++) if (holder[s] === NONE && price[s]! > lambda) this.enqueue(s);
    for (let i = 0; i < personCount; i++) if (heldSlot[i] !== ON_OWN && ownPrice[i]! > lambda) this.enqueue(-1 - i);
    while (this.queued > 0) {
      const item = this.dequeue();
      if (item < 0) this.reverseOwn(-1 - item, epsilon);
      else this.reverseSlot(item, epsilon);
    }
  }

  /** Person i gives up what it holds, which waits for a reverse bid if priced above λ. */
  release(i: number): void {
    const held = this.heldSlot[i]!;
    if (held === ON_OWN) {
      if (this.ownPrice[i]! > this.lambda) this.enqueue(-1 - i);
    } else {
      this.holder[held] = NONE;
      if (this.price[held]! > this.lambda) this.enqueue(held);
    }
  }

  reverseOwn(i: number, epsilon: number): void {
    const lambda = this.lambda;
    if (-this.profit[i]! - epsilon >= lambda) {
      this.release(i);
      this.heldSlot[i] = ON_OWN;
      this.heldEdge[i] = NONE;
      this.profit[i] = -lambda;
    }
    this.ownPrice[i] = lambda;
  }

  reverseSlot(slot: number, epsilon: number): void {
    const { revStart, revPerson, revEdge, adjValue, profit, lambda } = this;
    const r = this.slotObject[slot]!;
    let beta1 = -Infinity;
    let beta2 = -Infinity;
    let bestAt = NONE;
    const end = revStart[r + 1]!;
    for (let at = revStart[r]!; at < end; at++) {
      const b = adjValue[revEdge[at]!]! - profit[revPerson[at]!]!;
      if (b > beta1) {
        beta2 = beta1;
        beta1 = b;
        bestAt = at;
      } else if (b > beta2) beta2 = b;
    }
    if (bestAt === NONE || beta1 - epsilon < lambda) {
      this.price[slot] = lambda;
      this.siftUp(r, slot);
      return;
    }
    const i = revPerson[bestAt]!;
    const k = revEdge[bestAt]!;
    const newPrice = Math.max(lambda, beta2 - epsilon);
    this.release(i);
    this.price[slot] = newPrice;
    this.holder[slot] = i;
    this.heldSlot[i] = slot;
    this.heldEdge[i] = k;
    profit[i] = adjValue[k]! - newPrice;
    this.siftUp(r, slot);
  }

  // ---- edges waiting outside the auction -------------------------------------------------------

  /** Moves every waiting edge that breaks ε-complementary slackness into play; returns how many. */
  admitViolations(epsilon: number): number {
    const { adjStart, adjObject, adjValue, adjEdge, activeEnd, rootPrice, profit } = this;
    let admitted = 0;
    for (let i = 0; i < this.personCount; i++) {
      const bar = profit[i]! + epsilon;
      const end = adjStart[i + 1]!;
      const first = activeEnd[i]!;
      let next = first;
      for (let k = first; k < end; k++) {
        if (adjValue[k]! - rootPrice[adjObject[k]!]! > bar) {
          if (k !== next) swapEdges(adjObject, adjValue, adjEdge, k, next);
          next++;
        }
      }
      admitted += next - first;
      activeEnd[i] = next;
    }
    return admitted;
  }
}

/** Multiplies the values in place; returns the largest. */
function scaleValues(values: Float64Array, factor: number): number {
  let max = 0;
  for (let k = 0; k < values.length; k++) {
    const v = values[k]! * factor;
    values[k] = v;
    if (v > max) max = v;
  }
  return max;
}

/** Puts each person's `count` best-valued edges first and marks them active. */
function activateBest(
  adjStart: Int32Array,
  adjObject: Int32Array,
  adjValue: Float64Array,
  adjEdge: Int32Array,
  activeEnd: Int32Array,
  count: number,
): void {
  for (let i = 0; i < activeEnd.length; i++) {
    const start = adjStart[i]!;
    const end = adjStart[i + 1]!;
    if (end - start > count) selectLargest(adjObject, adjValue, adjEdge, start, end, start + count);
    activeEnd[i] = Math.min(end, start + count);
  }
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
