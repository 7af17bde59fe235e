// What a phone reader could only reach by scrolling sideways, or would not see at all.
// Evaluated in the page, in Chromium (Playwright) and in Firefox (puppeteer-core): returns
// the page's words, and a French line per box whose content overflows it sideways.
() => {
  const problems = [];
  const page = document.documentElement;
  if (page.scrollWidth > window.innerWidth) {
    problems.push(`la page fait ${page.scrollWidth} px de large pour ${window.innerWidth} px`);
  }
  for (const box of document.body.querySelectorAll("*")) {
    const overflow = getComputedStyle(box).overflowX;
    if (!["auto", "scroll", "hidden", "clip"].includes(overflow)) continue;
    if (box.clientWidth <= 2 || box.clientHeight <= 2) continue; // screen-reader-only boxes
    if (box.scrollWidth > box.clientWidth) {
      const name = box.tagName.toLowerCase() + (box.className ? "." + box.className : "");
      problems.push(`${name} cache ${box.scrollWidth - box.clientWidth} px à droite`);
    }
  }
  const words = document.body.innerText.split(/\s+/).filter(Boolean);
  return {problems, words};
}
