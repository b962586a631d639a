import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Our own fixture files (tests/fixtures/{reads,payments}). */
export function fixture(path: string): string {
  return readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8');
}

/** Real files of other projects kept next to the repository (../shared/samples from the repo root). */
export const SAMPLES = new URL('../../../../shared/samples/', import.meta.url);

export function samplesAvailable(): boolean {
  return existsSync(fileURLToPath(SAMPLES));
}

export function sample(path: string): string {
  return readFileSync(new URL(path, SAMPLES), 'utf8');
}

export function sampleNames(folder: string, suffix: string): string[] {
  return readdirSync(fileURLToPath(new URL(`${folder}/`, SAMPLES)))
    .filter(n => n.endsWith(suffix))
    .sort();
}

/** Lines of a text (LF or CRLF), without line ends. */
export function linesOf(text: string): string[] {
  const lines = text.split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Replaces 1-based line `n` by the result of `change`. */
export function editLine(text: string, n: number, change: (line: string) => string): string {
  const lines = linesOf(text);
  lines[n - 1] = change(lines[n - 1]!);
  return lines.join('\n') + '\n';
}

/** Overwrites positions start… (1-based) of a fixed-width line with `value`. */
export function put(line: string, start: number, value: string): string {
  return line.slice(0, start - 1) + value + line.slice(start - 1 + value.length);
}

export function dropLines(text: string, ...numbers: number[]): string {
  return (
    linesOf(text)
      .filter((_, i) => !numbers.includes(i + 1))
      .join('\n') + '\n'
  );
}

/** Errors as "line: message" strings, for readable assertions. */
export function errorLines(result: { errors: ReadonlyArray<{ line: number; message: string }> }): string[] {
  return result.errors.map(e => `${e.line}: ${e.message}`);
}
