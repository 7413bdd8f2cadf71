// Draws the social cards missing from the cache (src/build/social-cards.ts) on a thread of its own,
// started when the build starts: satori's layout is synchronous JavaScript, and on the main thread
// it would hold up Astro's own work instead of running beside it.
import { parentPort, workerData } from 'node:worker_threads';
import { drawMissing, type Card } from './social-cards.ts';

const { cards, design } = workerData as { cards: Card[]; design: string };
parentPort!.postMessage(await drawMissing(cards, design));
