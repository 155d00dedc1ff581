#!/usr/bin/env node
// Runs the CLI and Debian's Perl Sisimai on the same folder of emails in
// the same run, alternating which goes first, and prints the ratio of
// their throughputs.
//
// usage: node scripts/bench-sisimai.mjs DIR [--rounds N] [--json]
//
// Each round times one whole process per tool over every file directly
// in DIR: `bounce-explainer --json DIR` (output to /dev/null) and
// scripts/bench-sisimai.pl DIR, which calls Sisimai->make on each file.
// Both figures include process start-up; the Perl script also reports
// the time spent inside Sisimai->make alone. Wall-clock time suffers
// most from other load on a shared machine, so CPU time (user + system,
// from the shell's `times`) is printed as well. Medians over the rounds
// (default 5) are compared. Installs libsisimai-perl with apt-get when
// it is missing.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const dir = args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--rounds");
const rounds = Number(option("--rounds", 5));
if (!dir || !Number.isInteger(rounds) || rounds < 1) {
  console.error("usage: node scripts/bench-sisimai.mjs DIR [--rounds N] [--json]");
  process.exit(2);
}
const files = readdirSync(dir).filter((n) => !n.startsWith(".") && statSync(join(dir, n)).isFile());
if (files.length === 0) {
  console.error(`bench-sisimai: no files in ${dir}`);
  process.exit(1);
}
const log = (line) => console.error(`bench-sisimai: ${line}`);

ensureSisimai();
log("building the CLI (cargo build --release)");
execFileSync("cargo", ["build", "--release", "--quiet", "--bin", "bounce-explainer"], { cwd: root, stdio: "inherit" });
const cli = join(root, "target/release/bounce-explainer");
const perl = join(root, "scripts/bench-sisimai.pl");
const sisimaiVersion = execFileSync("perl", ["-MSisimai", "-e", "print $Sisimai::VERSION"]).toString();

const scratch = mkdtempSync(join(tmpdir(), "bench-sisimai-"));
process.on("exit", () => rmSync(scratch, { recursive: true, force: true }));
const samples = { cli: [], sisimai: [] };
for (let round = 0; round < rounds; round++) {
  const order = round % 2 === 0 ? ["cli", "sisimai"] : ["sisimai", "cli"];
  for (const tool of order) {
    const sample = tool === "cli" ? timed(cli, ["--json", dir]) : timed(perl, [dir]);
    if (tool === "sisimai") sample.inside = JSON.parse(sample.stdout).seconds;
    samples[tool].push(sample);
  }
  log(`round ${round + 1}/${rounds} done`);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const summary = {
  emails: files.length,
  rounds,
  sisimai_version: sisimaiVersion,
  cli_wall_s: median(samples.cli.map((s) => s.wall)),
  cli_cpu_s: median(samples.cli.map((s) => s.cpu)),
  sisimai_wall_s: median(samples.sisimai.map((s) => s.wall)),
  sisimai_cpu_s: median(samples.sisimai.map((s) => s.cpu)),
  sisimai_make_s: median(samples.sisimai.map((s) => s.inside)),
};
summary.ratio_wall = summary.sisimai_wall_s / summary.cli_wall_s;
summary.ratio_cpu = summary.sisimai_cpu_s / summary.cli_cpu_s;

if (flag("--json")) {
  console.log(JSON.stringify(summary));
} else {
  const rate = (s) => `${(files.length / s).toFixed(0)} emails/s`;
  const row = (name, wall, cpu) =>
    `${name.padEnd(24)} wall ${wall.toFixed(3)} s (${rate(wall)})  cpu ${cpu.toFixed(3)} s (${rate(cpu)})`;
  console.log(`${files.length} emails from ${dir}, median of ${rounds} alternating rounds`);
  console.log(row("bounce-explainer --json", summary.cli_wall_s, summary.cli_cpu_s));
  console.log(row(`Sisimai ${sisimaiVersion} make`, summary.sisimai_wall_s, summary.sisimai_cpu_s));
  console.log(`Sisimai->make alone (no start-up): ${summary.sisimai_make_s.toFixed(3)} s (${rate(summary.sisimai_make_s)})`);
  console.log(`throughput ratio, bounce-explainer / Sisimai: ${summary.ratio_wall.toFixed(1)}x wall, ${summary.ratio_cpu.toFixed(1)}x cpu`);
}

/**
 * Runs a command with its output in a file, returning the output, wall
 * seconds and CPU seconds. The CLI's output goes to /dev/null, as in a
 * batch run the disk write is not what is compared.
 */
function timed(command, commandArgs) {
  const out = command === cli ? "/dev/null" : join(scratch, "out");
  const start = process.hrtime.bigint();
  // bash's `times` prints the children's user and system time last.
  const script = '"$@" > "$OUT_FILE"; status=$?; times; exit $status';
  const run = spawnSync("bash", ["-c", script, "bench", command, ...commandArgs], {
    env: { ...process.env, OUT_FILE: out },
  });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  if (run.status !== 0) {
    throw new Error(`${command} exited with ${run.status}: ${run.stderr}`);
  }
  const lines = run.stdout.toString().trim().split("\n");
  const [user, system] = lines.at(-1).split(/\s+/).map(seconds);
  const stdout = out === "/dev/null" ? "" : readFileSync(out, "utf8");
  return { wall, cpu: user + system, stdout };
}

/** Parses bash's `times` format, e.g. 0m0.087s. */
function seconds(text) {
  const m = /^(\d+)m([\d.]+)s$/.exec(text);
  if (!m) throw new Error(`unexpected output from times: ${text}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

function ensureSisimai() {
  if (spawnSync("perl", ["-MSisimai", "-e", "1"]).status === 0) return;
  log("installing Debian's libsisimai-perl");
  const sudo = process.getuid() === 0 ? [] : ["sudo"];
  const apt = (...aptArgs) => {
    const [command, ...rest] = [...sudo, "apt-get", ...aptArgs];
    execFileSync(command, rest, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  };
  apt("update", "-q");
  apt("install", "-y", "-q", "libsisimai-perl");
}
