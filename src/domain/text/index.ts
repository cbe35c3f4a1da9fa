export { tokenize, countWords, type Token } from './words.ts';
export { splitClauses, type Clause } from './clauses.ts';
export {
  analyzeTurn,
  findJobMentions,
  type TurnAnalysis,
  type TurnMove,
  type Evidence,
  type Finding,
} from './turn.ts';
export { analyzeRequest, splitRequestText, findInformal, type RequestAnalysis } from './request.ts';
export { analyzeMessage, type MessageAnalysis } from './message.ts';
export { findPromises, type StudentPromise } from './next-step.ts';
