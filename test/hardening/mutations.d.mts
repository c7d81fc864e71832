// Types of mutations.mjs for the TypeScript test that checks every guard is where it says.
import type { MutationSpec } from './mutation.mjs';
export const MUTATIONS: Array<{ id: string; protection: string; mutate: MutationSpec | MutationSpec[]; run: { cmd: string; args: string[]; env: Record<string, string> } }>;
