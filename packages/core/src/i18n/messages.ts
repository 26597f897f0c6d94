import { dateMessages } from "../date/messages.js";
import { documentNumberMessages } from "../document-number/messages.js";
import { effectiveDatedMessages } from "../effective-dated-messages.js";
import { strictJsonMessages } from "../json/messages.js";
import { zodPlainMessages } from "../zod/messages.js";
import type { Catalogue } from "./catalogue.js";

/**
 * The message catalogues of `@cchc/core`'s own domain errors: {@link dateMessages},
 * {@link documentNumberMessages}, {@link effectiveDatedMessages}, {@link zodPlainMessages} and {@link strictJsonMessages}. Each is a separate module so
 * that importing one feature does not bundle every message. Other packages define their own
 * catalogues with {@link defineCatalogue}.
 *
 * @example
 * ```ts
 * import { catalogueProblems, coreCatalogues } from "@cchc/core";
 *
 * coreCatalogues.flatMap(catalogueProblems); // => []
 * ```
 *
 * @category Labels and messages
 */
export const coreCatalogues = [dateMessages, documentNumberMessages, effectiveDatedMessages, zodPlainMessages, strictJsonMessages] as const;

/**
 * A message key of any of {@link coreCatalogues}, which is also the `code` of the
 * {@link CchcError} it produces.
 *
 * @example
 * ```ts
 * import type { CoreMessageKey } from "@cchc/core";
 *
 * const key: CoreMessageKey = "date.invalid_day";
 * ```
 *
 * @category Labels and messages
 */
export type CoreMessageKey = (typeof coreCatalogues)[number] extends infer C
  ? C extends Catalogue<infer K>
    ? K
    : never
  : never;
