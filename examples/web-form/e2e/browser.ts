// Debian's Chromium driven by playwright-core (shared with the documentation site's test).
export { CHROMIUM, launchBrowser, type Browser } from "../../../scripts/chromium.js";
