import type { MonitorCliOptions } from './monitor.js';
export async function runMonitor(_c: string[], _o: MonitorCliOptions): Promise<void> {}
