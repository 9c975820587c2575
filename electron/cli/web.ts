import { runBrowserMode } from './browser-mode';

const port = process.env.COUNTER_POS_PORT ? Number(process.env.COUNTER_POS_PORT) : undefined;
await runBrowserMode({ openBrowser: process.argv.includes('--open'), port });
