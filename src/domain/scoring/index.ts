export { scoreSession, weighOf, CRITERIA, PASS_MARK, CRITICAL_CAP } from './score.ts';
export type { Report, ReportPitfall, ReportCredit, PhaseSummary, Moment } from './report.ts';
