import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Node } from 'unist';

/** The path of the document a Sätteri plugin is given (`ctx.fileURL`), or undefined when it has none. */
export function sourcePath(fileURL: URL | undefined): string | undefined {
  return fileURL ? fileURLToPath(fileURL) : undefined;
}

/** `file:line:column` of a node, with the file relative to the working directory, for build errors a person can click. */
export function locate(file: string | undefined, node: Readonly<Node>): string {
  const name = file ? path.relative(process.cwd(), file) || file : '<unknown file>';
  const start = node.position?.start;
  return start ? `${name}:${start.line}:${start.column}` : name;
}
