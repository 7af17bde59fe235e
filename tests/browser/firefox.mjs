// Visits pages in Debian's Firefox ESR through puppeteer-core (WebDriver BiDi) and prints,
// as JSON, what each page showed: failed requests, console errors, and at each width the
// sideways check of sideways.js. Usage: node firefox.mjs < VISITS, where VISITS is a JSON list
// of {base, widths, pages, openDetails}; the answer is one object a visit, in their order
// (widths: the first one is the reference for the words of the page; openDetails opens every
// <details> first, so that folded tables are measured too). One Firefox serves every visit:
// starting it takes longer than visiting a small site.
import {readFileSync} from "node:fs";
import puppeteer from "puppeteer-core";

const visits = JSON.parse(readFileSync(0, "utf8"));
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
const answers = [];
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
  for (const {base, widths, pages, openDetails} of visits) {
    const results = {};
    answers.push(results);
    for (const page of pages) {
      current = results[page] = {failed: [], console: [], outside: [], widths: {}};
      await resize(tab, widths[0]);
      await tab.goto(base + page, {waitUntil: "load"});
      if (openDetails) {
        await tab.evaluate(`document.querySelectorAll("details").forEach((d) => { d.open = true; })`);
      }
      for (const width of widths) {
        await resize(tab, width);
        current.widths[width] = await tab.evaluate(`(${check})()`);
      }
    }
  }
} finally {
  await browser.close();
}
process.stdout.write(JSON.stringify(answers));
