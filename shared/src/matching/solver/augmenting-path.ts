// Exact maximum-value matching for a round where every node of one side (the "persons", usually the
// demands) takes at most one match and the other side (the "objects", usually supporters) takes up to
// its capacity: shortest augmenting paths with dual prices (Jonker–Volgenant style), in integers.
//
// Invariants, on the edges in play, with person prices u ≥ 0 and object prices v ≥ 0:
//   - u[p] + v[r] ≥ value on every unmatched edge (p, r), ≤ value on every matched one;
//   - a person placed but unmatched has u = 0; an object with a free seat has v = 0.
// These are the LP optimality conditions (an edge may be used once, so a matched edge may be worth
// more than its two prices), so the matching is optimal whenever they hold. Placing a
// person is one Dijkstra over reduced costs u + v − value that stops at the cheapest way to end:
// a free seat, a person who gives up her match, or the new person staying unmatched.
//
// Most edges never matter, so only a few per node are in play at first (see edge-selection.ts).
// Once every person is placed, every other edge is checked against the first invariant; persons with
// edges that break it take the worst of them into play, leave their seats, and are placed again
// (first, each seat left free at a positive price looks for a replacement by a reverse search, or
// drops its price to 0). When no edge breaks it, the matching is optimal on the whole round.
import { activateBest, selectLargest, swapEdges } from './edge-selection.js';

export interface UnitMatchingProblem {
  personCount: number;
  objectCapacity: Int32Array;
  /** Person p's edges are adjStart[p] .. adjStart[p + 1] - 1; the arrays are reordered in place. */
  adjStart: Int32Array;
  adjObject: Int32Array;
  /** Positive integers below 2^50 / (persons + objects), so that every path sum stays exact. */
  adjValue: Float64Array;
  /** Carried along with each edge and returned for the chosen ones. */
  adjEdge: Int32Array;
}

/** How many edges are in play at first and how many join at a time; tests shrink them. */
export interface EdgeBudget {
  /** Edges in play from the start: per person, and per seat of each object. */
  initialPerPerson: number;
  initialPerSeat: number;
  /** Edges a person takes into play at one check, the worst breakers first. */
  admittedPerPerson: number;
}

const DEFAULT_EDGE_BUDGET: EdgeBudget = { initialPerPerson: 8, initialPerSeat: 4, admittedPerPerson: 16 };
/** When more than 1 person in RESTART_SHARE breaks the prices, everyone is placed again from scratch. */
const RESTART_SHARE = 8;

const NONE = -1;
/** How a search ends. */
const END_STAY = 0;
const END_FREE_OBJECT = 1;
const END_DROP_PERSON = 2;

/**
 * Returns, per person, the adjEdge payload of her chosen edge, or -1 when she stays unmatched. With
 * `prices`, also the final dual prices (in the integer values), which certify optimality.
 */
export function solveUnitMatching(
  problem: UnitMatchingProblem,
  budget: EdgeBudget = DEFAULT_EDGE_BUDGET,
  prices?: { person: Float64Array; object: Float64Array },
): Int32Array {
  const matching = new UnitMatching(problem, budget);
  matching.run();
  const result = new Int32Array(problem.personCount).fill(NONE);
  matching.writeResult(result);
  if (prices) {
    prices.person.set(matching.u);
    prices.object.set(matching.v);
  }
  return result;
}

class UnitMatching {
  readonly personCount: number;
  readonly objectCount: number;
  readonly capacity: Int32Array;
  readonly adjStart: Int32Array;
  readonly adjObject: Int32Array;
  readonly adjValue: Float64Array;
  readonly adjEdge: Int32Array;
  /** Each person's edges [adjStart, activeEnd) are in play. */
  readonly activeEnd: Int32Array;
  /** Scratch: by how much each waiting edge breaks dual feasibility. */
  readonly gain: Float64Array;

  readonly u: Float64Array;
  readonly v: Float64Array;
  /** Person → matched object and edge (NONE when unmatched). */
  readonly matchObject: Int32Array;
  readonly matchAdj: Int32Array;
  /** Object r's matched persons are seatPerson[seatStart[r] .. seatStart[r] + seated[r] - 1]. */
  readonly seatStart: Int32Array;
  readonly seatPerson: Int32Array;
  readonly seated: Int32Array;
  /** Persons taking part so far (placed); the others are ignored by every search. */
  readonly placed: Uint8Array;

  /** In-play edges by object, for reverse searches. */
  readonly revStart: Int32Array;
  revPerson: Int32Array = new Int32Array(0);
  revAdj: Int32Array = new Int32Array(0);

  // Search state, reset after each search through the touched lists.
  readonly objectDist: Float64Array;
  readonly objectDone: Uint8Array;
  /** Forward: the person and edge an object was reached from. Reverse: the person it was reached through. */
  readonly objectPred: Int32Array;
  readonly objectPredAdj: Int32Array;
  readonly personDist: Float64Array;
  readonly personDone: Uint8Array;
  /** Reverse: the object and edge a person was reached from. */
  readonly personPred: Int32Array;
  readonly personPredAdj: Int32Array;
  readonly touchedObjects: Int32Array;
  touchedObjectCount = 0;
  readonly touchedPersons: Int32Array;
  touchedPersonCount = 0;
  readonly heapNode: Int32Array;
  readonly heapKey: Float64Array;
  heapSize = 0;

  readonly admittedPerPerson: number;

  constructor(problem: UnitMatchingProblem, budget: EdgeBudget) {
    const { personCount, objectCapacity, adjStart, adjObject, adjValue, adjEdge } = problem;
    const objectCount = objectCapacity.length;
    this.personCount = personCount;
    this.objectCount = objectCount;
    this.capacity = objectCapacity;
    this.adjStart = adjStart;
    this.adjObject = adjObject;
    this.adjValue = adjValue;
    this.adjEdge = adjEdge;
    this.activeEnd = new Int32Array(personCount);
    this.gain = new Float64Array(adjValue.length);
    this.admittedPerPerson = budget.admittedPerPerson;
    activateBest(
      adjStart,
      adjObject,
      adjValue,
      adjEdge,
      objectCapacity,
      this.activeEnd,
      budget.initialPerPerson,
      budget.initialPerSeat,
    );

    this.u = new Float64Array(personCount);
    this.v = new Float64Array(objectCount);
    this.matchObject = new Int32Array(personCount).fill(NONE);
    this.matchAdj = new Int32Array(personCount).fill(NONE);
    this.seatStart = new Int32Array(objectCount + 1);
    for (let r = 0; r < objectCount; r++) this.seatStart[r + 1] = this.seatStart[r]! + objectCapacity[r]!;
    this.seatPerson = new Int32Array(this.seatStart[objectCount]!);
    this.seated = new Int32Array(objectCount);
    this.placed = new Uint8Array(personCount);
    this.revStart = new Int32Array(objectCount + 1);

    this.objectDist = new Float64Array(objectCount).fill(Infinity);
    this.objectDone = new Uint8Array(objectCount);
    this.objectPred = new Int32Array(objectCount);
    this.objectPredAdj = new Int32Array(objectCount);
    this.personDist = new Float64Array(personCount).fill(Infinity);
    this.personDone = new Uint8Array(personCount);
    this.personPred = new Int32Array(personCount);
    this.personPredAdj = new Int32Array(personCount);
    this.touchedObjects = new Int32Array(objectCount);
    this.touchedPersons = new Int32Array(personCount);
    // Lazy deletion: a node may sit in the heap once per improvement of its distance.
    this.heapNode = new Int32Array(adjValue.length + personCount + objectCount + 1);
    this.heapKey = new Float64Array(this.heapNode.length);
  }

  run(): void {
    // Persons with the best offers first: once they hold the best seats, prices are high and most of
    // the others find on the spot that staying unmatched is their best (no search at all).
    for (const p of this.placingOrder()) this.place(p);
    const breakers = new Int32Array(this.personCount);
    const freed = new Int32Array(this.personCount);
    for (;;) {
      const count = this.admitBreakers(breakers);
      if (count === 0) break;
      if (count * RESTART_SHARE > this.personCount) {
        // Repairs cost a search or two each; with this many, placing everyone afresh is cheaper.
        this.reset();
        for (const p of this.placingOrder()) this.place(p);
        continue;
      }
      this.buildReverse();
      // Every breaker leaves first: a search must never walk an edge that breaks the prices.
      let freedCount = 0;
      for (let i = 0; i < count; i++) {
        const p = breakers[i]!;
        const r = this.matchObject[p]!;
        this.placed[p] = 0;
        if (r !== NONE) {
          this.unseat(p, r);
          freed[freedCount++] = r;
        }
      }
      for (let i = 0; i < freedCount; i++) {
        const r = freed[i]!;
        // A seat left free must be refilled or priced at 0 (an object may have lost several).
        while (this.seated[r]! < this.capacity[r]! && this.v[r]! > 0) this.refill(r);
      }
      for (let i = 0; i < count; i++) this.place(breakers[i]!);
    }
  }

  reset(): void {
    this.u.fill(0);
    this.v.fill(0);
    this.matchObject.fill(NONE);
    this.matchAdj.fill(NONE);
    this.seated.fill(0);
    this.placed.fill(0);
  }

  placingOrder(): Int32Array {
    const best = new Float64Array(this.personCount);
    for (let p = 0; p < this.personCount; p++) {
      let b = 0;
      for (let k = this.adjStart[p]!; k < this.activeEnd[p]!; k++) if (this.adjValue[k]! > b) b = this.adjValue[k]!;
      best[p] = b;
    }
    return Int32Array.from({ length: this.personCount }, (_, p) => p).sort((a, b) => best[b]! - best[a]! || a - b);
  }

  writeResult(result: Int32Array): void {
    for (let p = 0; p < this.personCount; p++) {
      const k = this.matchAdj[p]!;
      if (k !== NONE) result[p] = this.adjEdge[k]!;
    }
  }

  // ---- seats -----------------------------------------------------------------------------------

  seat(p: number, r: number, k: number): void {
    const old = this.matchObject[p]!;
    if (old !== NONE) this.unseat(p, old);
    this.seatPerson[this.seatStart[r]! + this.seated[r]!] = p;
    this.seated[r] = this.seated[r]! + 1;
    this.matchObject[p] = r;
    this.matchAdj[p] = k;
  }

  unseat(p: number, r: number): void {
    const base = this.seatStart[r]!;
    const last = base + this.seated[r]! - 1;
    for (let i = base; i <= last; i++) {
      if (this.seatPerson[i] === p) {
        this.seatPerson[i] = this.seatPerson[last]!;
        break;
      }
    }
    this.seated[r] = this.seated[r]! - 1;
    this.matchObject[p] = NONE;
    this.matchAdj[p] = NONE;
  }

  // ---- heap ------------------------------------------------------------------------------------

  push(node: number, key: number): void {
    const { heapNode, heapKey } = this;
    let i = this.heapSize++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (heapKey[parent]! <= key) break;
      heapKey[i] = heapKey[parent]!;
      heapNode[i] = heapNode[parent]!;
      i = parent;
    }
    heapKey[i] = key;
    heapNode[i] = node;
  }

  /** Removes the root (read heapNode[0] and heapKey[0] first). */
  pop(): void {
    const { heapNode, heapKey } = this;
    const size = --this.heapSize;
    const key = heapKey[size]!;
    const node = heapNode[size]!;
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= size) break;
      if (c + 1 < size && heapKey[c + 1]! < heapKey[c]!) c++;
      if (heapKey[c]! >= key) break;
      heapKey[i] = heapKey[c]!;
      heapNode[i] = heapNode[c]!;
      i = c;
    }
    heapKey[i] = key;
    heapNode[i] = node;
  }

  reachObject(r: number, dist: number): void {
    if (this.objectDist[r] === Infinity) this.touchedObjects[this.touchedObjectCount++] = r;
    this.objectDist[r] = dist;
  }

  reachPerson(p: number, dist: number): void {
    if (this.personDist[p] === Infinity) this.touchedPersons[this.touchedPersonCount++] = p;
    this.personDist[p] = dist;
  }

  clearSearch(): void {
    for (let i = 0; i < this.touchedObjectCount; i++) {
      const r = this.touchedObjects[i]!;
      this.objectDist[r] = Infinity;
      this.objectDone[r] = 0;
    }
    for (let i = 0; i < this.touchedPersonCount; i++) {
      const p = this.touchedPersons[i]!;
      this.personDist[p] = Infinity;
      this.personDone[p] = 0;
    }
    this.touchedObjectCount = 0;
    this.touchedPersonCount = 0;
    this.heapSize = 0;
  }

  // ---- forward search: place an unmatched person -----------------------------------------------

  /** Best path end found so far by the running search. */
  bound = 0;
  endKind = END_STAY;
  endNode = NONE;

  place(s: number): void {
    const { adjStart, adjObject, adjValue, v, u } = this;
    this.placed[s] = 1;
    let best = 0;
    for (let k = adjStart[s]!; k < this.activeEnd[s]!; k++) {
      const g = adjValue[k]! - v[adjObject[k]!]!;
      if (g > best) best = g;
    }
    u[s] = best;
    if (best === 0) return;

    this.bound = best;
    this.endKind = END_STAY;
    this.endNode = NONE;
    this.reachPerson(s, 0);
    this.relaxFromPerson(s, 0);
    while (this.heapSize > 0) {
      const d = this.heapKey[0]!;
      if (d >= this.bound) break;
      const r = this.heapNode[0]!;
      this.pop();
      if (this.objectDone[r] || d > this.objectDist[r]!) continue;
      this.objectDone[r] = 1;
      this.settleFullObject(r, d);
    }
    this.updatePrices(1);
    this.augmentForward(s);
    this.clearSearch();
  }

  relaxFromPerson(p: number, base: number): void {
    const { adjObject, adjValue, v, objectDist, objectDone, capacity, seated } = this;
    const up = this.u[p]!;
    const end = this.activeEnd[p]!;
    for (let k = this.adjStart[p]!; k < end; k++) {
      const r = adjObject[k]!;
      if (objectDone[r]) continue;
      const d = base + up + v[r]! - adjValue[k]!;
      if (d >= objectDist[r]! || d >= this.bound) continue;
      this.reachObject(r, d);
      this.objectPred[r] = p;
      this.objectPredAdj[r] = k;
      if (seated[r]! < capacity[r]!) {
        // A free seat ends the path; going through it could never be cheaper.
        this.bound = d;
        this.endKind = END_FREE_OBJECT;
        this.endNode = r;
      } else this.push(r, d);
    }
  }

  settleFullObject(r: number, d: number): void {
    const { seatPerson, u, v, adjValue, matchAdj } = this;
    const base = this.seatStart[r]!;
    const end = base + this.seated[r]!;
    // A seated person is reached only through her object, so her distance is final at once.
    for (let i = base; i < end; i++) {
      const p = seatPerson[i]!;
      const dp = d + adjValue[matchAdj[p]!]! - u[p]! - v[r]!;
      if (dp >= this.bound) continue;
      this.reachPerson(p, dp);
      const drop = dp + u[p]!;
      if (drop < this.bound) {
        this.bound = drop;
        this.endKind = END_DROP_PERSON;
        this.endNode = p;
      }
      if (dp < this.bound) this.relaxFromPerson(p, dp);
    }
  }

  /**
   * Shifts prices by the distances, capped at the path cost, which makes the path tight and keeps
   * every reduced cost ≥ 0. A forward search (from a person) raises objects and lowers persons; a
   * reverse one (from an object), direction −1, the other way round.
   */
  updatePrices(direction: number): void {
    const bound = this.bound;
    for (let i = 0; i < this.touchedObjectCount; i++) {
      const r = this.touchedObjects[i]!;
      const d = this.objectDist[r]!;
      if (d < bound) this.v[r] = this.v[r]! + direction * (bound - d);
    }
    for (let i = 0; i < this.touchedPersonCount; i++) {
      const p = this.touchedPersons[i]!;
      const d = this.personDist[p]!;
      if (d < bound) this.u[p] = this.u[p]! - direction * (bound - d);
    }
  }

  augmentForward(s: number): void {
    let r: number;
    if (this.endKind === END_STAY) return;
    if (this.endKind === END_DROP_PERSON) {
      const p = this.endNode;
      r = this.matchObject[p]!;
      this.unseat(p, r);
    } else r = this.endNode;
    // Walk back: each person on the path moves to the object reached from her.
    for (;;) {
      const p = this.objectPred[r]!;
      const previous = this.matchObject[p]!;
      this.seat(p, r, this.objectPredAdj[r]!);
      if (p === s) return;
      r = previous;
    }
  }

  // ---- reverse search: fill a seat that must not stay free at a positive price ----------------

  refill(r0: number): void {
    const personCount = this.personCount;
    this.bound = this.v[r0]!;
    this.endKind = END_STAY;
    this.endNode = NONE;
    this.reachObject(r0, 0);
    this.objectDone[r0] = 1;
    this.relaxIntoObject(r0, 0);
    // Heap nodes: persons as themselves, objects as personCount + r.
    while (this.heapSize > 0) {
      const d = this.heapKey[0]!;
      if (d >= this.bound) break;
      const node = this.heapNode[0]!;
      this.pop();
      if (node >= personCount) {
        const r = node - personCount;
        if (this.objectDone[r] || d > this.objectDist[r]!) continue;
        this.objectDone[r] = 1;
        // r may let its person go and drop its price to 0.
        if (d + this.v[r]! < this.bound) {
          this.bound = d + this.v[r]!;
          this.endKind = END_FREE_OBJECT;
          this.endNode = r;
        }
        if (d < this.bound) this.relaxIntoObject(r, d);
        continue;
      }
      const p = node;
      if (this.personDone[p] || d > this.personDist[p]!) continue;
      this.personDone[p] = 1;
      const r = this.matchObject[p]!;
      if (r === NONE) {
        // Placed and unmatched: she takes the seat (u = 0).
        if (d + this.u[p]! < this.bound) {
          this.bound = d + this.u[p]!;
          this.endKind = END_DROP_PERSON;
          this.endNode = p;
        }
        continue;
      }
      if (this.objectDone[r]) continue;
      const dr = d + this.adjValue[this.matchAdj[p]!]! - this.u[p]! - this.v[r]!;
      if (dr < this.objectDist[r]! && dr < this.bound) {
        this.reachObject(r, dr);
        this.objectPred[r] = p;
        this.push(personCount + r, dr);
      }
    }
    this.updatePrices(-1);
    this.augmentReverse(r0);
    this.clearSearch();
  }

  relaxIntoObject(r: number, base: number): void {
    const { revPerson, revAdj, adjValue, u, personDist, personDone, placed, matchObject } = this;
    const vr = this.v[r]!;
    const end = this.revStart[r + 1]!;
    for (let i = this.revStart[r]!; i < end; i++) {
      const p = revPerson[i]!;
      if (personDone[p] || !placed[p] || matchObject[p] === r) continue;
      const k = revAdj[i]!;
      const d = base + u[p]! + vr - adjValue[k]!;
      if (d >= personDist[p]! || d >= this.bound) continue;
      this.reachPerson(p, d);
      this.personPred[p] = r;
      this.personPredAdj[p] = k;
      this.push(p, d);
    }
  }

  augmentReverse(r0: number): void {
    if (this.endKind === END_STAY) return;
    // The person who moves last: an unmatched one, or the one an object lets go.
    let p: number;
    if (this.endKind === END_DROP_PERSON) p = this.endNode;
    else {
      p = this.objectPred[this.endNode]!;
      this.unseat(p, this.endNode);
    }
    // Walk back towards r0: each object on the path takes the person reached from it.
    for (;;) {
      const r = this.personPred[p]!;
      let next = NONE;
      if (r !== r0) {
        next = this.objectPred[r]!;
        this.unseat(next, r);
      }
      this.seat(p, r, this.personPredAdj[p]!);
      if (r === r0) return;
      p = next;
    }
  }

  // ---- edges waiting outside the search --------------------------------------------------------

  buildReverse(): void {
    const { personCount, objectCount, adjStart, adjObject, activeEnd, revStart } = this;
    revStart.fill(0);
    for (let p = 0; p < personCount; p++) {
      for (let k = adjStart[p]!; k < activeEnd[p]!; k++) revStart[adjObject[k]! + 1] = revStart[adjObject[k]! + 1]! + 1;
    }
    for (let r = 0; r < objectCount; r++) revStart[r + 1] = revStart[r + 1]! + revStart[r]!;
    const revPerson = new Int32Array(revStart[objectCount]!);
    const revAdj = new Int32Array(revStart[objectCount]!);
    const fill = revStart.slice(0, objectCount);
    for (let p = 0; p < personCount; p++) {
      for (let k = adjStart[p]!; k < activeEnd[p]!; k++) {
        const r = adjObject[k]!;
        const at = fill[r]!;
        fill[r] = at + 1;
        revPerson[at] = p;
        revAdj[at] = k;
      }
    }
    this.revPerson = revPerson;
    this.revAdj = revAdj;
  }

  /**
   * Brings into play, per person, the waiting edges that break dual feasibility (the worst
   * admittedPerPerson of them); lists those persons in `breakers` and returns how many.
   */
  admitBreakers(breakers: Int32Array): number {
    const { adjStart, adjObject, adjValue, adjEdge, activeEnd, u, v, gain } = this;
    let count = 0;
    for (let p = 0; p < this.personCount; p++) {
      const up = u[p]!;
      const end = adjStart[p + 1]!;
      const first = activeEnd[p]!;
      let next = first;
      for (let k = first; k < end; k++) {
        const excess = adjValue[k]! - v[adjObject[k]!]! - up;
        if (excess > 0) {
          if (k !== next) swapEdges(adjObject, adjValue, adjEdge, k, next);
          gain[next] = excess;
          next++;
        }
      }
      if (next === first) continue;
      if (next - first > this.admittedPerPerson) {
        selectLargest(gain, adjObject, adjValue, adjEdge, first, next, first + this.admittedPerPerson);
        next = first + this.admittedPerPerson;
      }
      activeEnd[p] = next;
      breakers[count++] = p;
    }
    return count;
  }
}
