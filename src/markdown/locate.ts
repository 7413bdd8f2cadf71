import path from 'node:path';
import type { Node } from 'unist';
import type { VFile } from 'vfile';

/** `file:line:column` of a node, with the file relative to the working directory, for build errors a person can click. */
export function locate(file: VFile, node: Node): string {
  const name = file.path ? path.relative(process.cwd(), file.path) || file.path : '<unknown file>';
  const start = node.position?.start;
  return start ? `${name}:${start.line}:${start.column}` : name;
}
