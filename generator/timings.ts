// Wall time per pipeline stage, for `gen --timings`.
export class Timings {
  readonly entries: Array<{ stage: string; ms: number }> = [];

  async time<T>(stage: string, work: () => T | Promise<T>): Promise<T> {
    const start = performance.now();
    try {
      return await work();
    } finally {
      this.entries.push({ stage, ms: performance.now() - start });
    }
  }

  format(): string {
    const width = Math.max(...this.entries.map((e) => e.stage.length), 5);
    const total = this.entries.reduce((sum, e) => sum + e.ms, 0);
    const rows = this.entries.map((e) => `  ${e.stage.padEnd(width)}  ${e.ms.toFixed(1).padStart(8)} ms`);
    return [...rows, `  ${"total".padEnd(width)}  ${total.toFixed(1).padStart(8)} ms`].join("\n");
  }
}
