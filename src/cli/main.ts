// The `parsigraph` command: parses the command line and hands over to one command module.
// Exit status: 0 success, 1 some document failed (or an I/O error), 2 usage error.
import { name, version } from "../../package.json";
import { parseCommand, type Command } from "./args.js";
import { runExtract } from "./extract.js";
import { HELP } from "./help.js";
import { runNormalize } from "./normalize.js";
import { graphJsonSchema } from "./schema.js";
import { UsageError } from "./usage-error.js";
import { flushStream, writeChunk } from "./write.js";

const report = (message: string) => {
  process.stderr.write(`parsigraph: ${message}\n`);
};

async function main(argv: string[]): Promise<number> {
  const cmd: Command = parseCommand(argv);
  const stdout = process.stdout;
  switch (cmd.kind) {
    case "help":
      await writeChunk(stdout, HELP);
      break;
    case "version":
      await writeChunk(stdout, `${name} ${version}\n`);
      break;
    case "schema":
      await writeChunk(stdout, JSON.stringify(graphJsonSchema(), null, 2) + "\n");
      break;
    case "normalize":
      return runNormalize(cmd, { stdout, report });
    case "extract":
      return runExtract(cmd, { stdout, report });
  }
  await flushStream(stdout);
  return 0;
}

// A closed pipe (`parsigraph extract big.jsonl | head`) is not an error worth a stack trace.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw e;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    if (e instanceof UsageError) {
      report(e.message);
      process.exitCode = 2;
    } else {
      report(e instanceof Error ? e.message : String(e));
      process.exitCode = 1;
    }
  },
);
