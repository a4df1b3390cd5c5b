// The part of addons-linter's node API the store lint test uses (the package ships no types).
declare module 'addons-linter' {
  interface LintMessage {
    code: string;
    file?: string;
    message: string;
  }
  interface LinterOptions {
    config: Record<string, unknown> & { _: string[] };
    runAsBinary: boolean;
  }
  const linter: {
    createInstance(options: LinterOptions): { run(): Promise<{ errors: LintMessage[]; warnings: LintMessage[] }> };
  };
  export default linter;
}
