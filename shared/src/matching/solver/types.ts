// The contract of the matching-round solver: the plain input it takes and the assignment it returns.

/** A demand (left) or a supporter (right) with the number of matches it can still take. */
export interface SolverNode {
  id: string;
  capacity: number;
}

/** A feasible demand–supporter pair and its score (higher is better). */
export interface SolverEdge {
  left: string;
  right: string;
  score: number;
}

export interface SolverInput {
  left: SolverNode[];
  right: SolverNode[];
  edges: SolverEdge[];
}

export interface SolverResult {
  /** Sum of the scores of the chosen edges. */
  objective: number;
  assignment: { left: string; right: string }[];
}

export interface SolveOptions {
  /**
   * Match as many pairs as possible first, then maximize the total score among those solutions.
   * Without it, a pair is left out whenever leaving it out lets better pairs in.
   */
  coverageFirst?: boolean;
}

/** The same problem by index, for rounds too large for one object per edge. */
export interface IndexedProblem {
  leftCapacity: Int32Array;
  rightCapacity: Int32Array;
  /** Edge k joins left `edgeLeft[k]` and right `edgeRight[k]` with score `edgeScore[k]`. */
  edgeLeft: Int32Array;
  edgeRight: Int32Array;
  edgeScore: Float64Array;
}

export interface IndexedSolution {
  objective: number;
  /** Indices into the edge arrays, ascending. */
  chosenEdges: Int32Array;
}

/** The input cannot describe a matching round; the message names what is wrong. */
export class SolverInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SolverInputError';
  }
}
