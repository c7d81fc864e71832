// Types of mutation.mjs for the TypeScript tests that load it.
export interface MutationSpec {
  file: string;
  guard: string;
  prepend?: string;
  find?: string;
  replace?: string;
}
export function findGuard(source: string, fileName: string, guard: string): unknown[];
export function applyMutation(source: string, fileName: string, spec: MutationSpec): { source: string; applied: boolean; why?: string };
export function mutateFile(source: string, path: string, specs: MutationSpec[], log?: (line: string) => void): string | undefined;
export function specsFromEnv(env?: Record<string, string | undefined>): MutationSpec[];
