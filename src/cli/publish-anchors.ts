/**
 * `npm run anchors:publish`: records every current heading and item id in the committed registry,
 * so later builds refuse to lose them. Published ids are never dropped by this command.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { publish } from '../lib/anchor-registry.ts';
import { currentAnchors, readRegistry, REGISTRY_FILE } from '../build/integrations/published-anchors.ts';

const root = path.resolve(import.meta.dirname, '../..');
const before = readRegistry(root);
const after = publish(before, currentAnchors(path.join(root, 'content')));
const count = (registry: Record<string, string[]>) => Object.values(registry).reduce((n, ids) => n + ids.length, 0);
writeFileSync(path.join(root, REGISTRY_FILE), `${JSON.stringify(after, null, 2)}\n`);
console.log(`${REGISTRY_FILE}: ${count(after)} anchors on ${Object.keys(after).length} pages (${count(after) - count(before)} new).`);
