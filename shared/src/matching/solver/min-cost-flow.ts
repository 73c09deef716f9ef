// Successive shortest paths with Dijkstra and node potentials, for rounds where some pair joins two
// nodes that can both take several matches (augmenting-path.ts needs one side to take at most one). Exact on
// integer values; fine for the few thousand edges such rounds have, not tuned for millions.

export interface FlowProblem {
  leftCapacity: Int32Array;
  rightCapacity: Int32Array;
  edgeLeft: Int32Array;
  edgeRight: Int32Array;
  /** Positive integer values. */
  edgeValue: Float64Array;
}

/** Returns a flag per edge: 1 when chosen. The chosen edges maximize the total value. */
export function solveMinCostFlow(problem: FlowProblem): Uint8Array {
  const { leftCapacity, rightCapacity, edgeLeft, edgeRight, edgeValue } = problem;
  const leftCount = leftCapacity.length;
  const rightCount = rightCapacity.length;
  const edgeCount = edgeLeft.length;
  const source = 0;
  const sink = leftCount + rightCount + 1;
  const nodeCount = sink + 1;
  const arcCount = 2 * (leftCount + edgeCount + rightCount);

  // Arc a and its reverse a ^ 1. Edge k is arc pair leftCount + k.
  const arcHead = new Int32Array(arcCount);
  const arcResidual = new Int32Array(arcCount);
  const arcCost = new Float64Array(arcCount);
  const outDegree = new Int32Array(nodeCount + 1);
  let pair = 0;
  const addArc = (from: number, to: number, capacity: number, cost: number): void => {
    const a = 2 * pair++;
    arcHead[a] = to;
    arcResidual[a] = capacity;
    arcCost[a] = cost;
    arcHead[a + 1] = from;
    arcCost[a + 1] = -cost;
    outDegree[from] = outDegree[from]! + 1;
    outDegree[to] = outDegree[to]! + 1;
  };
  for (let l = 0; l < leftCount; l++) addArc(source, 1 + l, leftCapacity[l]!, 0);
  for (let k = 0; k < edgeCount; k++) addArc(1 + edgeLeft[k]!, 1 + leftCount + edgeRight[k]!, 1, -edgeValue[k]!);
  for (let r = 0; r < rightCount; r++) addArc(1 + leftCount + r, sink, rightCapacity[r]!, 0);

  const firstArc = new Int32Array(nodeCount + 1);
  for (let v = 0; v < nodeCount; v++) firstArc[v + 1] = firstArc[v]! + outDegree[v]!;
  const fill = firstArc.slice(0, nodeCount);
  const arcsOf = new Int32Array(arcCount);
  for (let a = 0; a < arcCount; a++) arcsOf[fill[arcHead[a ^ 1]!]!++] = a;

  // Shortest distances from the source in the initial (acyclic) network keep reduced costs ≥ 0.
  const potential = new Float64Array(nodeCount);
  let sinkPotential = 0;
  for (let k = 0; k < edgeCount; k++) {
    const r = 1 + leftCount + edgeRight[k]!;
    if (-edgeValue[k]! < potential[r]!) potential[r] = -edgeValue[k]!;
  }
  for (let r = 0; r < rightCount; r++) sinkPotential = Math.min(sinkPotential, potential[1 + leftCount + r]!);
  potential[sink] = sinkPotential;

  const distance = new Float64Array(nodeCount);
  const parentArc = new Int32Array(nodeCount);
  const settled = new Uint8Array(nodeCount);
  const heapNode = new Int32Array(arcCount + 1);
  const heapKey = new Float64Array(arcCount + 1);

  for (;;) {
    distance.fill(Infinity);
    settled.fill(0);
    distance[source] = 0;
    let heapSize = 0;
    const push = (node: number, key: number): void => {
      let i = heapSize++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (heapKey[parent]! <= key) break;
        heapKey[i] = heapKey[parent]!;
        heapNode[i] = heapNode[parent]!;
        i = parent;
      }
      heapKey[i] = key;
      heapNode[i] = node;
    };
    const pop = (): number => {
      const top = heapNode[0]!;
      const key = heapKey[--heapSize]!;
      const node = heapNode[heapSize]!;
      let i = 0;
      for (;;) {
        let c = 2 * i + 1;
        if (c >= heapSize) break;
        if (c + 1 < heapSize && heapKey[c + 1]! < heapKey[c]!) c++;
        if (heapKey[c]! >= key) break;
        heapKey[i] = heapKey[c]!;
        heapNode[i] = heapNode[c]!;
        i = c;
      }
      heapKey[i] = key;
      heapNode[i] = node;
      return top;
    };
    push(source, 0);
    while (heapSize > 0) {
      const key = heapKey[0]!;
      const v = pop();
      if (settled[v] || key > distance[v]!) continue;
      settled[v] = 1;
      if (v === sink) break;
      for (let i = firstArc[v]!; i < firstArc[v + 1]!; i++) {
        const a = arcsOf[i]!;
        if (arcResidual[a] === 0) continue;
        const w = arcHead[a]!;
        if (settled[w]) continue;
        const d = key + arcCost[a]! + potential[v]! - potential[w]!;
        if (d < distance[w]!) {
          distance[w] = d;
          parentArc[w] = a;
          push(w, d);
        }
      }
    }
    if (!settled[sink]) break;
    const reach = distance[sink]!;
    // The real cost of the path: stop once another unit of flow no longer adds value.
    if (reach + potential[sink] - potential[source]! >= 0) break;
    for (let v = 0; v < nodeCount; v++) potential[v] = potential[v]! + Math.min(distance[v]!, reach);

    let bottleneck = Infinity;
    for (let v = sink; v !== source; v = arcHead[parentArc[v]! ^ 1]!) {
      bottleneck = Math.min(bottleneck, arcResidual[parentArc[v]!]!);
    }
    for (let v = sink; v !== source; v = arcHead[parentArc[v]! ^ 1]!) {
      const a = parentArc[v]!;
      arcResidual[a] = arcResidual[a]! - bottleneck;
      arcResidual[a ^ 1] = arcResidual[a ^ 1]! + bottleneck;
    }
  }

  const chosen = new Uint8Array(edgeCount);
  for (let k = 0; k < edgeCount; k++) chosen[k] = arcResidual[2 * (leftCount + k)] === 0 ? 1 : 0;
  return chosen;
}
