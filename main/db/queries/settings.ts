import type { Settings } from '../../../shared/schemas/admin';
import { Settings as SettingsSchema } from '../../../shared/schemas/admin';
import type { ReadableDB, WritableDB } from '../connection';

export const DEFAULT_SETTINGS: Settings = { idleLockMinutes: 10, backupFolder: null, backupKeep: 14, restrictedAccessMinutes: 30 };

/** Settings live inside the encrypted workspace (electron-store keeps only window preferences). */
export function readSettings(db: ReadableDB): Settings {
  const rows = db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[];
  const stored = Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value) as unknown]));
  const parsed = SettingsSchema.safeParse({ ...DEFAULT_SETTINGS, ...stored });
  // A value that no longer validates (e.g. an older rule) falls back to the defaults rather than failing sign-in.
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export function writeSettings(db: WritableDB, patch: Partial<Settings>): Settings {
  const put = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  db.transaction(() => {
    for (const [key, value] of Object.entries(patch)) put.run(key, JSON.stringify(value));
  })();
  return readSettings(db);
}
