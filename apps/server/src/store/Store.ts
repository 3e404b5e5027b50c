import type Database from 'better-sqlite3';
import { ConceptStore } from './ConceptStore.ts';
import { DocStore } from './DocStore.ts';
import { LinkStore } from './LinkStore.ts';
import { type DataDirLock, lockDataDir } from './lockDataDir.ts';
import { openDatabase, type SyncMode } from './openDatabase.ts';
import { RateCountStore } from './RateCountStore.ts';
import { type Checkpointer, startCheckpointer } from './startCheckpointer.ts';
import { VersionStore } from './VersionStore.ts';

/** The server's one SQLite file and its tables. The sync code only sees `docs`. */
export class Store {
  readonly db: Database.Database;
  readonly concepts: ConceptStore;
  readonly docs: DocStore;
  readonly links: LinkStore;
  readonly versions: VersionStore;
  /** Creation-limit counts per (hashed) client address. */
  readonly rateCounts: RateCountStore;

  readonly #checkpointer: Checkpointer;
  readonly #lock: DataDirLock;

  /** Throws when another process serves `dataDir` (see lockDataDir). */
  constructor(dataDir: string, syncMode?: SyncMode, onError: (message: string) => void = () => {}) {
    this.#lock = lockDataDir(dataDir);
    try {
      this.db = openDatabase(dataDir, syncMode);
    } catch (error) {
      this.#lock.release();
      throw error;
    }
    this.#checkpointer = startCheckpointer(this.db.name, onError);
    this.concepts = new ConceptStore(this.db);
    this.docs = new DocStore(this.db);
    this.links = new LinkStore(this.db);
    this.versions = new VersionStore(this.db);
    this.rateCounts = new RateCountStore(this.db);
  }

  /** Runs `fn` in one SQLite transaction. */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  /** Stops the checkpointer, then closes the database (which checkpoints one last time). */
  async close(): Promise<void> {
    await this.#checkpointer.stop();
    this.db.close();
    this.#lock.release();
  }
}
