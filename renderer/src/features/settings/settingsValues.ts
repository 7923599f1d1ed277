import type { Settings } from '../../../../shared/schemas/admin';
import type { Problems } from '../../hooks/useForm';

export interface SettingsValues {
  idleLockMinutes: string;
  backupFolder: string;
  backupKeep: string;
  restrictedAccessMinutes: string;
}

export const toValues = (s: Settings): SettingsValues => ({
  idleLockMinutes: String(s.idleLockMinutes),
  backupFolder: s.backupFolder ?? '',
  backupKeep: String(s.backupKeep),
  restrictedAccessMinutes: String(s.restrictedAccessMinutes),
});

function wholeNumber(text: string, min: number, max: number, what: string): string | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed) || Number(trimmed) < min || Number(trimmed) > max) return `Enter ${what} as a whole number from ${min} to ${max}.`;
  return null;
}

/** A full path on Windows (D:\… or \\server\…) or elsewhere (/…); main checks again on its own terms. */
const isFullPath = (path: string) => path.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(path) || path.startsWith('\\\\');

export function settingsErrors(v: SettingsValues): Problems<SettingsValues> {
  const folder = v.backupFolder.trim();
  return {
    idleLockMinutes: wholeNumber(v.idleLockMinutes, 1, 240, 'the minutes'),
    backupFolder: folder === '' || isFullPath(folder) ? null : 'Enter the folder’s full path, such as D:\\Hearth backups or /media/usb/hearth.',
    backupKeep: wholeNumber(v.backupKeep, 1, 365, 'how many backups to keep'),
    restrictedAccessMinutes: wholeNumber(v.restrictedAccessMinutes, 5, 480, 'the minutes a restricted case stays open'),
  };
}

export const toSettings = (v: SettingsValues): Settings => ({
  idleLockMinutes: Number(v.idleLockMinutes.trim()),
  backupFolder: v.backupFolder.trim() || null,
  backupKeep: Number(v.backupKeep.trim()),
  restrictedAccessMinutes: Number(v.restrictedAccessMinutes.trim()),
});
