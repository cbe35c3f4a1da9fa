declare module 'virtual:scenario-index' {
  const index: {
    id: string;
    file: string;
    title: string;
    summary: string;
    difficulty: 'introductory' | 'intermediate' | 'advanced';
    start: 'request' | 'persistence' | 'interview';
    agreedMinutes: number;
  }[];
  export default index;
}

declare module '*.yaml' {
  const entry: { scenario: import('./domain/scenario/scenario.schema.ts').Scenario; hash: string };
  export default entry;
}
