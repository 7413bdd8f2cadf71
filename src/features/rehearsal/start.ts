/**
 * The rehearsal module, as the practice tools load it when a session starts on a worked example
 * (practice-tools.ts). A module of its own because a second `?script-url` import of rehearsal.ts
 * would share its URL with the boot script as a chunk of its own: one more request on every page.
 */
import './rehearsal.ts';
