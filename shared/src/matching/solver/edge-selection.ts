// Which edges of a large round the exact search looks at first. Most edges never matter to the
// optimum; the solver starts from a few promising ones per node and adds others only when they prove
// they could improve it, so these helpers just reorder each person's edges in place.

/**
 * Chooses the edges in play from the start: each person's `perPerson` best-valued edges, and each
 * object's `perSlot` × capacity best-valued edges, so that an object every person ranks low still
 * has candidates. They are moved to the front of each person's edges; activeEnd marks where they end.
 */
export function activateBest(
  adjStart: Int32Array,
  adjObject: Int32Array,
  adjValue: Float64Array,
  adjEdge: Int32Array,
  objectCapacity: Int32Array,
  activeEnd: Int32Array,
  perPerson: number,
  perSlot: number,
): void {
  const objectCount = objectCapacity.length;
  // A min-heap of each object's best edges so far: heapStart[r] .. heapStart[r] + heapSize[r] - 1.
  const heapStart = new Int32Array(objectCount + 1);
  for (let r = 0; r < objectCount; r++) heapStart[r + 1] = heapStart[r]! + perSlot * objectCapacity[r]!;
  const heapSize = new Int32Array(objectCount);
  const heapValue = new Float64Array(heapStart[objectCount]!);
  const heapEdge = new Int32Array(heapStart[objectCount]!);
  for (let k = 0; k < adjValue.length; k++) {
    offerToObject(heapStart, heapSize, heapValue, heapEdge, adjObject[k]!, adjValue[k]!, k);
  }
  const marked = new Uint8Array(adjValue.length);
  for (let r = 0; r < objectCount; r++) {
    for (let h = heapStart[r]!; h < heapStart[r]! + heapSize[r]!; h++) marked[heapEdge[h]!] = 1;
  }
  for (let i = 0; i < activeEnd.length; i++) {
    const start = adjStart[i]!;
    const end = adjStart[i + 1]!;
    let next = start;
    for (let k = start; k < end; k++) {
      if (marked[k]) {
        swapEdges(adjObject, adjValue, adjEdge, k, next);
        marked[k] = marked[next]!;
        marked[next] = 1;
        next++;
      }
    }
    if (end - next > perPerson) selectLargest(adjValue, adjObject, adjValue, adjEdge, next, end, next + perPerson);
    activeEnd[i] = Math.min(end, next + perPerson);
  }
}

function offerToObject(
  heapStart: Int32Array,
  heapSize: Int32Array,
  heapValue: Float64Array,
  heapEdge: Int32Array,
  r: number,
  value: number,
  edge: number,
): void {
  const base = heapStart[r]!;
  const limit = heapStart[r + 1]! - base;
  const size = heapSize[r]!;
  let i: number;
  if (size < limit) {
    // Append and sift up.
    i = size;
    heapSize[r] = size + 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (heapValue[base + parent]! <= value) break;
      heapValue[base + i] = heapValue[base + parent]!;
      heapEdge[base + i] = heapEdge[base + parent]!;
      i = parent;
    }
  } else {
    if (limit === 0 || value <= heapValue[base]!) return;
    // Replace the smallest and sift down.
    i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= limit) break;
      if (c + 1 < limit && heapValue[base + c + 1]! < heapValue[base + c]!) c++;
      if (heapValue[base + c]! >= value) break;
      heapValue[base + i] = heapValue[base + c]!;
      heapEdge[base + i] = heapEdge[base + c]!;
      i = c;
    }
  }
  heapValue[base + i] = value;
  heapEdge[base + i] = edge;
}

export function swapEdges(object: Int32Array, value: Float64Array, edge: Int32Array, a: number, b: number): void {
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

/**
 * Reorders [start, end) of the edge arrays so that the (nth - start) edges with the largest keys come
 * first (quickselect); the keys move along. The key array may be the value array itself.
 */
export function selectLargest(
  key: Float64Array,
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
    const pivot = key[(lo + hi) >>> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (key[i]! > pivot) i++;
      while (key[j]! < pivot) j--;
      if (i <= j) {
        if (key !== value) {
          const t = key[i]!;
          key[i] = key[j]!;
          key[j] = t;
        }
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
