export function startServer(dir: string, port?: number): Promise<{ url: string; port: number; close: () => Promise<void> }>;
