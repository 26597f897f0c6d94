/** One entry point of a package: its import specifier and its source file (relative to the package). */
export interface PackageEntryPoint {
  readonly specifier: string;
  readonly source: string;
}
export function sourceOfTypes(types: string): string;
export function packageEntryPoints(packageDir: string): PackageEntryPoint[];
export function load(app: unknown): void;
export function guideLinks(markdown: string, guidesDir: string): string;
export function moduleNameMatches(name: string, source: string): boolean;
