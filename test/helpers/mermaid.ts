// Mermaid's own gantt parser, for tests. Mermaid sanitizes labels with DOMPurify, which needs a DOM: the tests
// give it one (happy-dom); src never imports either.
import { Window } from 'happy-dom';
import { expect } from 'vitest';

export interface ParsedTask {
  section: string;
  task: string;
  id: string;
  start: string;
  /** Exclusive, as Mermaid stores it (an inclusive end date plus one day). */
  end: string;
  active: boolean;
  done: boolean;
  crit: boolean;
  milestone: boolean;
}

export interface ParsedGantt {
  title: string;
  todayMarker: string;
  sections: string[];
  tasks: ParsedTask[];
}

export const day = (d: Date): string => d.toISOString().slice(0, 10);

let window: Window | undefined;
let mermaid: typeof import('mermaid').default | undefined;

const load = async () => {
  if (!mermaid) {
    window = new Window();
    Object.assign(globalThis, { window, document: window.document });
    mermaid = (await import('mermaid')).default;
  }
  return mermaid;
};

/** Close the DOM (call from afterAll). */
export const closeMermaid = async (): Promise<void> => {
  await window?.happyDOM.close();
};

/** What Mermaid's gantt parser makes of a chart's source; fails the test when it does not parse as a gantt. */
export const parseGantt = async (source: string): Promise<ParsedGantt> => {
  const m = await load();
  expect(await m.parse(source)).toMatchObject({ diagramType: 'gantt' });
  const diagram = await m.mermaidAPI.getDiagramFromText(source);
  const db = diagram.db as unknown as {
    getTasks(): { section: string; task: string; id: string; startTime: Date; endTime: Date; [k: string]: unknown }[];
    getSections(): string[];
    getDiagramTitle(): string;
    getTodayMarker(): string;
  };
  return {
    title: db.getDiagramTitle(),
    todayMarker: db.getTodayMarker(),
    sections: db.getSections(),
    tasks: db.getTasks().map((t) => ({
      section: t.section,
      task: t.task.trim(),
      id: t.id,
      start: day(t.startTime),
      end: day(t.endTime),
      active: Boolean(t.active),
      done: Boolean(t.done),
      crit: Boolean(t.crit),
      milestone: Boolean(t.milestone),
    })),
  };
};

/** The source of the first ```mermaid block in a markdown text. */
export const mermaidBlock = (markdown: string): string => {
  const m = /```mermaid\n([\s\S]*?)\n```/.exec(markdown);
  if (!m) throw new Error('no mermaid block');
  return m[1] as string;
};
