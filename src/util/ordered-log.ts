// Log lines of tasks that run at once, printed as if they ran one after another: task i's lines pass straight through
// while every task before it has finished, and wait in a buffer otherwise. The log then reads the same on every run.
export interface OrderedLog {
  /** The log of task `i`. */
  of(i: number): (line: string) => void;
  /** Task `i` has finished: print what waited behind it. */
  done(i: number): void;
}

export const orderedLog = (count: number, sink: (line: string) => void): OrderedLog => {
  const held: string[][] = Array.from({ length: count }, () => []);
  const finished: boolean[] = new Array(count).fill(false);
  let head = 0; // the first task not yet finished: its lines go straight to the sink
  return {
    of: (i) => (line) => {
      if (i === head) sink(line);
      else held[i]?.push(line);
    },
    done(i) {
      finished[i] = true;
      while (head < count && finished[head]) {
        head++;
        if (head < count) {
          for (const line of held[head] ?? []) sink(line);
          held[head] = [];
        }
      }
    },
  };
};
