"""Headless Chromium (Playwright) on an emulated slow link: time to the `load` event."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from playwright.async_api import Browser, async_playwright

from bench.common import CHROMIUM

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


@dataclass(frozen=True)
class Profile:
    name: str
    latency_ms: int
    down_kbps: int
    up_kbps: int

    @property
    def down_bytes_per_s(self) -> float:
        return self.down_kbps * 1000 / 8

    def conditions(self) -> dict:
        return {"offline": False, "latency": self.latency_ms,
                "downloadThroughput": self.down_bytes_per_s,
                "uploadThroughput": self.up_kbps * 1000 / 8}

    def floor(self, transferred: float) -> float:
        """2 × RTT + transferred bytes ÷ bandwidth, in seconds."""
        return 2 * self.latency_ms / 1000 + transferred / self.down_bytes_per_s


EDGE = Profile("EDGE", 840, 240, 200)
G2 = Profile("2G", 1300, 35, 35)

#: Time to `load` and to the last byte received (a web font may arrive after `load`), bytes
#: over the wire (headers included) and requests, from the navigation and resource entries.
MEASURE = """() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const res = performance.getEntriesByType('resource');
  return {load: nav.loadEventEnd,
          done: Math.max(nav.loadEventEnd, ...res.map(e => e.responseEnd)),
          bytes: nav.transferSize + res.reduce((s, e) => s + e.transferSize, 0),
          requests: 1 + res.filter(e => e.transferSize > 0).length};
}"""
LOADED = "performance.getEntriesByType('navigation')[0].loadEventEnd > 0"


@dataclass(frozen=True)
class Load:
    seconds: float  # to the end of the `load` event
    done: float  # to the last response received, once the network is idle
    bytes: int
    requests: int


async def visit(browser: Browser, urls: list[str], profile: Profile, cache: bool) -> list[Load]:
    """Load ``urls`` one after the other in one fresh context on ``profile``."""
    context = await browser.new_context()
    try:
        page = await context.new_page()
        cdp = await context.new_cdp_session(page)
        await cdp.send("Network.enable")
        await cdp.send("Network.setCacheDisabled", {"cacheDisabled": not cache})
        await cdp.send("Network.emulateNetworkConditions", profile.conditions())
        loads = []
        for url in urls:
            await page.goto(url, wait_until="load", timeout=180_000)
            await page.wait_for_function(LOADED, timeout=30_000)
            await page.wait_for_load_state("networkidle", timeout=120_000)
            data = await page.evaluate(MEASURE)
            loads.append(Load(data["load"] / 1000, data["done"] / 1000, int(data["bytes"]),
                              int(data["requests"])))
        return loads
    finally:
        await context.close()


async def _run_all(jobs: list[tuple[list[str], Profile, bool]], parallel: int) -> list:
    async with async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        gate = asyncio.Semaphore(parallel)

        async def one(job):
            async with gate:
                return await visit(browser, *job)

        try:
            return await asyncio.gather(*(one(job) for job in jobs))
        finally:
            await browser.close()


def run_all(jobs: list[tuple[list[str], Profile, bool]], parallel: int) -> list[list[Load]]:
    """Run every job ``(urls, profile, cache)``, ``parallel`` contexts at a time. Throttling
    is emulated per page, so concurrent contexts do not share the emulated bandwidth."""
    return asyncio.run(_run_all(jobs, parallel))


async def _version() -> str:
    async with async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            return browser.version
        finally:
            await browser.close()


def chromium_version() -> str:
    return asyncio.run(_version())
