/** An `.ink` file, compiled to the runtime's JSON at build time (scripts/bench-ink.ts). */
declare module '*.ink' {
  const json: string;
  export default json;
}
