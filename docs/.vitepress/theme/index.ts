// The site's theme: VitePress's default theme with the site's search box (aliased in config.mts), the
// report playground, and styles for small screens, pictures and API pages.
import type { Theme } from "vitepress";
import DefaultTheme from "vitepress/theme";
import ReportPlayground from "./components/ReportPlayground.vue";
import "./custom.css";

const theme: Theme = {
  extends: DefaultTheme,
  enhanceApp({ app }) {
    app.component("ReportPlayground", ReportPlayground);
  },
};

export default theme;
