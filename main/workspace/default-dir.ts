import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where the workspace lives when nobody says otherwise: HEARTH_WORKSPACE, else the per-user data folder
 * Electron would use (so browser mode, the CLI and the desktop app find the same workspace).
 */
export function defaultWorkspaceDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.HEARTH_WORKSPACE) return env.HEARTH_WORKSPACE;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Hearth', 'workspace');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Hearth', 'workspace');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Hearth', 'workspace');
}
