import { parentPort, type MessagePort } from 'node:worker_threads';
import type { RelayedBatch } from '../core/stage-thread.js';
import { entryKeys } from '../dedupe/entry-keys.js';
import type { Entry } from '../schema/entry.js';
import type { KeyedRecord } from '../schema/records.js';
import type { RelayDown, RelayIn, RelayUp } from './keys-relay.js';

/**
 * A thread of the keys' relay (keys-relay.ts): keys the entries of each batch the main thread
 * sends and hands the batch on to the near-duplicates' thread, telling the main thread only its
 * working time. Loads the keys' code alone, as keys-worker.ts does.
 */
const parent = parentPort!;
let next: MessagePort | null = null;

parent.on('message', (message: RelayDown) => {
  if (message.kind === 'port') {
    next = message.port;
    return;
  }
  try {
    const t = performance.now();
    const items = message.items.map((record: RelayIn): KeyedRecord => {
      if (record.kind !== 'entry') return record;
      const entry = typeof record.entry === 'string' ? (JSON.parse(record.entry) as Entry) : record.entry;
      return { kind: 'entry', entry, keys: entryKeys(entry) };
    });
    parent.postMessage({ kind: 'timed', ms: performance.now() - t } satisfies RelayUp);
    next!.postMessage({ seq: message.seq, items } satisfies RelayedBatch<KeyedRecord>);
  } catch (err) {
    parent.postMessage({ kind: 'error', error: err instanceof Error ? (err.stack ?? err.message) : String(err) } satisfies RelayUp);
  }
});
