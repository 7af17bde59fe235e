// Visits pages in Debian's Firefox ESR through puppeteer-core (WebDriver BiDi) and prints,
// as JSON, what each page showed: failed requests, console errors, and at each width the
// sideways check of sideways.js. Usage: node firefox.mjs BASE_URL WIDTHS PAGE…
// (WIDTHS: comma-separated, the first one is the reference for the words of the page).
// OPEN_DETAILS=1 opens every <details> first, so that folded tables are measured too.
import {readFileSync} from "node:fs";
import puppeteer from "puppeteer-core";

const [base, widths, ...pages] = process.argv.slice(2);
const sizes = widths.split(",").map(Number);
const check = readFileSync(new URL("./sideways.js", import.meta.url), "utf8");
// The viewport is set by WebDriver BiDi's own browsingContext.setViewport. puppeteer's
// page.setViewport also sends emulation.setScreenOrientationOverride, which Firefox ESR 140 does
// not know (puppeteer follows Firefox's latest release only), and then fails. The width is
// checked: a page measured at a width it did not get would prove nothing.
async function resize(tab, width) {
  await tab.mainFrame().browsingContext.setViewport({viewport: {width, height: 800}});
  const given = await tab.evaluate("window.innerWidth");
  if (given !== width) throw new Error(`viewport of ${width} px asked, ${given} px given`);
}

const browser = await puppeteer.launch({
  browser: "firefox", executablePath: "/usr/bin/firefox-esr", headless: true,
});
const results = {};
try {
  const tab = await browser.newPage();
  let current = null;
  tab.on("console", (m) => { if (m.type() === "error") current.console.push(m.text()); });
  tab.on("requestfailed", (r) => current.failed.push(r.url()));
  tab.on("request", (r) => {
    const url = new URL(r.url());
    if (!["file:", "data:"].includes(url.protocol) && url.hostname !== "127.0.0.1") {
      current.outside.push(r.url());
    }
  });
  for (const page of pages) {
    current = results[page] = {failed: [], console: [], outside: [], widths: {}};
    await resize(tab, sizes[0]);
    await tab.goto(base + page, {waitUntil: "load"});
    if (process.env.OPEN_DETAILS === "1") {
      await tab.evaluate(`document.querySelectorAll("details").forEach((d) => { d.open = true; })`);
    }
    for (const width of sizes) {
      await resize(tab, width);
      current.widths[width] = await tab.evaluate(`(${check})()`);
    }
  }
} finally {
  await browser.close();
}
process.stdout.write(JSON.stringify(results));
