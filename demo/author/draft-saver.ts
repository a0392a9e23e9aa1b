/**
 * Saves the draft as it is typed without queueing a write per keystroke: one write at a time, and
 * while one is running only the newest draft waits for the next. `settled()` resolves once what
 * was asked last is written (or refused).
 */
import type { Draft, DraftStore } from './draft-store.js';

export class DraftSaver {
  private pending: Draft | null = null;
  private running: Promise<void> | null = null;
  /** The outcome of the last write. */
  ok = true;

  constructor(
    private readonly store: DraftStore,
    private readonly onSaved: (ok: boolean) => void,
  ) {}

  save(draft: Draft) {
    this.pending = draft;
    this.running ??= this.drain();
  }

  private async drain() {
    while (this.pending) {
      const draft = this.pending;
      this.pending = null;
      this.ok = await this.store.save(draft);
    }
    this.running = null;
    this.onSaved(this.ok);
  }

  /** Resolves when no write is waiting or running. */
  async settled(): Promise<void> {
    while (this.running) await this.running;
  }
}
