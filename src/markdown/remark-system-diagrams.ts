/**
 * remark-system-diagrams: checks each `<SystemDiagram>` an author writes, so that a malformed one
 * fails the build with file and line instead of drawing a broken picture. This plugin guarantees:
 * - the diagram has a non-empty `caption` written as a plain string (its accessible name);
 * - its children are one ordered list (the boxes, in the order data flows), optionally followed by
 *   paragraphs (the arrow from the last box back to the first) and nothing else, so no heading or
 *   other id can hide inside it.
 * Its boxes are never checklist items (see collectAnchors), and its links are resolved and checked
 * by remark-relative-links like any other link.
 */
import type { List, RootContent } from 'mdast';
import { defineMdastPlugin, type MdastPluginDefinition } from 'satteri';
import { isSystemDiagram, SYSTEM_DIAGRAM } from './anchors.ts';
import { locate, sourcePath } from './locate.ts';

/** The parts of an MDX JSX element this check reads (mdast-util-mdx-jsx's type, without depending on it). */
interface JsxElement {
  attributes: Array<{ type: string; name?: string; value?: unknown }>;
  children: RootContent[];
}

/** What is wrong with one diagram element, or undefined when it is well formed. */
function diagramProblem(element: JsxElement): string | undefined {
  const caption = element.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'caption');
  if (!caption || typeof caption.value !== 'string' || caption.value.trim() === '') {
    return `needs a caption that names the system, as a string: <${SYSTEM_DIAGRAM} caption="…">`;
  }
  const [list, ...rest] = element.children;
  if (list?.type !== 'list' || !(list as List).ordered) {
    return 'its children must start with an ordered list of the boxes, in the order data flows ("1. …")';
  }
  const stray = rest.find((node) => node.type !== 'paragraph');
  if (stray) return `after the list of boxes only paragraphs may follow (the arrow back to box 1); found ${stray.type}`;
  return undefined;
}

/** The Sätteri mdast plugin; see the module comment. */
export function remarkSystemDiagrams(): MdastPluginDefinition {
  return defineMdastPlugin({
    name: 'system-diagrams',
    // Positions, for the file and line of a malformed diagram.
    options: { position: true },
    mdxJsxFlowElement(node, ctx) {
      if (!isSystemDiagram(node)) return;
      const problem = diagramProblem(node as unknown as JsxElement);
      if (problem) throw new Error(`${locate(sourcePath(ctx.fileURL), node)}: <${SYSTEM_DIAGRAM}> ${problem}`);
    },
  });
}
