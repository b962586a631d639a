/**
 * Collects line errors for the import parsers (every parser reports every line at fault, not just
 * the first), up to a cap so that a wrong file chosen by mistake cannot produce millions of errors.
 */
export interface LineError {
  /** 1-based physical line number in the file. */
  readonly line: number;
  readonly message: string;
}

/** Default cap on collected errors; `limitReached` says when more were dropped. */
export const MAX_ERRORS = 1000;

export class LineErrors {
  private readonly items: LineError[] = [];
  private dropped = 0;

  constructor(private readonly max: number = MAX_ERRORS) {}

  add(line: number, message: string): void {
    if (this.items.length < this.max) this.items.push({ line, message });
    else this.dropped += 1;
  }

  get count(): number {
    return this.items.length + this.dropped;
  }

  get limitReached(): boolean {
    return this.dropped > 0;
  }

  get isEmpty(): boolean {
    return this.items.length === 0 && this.dropped === 0;
  }

  /** Errors in line order (stable: errors of one line keep the order they were found in). */
  sorted(): LineError[] {
    return this.items
      .map((e, i) => ({ e, i }))
      .sort((a, b) => a.e.line - b.e.line || a.i - b.i)
      .map(x => x.e);
  }

  /** Errors added since the last call, in the order found (streaming parsers). */
  drain(from: number): LineError[] {
    return this.items.slice(from);
  }

  get stored(): number {
    return this.items.length;
  }
}
