/** Resolves `ms` milliseconds later, in a task of its own. */
export const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Resolves in a later task: the browser runs what is waiting (input, a frame) before the work that follows. */
export const nextTask = () => delay(0);
