// The small versioned record that ties the add-in's tables together: JSON in one labelled cell on
// "VC Instellingen". It says which add-in made the workbook and with which version of the file
// format, so a newer format is recognised (read what we can, write nothing) instead of damaged.
import { z } from 'zod';

export const APP_ID = 'verantwoorde-caseload';
/** Raise when the layout changes in a way an older add-in could not write safely. */
export const FORMAT_VERSION = 7;

const Envelope = z.object({ app: z.literal(APP_ID), version: z.number().int().positive() });
// revision: how many saves the workbook has had; a save that finds another number than its pane
// read knows someone else saved in between (format 1 had none: 0).
const SettingsSchema = Envelope.extend({
  tables: z.array(z.string()),
  revision: z.number().int().nonnegative().default(0),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const settingsJson = (tables: string[], revision: number): string =>
  JSON.stringify({ app: APP_ID, version: FORMAT_VERSION, tables, revision } satisfies Settings);

export type SettingsRead =
  | { state: 'absent' }
  | { state: 'ok'; settings: Settings }
  | { state: 'corrupt' }
  | { state: 'newer'; version: number };

/** The record from its cell; an empty cell counts as no record (the add-in may write one). */
export function readSettings(raw: unknown): SettingsRead {
  if (raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '')) return { state: 'absent' };
  let json: unknown;
  try {
    json = JSON.parse(String(raw));
  } catch {
    return { state: 'corrupt' };
  }
  // The envelope first: a newer version may have changed everything else.
  const envelope = Envelope.safeParse(json);
  if (!envelope.success) return { state: 'corrupt' };
  if (envelope.data.version > FORMAT_VERSION) return { state: 'newer', version: envelope.data.version };
  const settings = SettingsSchema.safeParse(json);
  return settings.success ? { state: 'ok', settings: settings.data } : { state: 'corrupt' };
}
