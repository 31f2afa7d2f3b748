import type { MonitorInitCliOptions } from './monitor.js';
export async function runMonitorInit(_c: string, _o: MonitorInitCliOptions): Promise<void> {}
