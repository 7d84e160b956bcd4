/** A running platform connection, as `serve` and /healthz see it. */
export interface RunningAdapter {
  platform: 'slack' | 'discord' | 'shell';
  /** "connected", "connecting", "disconnected", "error: …" */
  state(): string;
  stop(): Promise<void>;
}
