// Rich display in Jupyter through the Deno kernel's protocol: an object with a
// `[Symbol.for("Jupyter.display")]()` method is shown by the MIME bundle it returns. The method
// is non-enumerable and symbol-keyed, so JSON.stringify, zod parsing and spreading ignore it.
import type { DocumentGraph } from "../models/graph.js";
import { toHTML, type HTMLOptions } from "./html.js";

export const JUPYTER_DISPLAY: unique symbol = Symbol.for("Jupyter.display") as never;

export type Displayable<T> = T & { [JUPYTER_DISPLAY](): Record<string, unknown> };

/** Returns `graph` itself, made displayable: HTML for people, the plain graph as JSON for tools. */
export function withDisplay<T extends DocumentGraph>(graph: T, options: HTMLOptions = {}): Displayable<T> {
  Object.defineProperty(graph, JUPYTER_DISPLAY, {
    value(this: T) {
      return {
        "text/html": toHTML(this, options),
        "application/json": { text: this.text, nodes: this.nodes, edges: this.edges },
      };
    },
    enumerable: false,
    configurable: true,
    writable: true,
  });
  return graph as Displayable<T>;
}
