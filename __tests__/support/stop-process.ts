/** Sends SIGTERM to a process that may already be gone. */
export function stopProcessQuietly(pid: number): void {
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}
