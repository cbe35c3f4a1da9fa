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

/** Each whole scenario of the build, by file name, loaded when opened (vite.config.ts). */
declare module 'virtual:scenario-loaders' {
  const loaders: Record<string, () => Promise<import('./app/catalog.ts').CatalogEntry>>;
  export default loaders;
}

/** The course package this build is (scripts/package-scorm.ts), or null for the ordinary app. */
declare module 'virtual:rapport-package' {
  const config: import('./domain/instructor/course-package.ts').CoursePackage | null;
  export default config;
}

declare module '*.yaml' {
  const entry: { scenario: import('./domain/scenario/scenario.schema.ts').Scenario; hash: string };
  export default entry;
}
