// What the Actions runner would take as workflow commands in a text, parsed the way actions/runner does it:
// ProcessInvoker reads lines with .NET StreamReader.ReadLine (LF, CR, CRLF), OutputManager looks at lines holding `::`
// or `##[`, ActionCommand.TryParseV2 trims leading white space (String.TrimStart: Char.IsWhiteSpace) and wants
// `::NAME[ props]::data`, and the legacy TryParse finds `##[NAME[ props]]data` anywhere in the line. Any name counts
// here, registered or not (a `stop-commands` token registers a new one).

// .NET Char.IsWhiteSpace.
const DOTNET_SPACE = /^[\u0009-\u000d\u0020\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;

export interface RunnerCommand {
  name: string;
  line: string;
}

export const runnerCommands = (text: string): RunnerCommand[] => {
  const out: RunnerCommand[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    const v2 = line.replace(DOTNET_SPACE, '');
    const end = v2.startsWith('::') ? v2.indexOf('::', 2) : -1;
    if (end > 2) {
      out.push({ name: (v2.slice(2, end).split(' ')[0] ?? '').toLowerCase(), line });
      continue;
    }
    const at = line.indexOf('##[');
    const close = at < 0 ? -1 : line.indexOf(']', at);
    if (close > at + 3) out.push({ name: (line.slice(at + 3, close).split(' ')[0] ?? '').toLowerCase(), line });
  }
  return out;
};

/** Command names with their counts, sorted: what a run's output amounts to for the runner. */
export const commandTally = (text: string): string[] => {
  const n = new Map<string, number>();
  for (const c of runnerCommands(text)) n.set(c.name, (n.get(c.name) ?? 0) + 1);
  return [...n].map(([k, v]) => `${k} x${v}`).sort();
};
