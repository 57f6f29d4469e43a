export async function checkBench(): Promise<void> {}
