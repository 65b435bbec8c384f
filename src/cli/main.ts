// The `indsats` command: the program of program.ts on this process's streams and environment. A run
// that ends early (an error, a usage error, --help) exits at once with its code, as commander does; a
// run that finishes sets the exit code and lets the process end by itself (a server keeps it running).
import { runCli } from './program.ts';

process.exitCode = await runCli(process.argv.slice(2), { exit: (code) => process.exit(code) });
