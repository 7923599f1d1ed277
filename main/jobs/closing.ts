/**
 * What is kept in memory between requests and must go when the workspace closes: at lock and sign-out,
 * and when another session begins (core.ts calls workspaceClosing then). Each holder registers how to let
 * go of what it holds (main/bundles/host.ts: the bundle workers kept ready for the builder screen, with the
 * layout and the files they opened ahead), so core need not know them.
 */
const holders = new Set<() => void>();

export function onWorkspaceClosing(letGo: () => void): void {
  holders.add(letGo);
}

export function workspaceClosing(): void {
  for (const letGo of holders) letGo();
}
