// Turns argv into a command. Unknown flags, missing values and unknown formats are usage
// errors (exit 2); everything else is left to the commands.
import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";
import type { TableName } from "../export/rows.js";
import { FORMAT_NAMES, TABLE_NAMES, type FormatName } from "./formats.js";
import { UsageError } from "./usage-error.js";

export type InputMode = "auto" | "text" | "jsonl";

export type Command =
  | { kind: "help" }
  | { kind: "version" }
  | { kind: "schema" }
  | { kind: "normalize"; files: string[]; input: InputMode }
  | {
      kind: "extract";
      files: string[];
      input: InputMode;
      format: FormatName;
      table: TableName | undefined;
      out: string | undefined;
      workers: number;
      pipeline: string | undefined;
      timeoutMs: number | undefined;
      progress: boolean;
    };

const COMMANDS = ["extract", "normalize", "schema", "help"] as const;

export function parseCommand(argv: string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: "string", short: "f" },
        out: { type: "string", short: "o" },
        table: { type: "string", short: "t" },
        input: { type: "string", short: "i" },
        workers: { type: "string", short: "w" },
        pipeline: { type: "string", short: "p" },
        timeout: { type: "string" },
        "no-progress": { type: "boolean" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message.split("\n")[0]!);
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: "help" };
  if (values.version) return { kind: "version" };
  const [name, ...files] = positionals;
  if (name === undefined) throw new UsageError("missing command (extract, normalize or schema); see --help");
  if (!(COMMANDS as readonly string[]).includes(name)) throw new UsageError(`unknown command '${name}'; see --help`);
  if (name === "help") return { kind: "help" };

  const only = (allowed: string[]) => {
    for (const flag of ["format", "table", "out", "input", "workers", "pipeline", "timeout", "no-progress"] as const) {
      if (values[flag] !== undefined && !allowed.includes(flag))
        throw new UsageError(`option '--${flag}' does not apply to '${name}'`);
    }
  };

  if (name === "schema") {
    only([]);
    if (files.length > 0) throw new UsageError("'schema' takes no arguments");
    return { kind: "schema" };
  }
  const input = parseInput(values.input);
  if (name === "normalize") {
    only(["input"]);
    return { kind: "normalize", files, input };
  }
  only(["format", "table", "out", "input", "workers", "pipeline", "timeout", "no-progress"]);
  const format = values.format ?? "json";
  if (!(FORMAT_NAMES as readonly string[]).includes(format))
    throw new UsageError(`unknown format '${format}' (use one of: ${FORMAT_NAMES.join(", ")})`);
  const table = values.table;
  if (table !== undefined && !(TABLE_NAMES as readonly string[]).includes(table))
    throw new UsageError(`unknown table '${table}' (use one of: ${TABLE_NAMES.join(", ")})`);
  if (table !== undefined && format !== "csv") throw new UsageError("--table applies to --format csv only");
  return {
    kind: "extract",
    files,
    input,
    format: format as FormatName,
    table: table as TableName | undefined,
    out: values.out,
    workers: parseWorkers(values.workers),
    pipeline: values.pipeline,
    timeoutMs: parseTimeout(values.timeout),
    progress: !values["no-progress"],
  };
}

function parseInput(v: string | undefined): InputMode {
  if (v === undefined) return "auto";
  if (v === "text" || v === "jsonl") return v;
  throw new UsageError(`unknown input kind '${v}' (use text or jsonl)`);
}

function parseWorkers(v: string | undefined): number {
  if (v === undefined) return availableParallelism();
  if (!/^\d{1,4}$/.test(v)) throw new UsageError(`--workers takes a whole number, not '${v}'`);
  return Number(v);
}

function parseTimeout(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const seconds = Number(v);
  if (!/^\d+(\.\d+)?$/.test(v) || !(seconds > 0)) throw new UsageError(`--timeout takes seconds > 0, not '${v}'`);
  return Math.round(seconds * 1000);
}
