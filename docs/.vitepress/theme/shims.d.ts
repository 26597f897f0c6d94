// Single-file components, for the type checker of the .ts files that import them.
declare module "*.vue" {
  import type { DefineComponent } from "vue";
  const component: DefineComponent;
  export default component;
}
