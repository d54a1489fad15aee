import type { Server } from 'node:http';

export interface Served {
  /** `http://127.0.0.1:<port>` (no trailing slash). */
  origin: string;
  close(): Promise<void>;
}

export declare function listen(server: Server): Promise<string>;
export declare const closer: (server: Server) => () => Promise<void>;
export declare function serveStatic(dir: string): Promise<Served>;
