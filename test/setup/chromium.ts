import { resolveChromium } from '../../electron/cli/chromium';

// Resolved once before the workers start, so every test file (and the code under test, which looks at
// CHROME_PATH to make PDFs) uses the same browser and the packaged one is unpacked only once.
export default async function setup(): Promise<void> {
  process.env['CHROME_PATH'] = await resolveChromium();
}
