export function freePort(): Promise<number>;
export function startServer(extraEnv?: Record<string, string>): Promise<{ baseUrl: string; port: number; env: Record<string, string>; child: import('node:child_process').ChildProcess; log: () => string; stop: () => Promise<void> }>;
