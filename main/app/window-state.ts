import { screen, type Rectangle } from 'electron';
import Store from 'electron-store';

/**
 * Where the main window was and whether it was maximised, remembered between runs with electron-store
 * (a small JSON file in the user-data folder). It holds only geometry: never anything about cases.
 */
export interface WindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export interface WindowStateStore {
  read(): WindowState;
  save(state: WindowState): void;
}

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 840, maximized: false };
export const MIN_WINDOW_SIZE = { width: 900, height: 600 } as const;

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);

function intersects(a: Rectangle, b: Rectangle): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/**
 * Turns whatever the file holds into a usable state: a hand-edited or corrupt file, or a position on a
 * monitor that has since been unplugged, falls back to a centred default-size window.
 */
export function sanitiseWindowState(raw: unknown, workAreas: readonly Rectangle[]): WindowState {
  if (typeof raw !== 'object' || raw === null) return { ...DEFAULT_WINDOW_STATE };
  const r = raw as Record<string, unknown>;
  const width = isInt(r.width) && r.width >= MIN_WINDOW_SIZE.width && r.width <= 16_384 ? r.width : DEFAULT_WINDOW_STATE.width;
  const height = isInt(r.height) && r.height >= MIN_WINDOW_SIZE.height && r.height <= 16_384 ? r.height : DEFAULT_WINDOW_STATE.height;
  const maximized = r.maximized === true;
  if (isInt(r.x) && isInt(r.y)) {
    const rect = { x: r.x, y: r.y, width, height };
    if (workAreas.some((area) => intersects(rect, area))) return { x: r.x, y: r.y, width, height, maximized };
  }
  return { width, height, maximized };
}

export function openWindowStateStore(): WindowStateStore {
  const store = new Store<{ window: WindowState }>({
    name: 'window-state',
    defaults: { window: DEFAULT_WINDOW_STATE },
    clearInvalidConfig: true,
  });
  return {
    read: () =>
      sanitiseWindowState(
        store.get('window'),
        screen.getAllDisplays().map((d) => d.workArea),
      ),
    save: (state) => store.set('window', state),
  };
}
