import type { Browser, LaunchOptions } from 'playwright-core';

export declare const chromiumPath: string;
export declare const chromiumFlags: readonly string[];
export declare function chromiumLaunchOptions(
  extraFlags?: readonly string[],
): LaunchOptions & { executablePath: string; headless: true; args: string[] };
export declare function launchChromium(extraFlags?: readonly string[]): Promise<Browser>;
