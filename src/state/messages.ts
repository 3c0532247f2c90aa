/**
 * Messages the UI shows about the run: a bad link, a refused value, a diverged run, a restarted
 * worker, an import that did not fit. They are data — a catalog key and its parameters — so they
 * are translated when shown and follow a language switch.
 */
import type { StateCreator } from 'zustand';
import type { AppState } from './store.ts';

/** How a message looks: error (red), warn (amber), info (neutral), ok (green). */
export type MessageLevel = 'error' | 'warn' | 'info' | 'ok';

/** Where a message came from; a new message from the same source and key replaces the old one. */
export type MessageSource = 'url' | 'config' | 'run' | 'worker' | 'import';

/** One message. */
export type Message = Readonly<{
  id: number;
  level: MessageLevel;
  source: MessageSource;
  /** i18n key, e.g. 'common.url.out-of-range' */
  key: string;
  /** interpolation values of the key */
  params: Readonly<Record<string, string | number>>;
  /** English technical details (an engine message, a stack's first line), shown on request */
  detail?: string;
}>;

/** A message before it has an id. */
export type NewMessage = Omit<Message, 'id'>;

/** The messages slice. */
export type MessagesState = Readonly<{
  /** shown oldest first; at most MAX_MESSAGES */
  messages: readonly Message[];
  addMessages: (m: readonly NewMessage[]) => void;
  dismissMessage: (id: number) => void;
  /** removes every message of a source (e.g. the link's, once a new link is opened) */
  clearMessages: (source: MessageSource) => void;
}>;

/** More would push the panel off the screen; the oldest go first. */
export const MAX_MESSAGES = 8;

let nextId = 1;

/** Appends messages, replacing same-source same-key ones and keeping the newest MAX_MESSAGES. */
export function withMessages(list: readonly Message[], add: readonly NewMessage[]): readonly Message[] {
  let out = [...list];
  for (const m of add) {
    out = out.filter((o) => !(o.source === m.source && o.key === m.key && m.source !== 'url'));
    out.push({ ...m, id: nextId++ });
  }
  return out.slice(-MAX_MESSAGES);
}

/** Creates the messages slice. */
export const createMessagesSlice: StateCreator<AppState, [], [], MessagesState> = (set) => ({
  messages: [],
  addMessages: (add) => set((s) => ({ messages: withMessages(s.messages, add) })),
  dismissMessage: (id) => set((s) => ({ messages: s.messages.filter((m) => m.id !== id) })),
  clearMessages: (source) => set((s) => ({ messages: s.messages.filter((m) => m.source !== source) })),
});
