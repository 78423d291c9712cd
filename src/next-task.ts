/** Resolves in a later task: the browser runs what is waiting (input, a frame) before the work that follows. */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));
