/**
 * The work in progress, kept in the browser's IndexedDB as it is typed and read back on the next
 * visit: one record, the story and whether it has changed since it was last exported. IndexedDB
 * rather than localStorage because articles are long (localStorage holds about 5 MB, as UTF-16)
 * and it stores the story as a structured clone, with no JSON round trip per keystroke.
 */
import type { Story } from './story-edits.js';

/** What is saved. */
export interface Draft {
  story: Story;
  /** Changes made since the story was last exported (or imported). */
  unexported: boolean;
}

export const DATABASE = 'tarikh-workbench';
const STORE = 'drafts';
const KEY = 'current';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** The draft database, shared by every call of one store. */
export class DraftStore {
  private db: Promise<IDBDatabase> | null = null;

  constructor(private readonly name = DATABASE) {}

  private open(): Promise<IDBDatabase> {
    if (!this.db) {
      const req = indexedDB.open(this.name, 1);
      req.onupgradeneeded = () => req.result.createObjectStore(STORE);
      this.db = request(req);
      // A failed open is not kept: the next save tries again.
      this.db.catch(() => (this.db = null));
    }
    return this.db;
  }

  /** The saved draft, or null when there is none (or storage is unavailable). */
  async load(): Promise<Draft | null> {
    try {
      const db = await this.open();
      const draft = await request(db.transaction(STORE).objectStore(STORE).get(KEY));
      return draft && typeof draft === 'object' && 'story' in draft ? (draft as Draft) : null;
    } catch {
      return null;
    }
  }

  /** Saves the draft; resolves when it is written. False when storage refused it. */
  async save(draft: Draft): Promise<boolean> {
    try {
      const db = await this.open();
      const tx = db.transaction(STORE, 'readwrite');
      tx.objectStore(STORE).put(draft, KEY);
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = tx.onabort = () => reject(tx.error);
      });
      return true;
    } catch {
      return false;
    }
  }

  close() {
    void this.db?.then((db) => db.close()).catch(() => undefined);
    this.db = null;
  }
}
