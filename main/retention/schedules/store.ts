import { RetentionSchedule } from '../../../shared/retention/schedule';
import type { ScheduleVersion } from '../../../shared/schemas/retention-schedule';
import type { ReadableDB, WritableDB } from '../../db/connection';
import { hasTable } from '../../db/queries/meta';

/** Partners' retention schedule versions (migration 0031), as rows that are never changed. */
interface Raw {
  scheduleId: string;
  version: number;
  partner: string;
  name: string;
  rules: string;
  createdBy: string;
  createdAt: string;
}

export function storedSchedules(db: ReadableDB): ScheduleVersion[] {
  if (!hasTable(db, 'retention_schedules')) return [];
  const rows = db
    .prepare(
      `SELECT s.schedule_id AS scheduleId, s.version, s.partner, s.name, s.rules, u.display_name AS createdBy, s.created_at AS createdAt
       FROM retention_schedules s JOIN users u ON u.id = s.created_by ORDER BY s.id`,
    )
    .all() as Raw[];
  return rows.map((r) => ({
    ...RetentionSchedule.parse({ id: r.scheduleId, version: r.version, partner: r.partner, name: r.name, rules: JSON.parse(r.rules) as unknown }),
    createdBy: r.createdBy,
    createdAt: r.createdAt,
  }));
}

export function insertSchedule(db: WritableDB, s: RetentionSchedule & { partner: string }, by: number, at: string): void {
  db.prepare('INSERT INTO retention_schedules (schedule_id, version, partner, name, rules, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(s.id, s.version, s.partner, s.name, JSON.stringify(s.rules), by, at);
}

export function partnerName(db: ReadableDB, code: string): string | undefined {
  return (db.prepare('SELECT name FROM partners WHERE code = ?').get(code) as { name: string } | undefined)?.name;
}
