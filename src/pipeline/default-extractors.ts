import type { Extractor } from "./extractor.js";
import { gazetteerExtractor } from "../extractors/gazetteer.js";
import { organizationsExtractor } from "../extractors/organizations.js";
import { locationsExtractor } from "../extractors/locations.js";
import { personsExtractor } from "../extractors/persons.js";
import { rolesExtractor } from "../extractors/roles.js";
import { quotesExtractor } from "../extractors/quotes.js";
import { relationsExtractor } from "../extractors/relations.js";
import { coreferenceExtractor } from "../extractors/coreference.js";

/**
 * The built-in stages, in order. Organizations and places come before people because the
 * person rules read where a title's country or organization ends; roles come before
 * quotes and coreference because both resolve titles through the roles found.
 */
export function defaultExtractors(): Extractor[] {
  return [
    gazetteerExtractor,
    organizationsExtractor,
    locationsExtractor,
    personsExtractor,
    rolesExtractor,
    quotesExtractor,
    relationsExtractor,
    coreferenceExtractor,
  ];
}
