export { solveAssignment, solveIndexed } from './solve.js';
export {
  SolverInputError,
  type IndexedProblem,
  type IndexedSolution,
  type SolveOptions,
  type SolverEdge,
  type SolverInput,
  type SolverNode,
  type SolverResult,
} from './types.js';
