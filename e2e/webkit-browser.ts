/**
 * WebKit for the smoke flows (e2e/smoke.webkit.ts): Debian's WebKitGTK MiniBrowser, driven over
 * classic W3C WebDriver by WebKitWebDriver through selenium-webdriver, on an X server of its own
 * (Xvfb). Playwright's WebKit cannot be downloaded here; e2e/ensure-webkit.sh installs the
 * packages (webkit2gtk-driver, which brings libwebkit2gtk-4.1-0 and its MiniBrowser, and xvfb).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Builder, type WebDriver } from 'selenium-webdriver';

/** What a new browser is like, besides a fresh profile. */
export interface BrowserOptions {
  /** Replaces the user agent (the site reads it to show ⌘K on Apple's systems). */
  userAgent?: string;
  /**
   * Lets the page's scripts use the clipboard without the reader's gesture, as the Firefox and
   * Chromium suites do, so that a flow can read back what was copied. Off, WebKit asks for the
   * gesture as Safari does.
   */
  scriptClipboard?: boolean;
}

export interface WebKit {
  /** A new browser window with fresh storage (MiniBrowser's automation sessions are ephemeral). */
  open(options: BrowserOptions): Promise<WebDriver>;
  /**
   * The errors and warnings WebKit writes to its console while it loads `url` in a MiniBrowser of
   * its own, outside WebDriver: WebKit writes its console out only for a browser with a profile on
   * disk, which automation's never are. This is where what a page cannot hear shows up, such as
   * "Unrecognized Content-Security-Policy directive". Only until the load event.
   */
  consoleWhileLoading(url: string): Promise<string[]>;
  close(): Promise<void>;
}

/** MiniBrowser ships inside libwebkit2gtk-4.1-0, under the architecture's library folder. */
function miniBrowser(): string {
  const found = readdirSync('/usr/lib')
    .map((dir) => path.join('/usr/lib', dir, 'webkit2gtk-4.1/MiniBrowser'))
    .find((file) => existsSync(file));
  if (!found) throw new Error('No MiniBrowser under /usr/lib/*/webkit2gtk-4.1/: run `bash e2e/ensure-webkit.sh`');
  return found;
}

/** Spawns `command`, killed with this process if the suite dies before closing it. */
function own(command: string, args: string[], options: Parameters<typeof spawn>[2]): ChildProcess {
  const child = spawn(command, args, options);
  const kill = () => child.kill();
  process.once('exit', kill);
  child.once('exit', () => process.off('exit', kill));
  return child;
}

/** Starts Xvfb on a free display; resolves with the display's name once it accepts clients. */
async function xvfb(): Promise<{ display: string; process: ChildProcess }> {
  // -displayfd picks a display no one uses and writes its number once the server is ready.
  // -noreset: by default an X server resets when its last client leaves, and a browser started
  // during that reset cannot open the display ("MiniBrowser exited with 1", seen under load
  // between two flows, each of which starts and quits its own browser).
  const child = own('Xvfb', ['-displayfd', '3', '-noreset', '-screen', '0', '1920x1080x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'inherit', 'pipe'] });
  const display = await new Promise<string>((resolve, reject) => {
    child.stdio[3]!.once('data', (data) => resolve(`:${String(data).trim()}`));
    child.once('exit', (code) => reject(new Error(`Xvfb exited with ${code} before it was ready`)));
  });
  return { display, process: child };
}

/** Starts WebKitWebDriver on `port`, its browsers on a display of their own, sending every request to `proxyPort`. */
export async function launchWebKit({ port, proxyPort }: { port: number; proxyPort: number }): Promise<WebKit> {
  const binary = miniBrowser();
  const x = await xvfb();
  // MiniBrowser's toolbar keeps its window at least 447 px wide; a stylesheet in a settings folder
  // of the suite's own shrinks the toolbar (GTK widgets only: WebKit draws the page, its form
  // controls and scroll bars itself), so that the window can take an iPhone's 390 px.
  const config = mkdtempSync(path.join(tmpdir(), 'webkit-smoke-'));
  mkdirSync(path.join(config, 'gtk-3.0'));
  writeFileSync(path.join(config, 'gtk-3.0/gtk.css'), '* { min-width: 0; min-height: 0; margin: 0; padding: 0; border-width: 0; font-size: 1px; }\n');
  // Caches (GStreamer's registry, shaders) in the suite's folder too, not the user's.
  // NO_AT_BRIDGE: no accessibility bus on this display, so GTK should not wait for one.
  const env = { ...process.env, DISPLAY: x.display, XDG_CONFIG_HOME: config, XDG_CACHE_HOME: config, XDG_DATA_HOME: config, NO_AT_BRIDGE: '1' };
  const driver = own('WebKitWebDriver', [`--port=${port}`], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  const proxy = `--proxy=http://127.0.0.1:${proxyPort}`;
  const url = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries++) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited with ${driver.exitCode}`);
    if (await fetch(`${url}/status`).then((response) => response.ok, () => false)) break;
    if (tries > 100) throw new Error(`WebKitWebDriver does not answer on ${url}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    open: ({ userAgent, scriptClipboard = true }) =>
      new Builder()
        .usingServer(url)
        .withCapabilities({
          browserName: 'MiniBrowser',
          'webkitgtk:browserOptions': {
            binary,
            args: [
              '--automation',
              proxy,
              ...(scriptClipboard ? ['--javascript-can-access-clipboard=true'] : []),
              ...(userAgent ? [`--user-agent=${userAgent}`] : []),
            ],
          },
        })
        .build(),
    async consoleWhileLoading(url) {
      // A new profile each time, in the suite's folder (removed on close): WebKit's helper
      // processes may still write to it for a moment after MiniBrowser has quit.
      const profile = mkdtempSync(path.join(config, 'profile-'));
      const browser = own(binary, ['--enable-write-console-messages-to-stdout=true', '--exit-after-load', proxy, url], {
        env: { ...env, XDG_DATA_HOME: profile, XDG_CACHE_HOME: profile },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      // Messages from the page's own scripts come on stdout, WebKit's (security ones) on stderr.
      let output = '';
      for (const stream of [browser.stdout!, browser.stderr!]) stream.on('data', (data) => (output += data));
      const [code] = await once(browser, 'exit');
      if (code !== 0) throw new Error(`MiniBrowser exited with ${code} loading ${url}:\n${output.trim()}`);
      // Lines such as "CONSOLE SECURITY ERROR …" or "<url>:1:20: CONSOLE WARN …".
      return output.split('\n').filter((line) => /\bCONSOLE (?:\w+ )?(?:ERROR|WARN)/.test(line));
    },
    async close() {
      driver.kill();
      x.process.kill();
      rmSync(config, { recursive: true, force: true });
    },
  };
}
