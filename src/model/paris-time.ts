/**
 * Local dates and times in Europe/Paris, as authors write them ("2026-12-10T14:00", or "2026-12-10" for an
 * all-day event), and the UTC instants they stand for, across the daylight-saving changes. Pure.
 */

export const TIME_ZONE = 'Europe/Paris';

/** A local date, with a time unless the event lasts whole days. */
export interface LocalDateTime {
  /** "2026-12-10". */
  date: string;
  /** "14:00", absent for an all-day date. */
  time?: string | undefined;
}

const FORM = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?$/;

/** Why a written date-time is not valid, in French. */
export interface DateTimeProblem {
  /** What is wrong. */
  message: string;
  /** How to fix it. */
  fix: string;
}

/** Why a written date-time is not valid, with its fix, or undefined when it is. */
export function localDateTimeProblem(text: string): DateTimeProblem | undefined {
  const m = FORM.exec(text);
  if (!m) {
    return {
      message: 'date attendue au format AAAA-MM-JJ, ou AAAA-MM-JJTHH:MM avec l’heure de Paris',
      fix: 'Écrivez par exemple 2026-12-10T14:00, ou 2026-12-10 pour un événement d’une journée entière',
    };
  }
  const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number];
  const day = new Date(Date.UTC(y, mo - 1, d));
  if (day.getUTCFullYear() !== y || day.getUTCMonth() !== mo - 1 || day.getUTCDate() !== d) {
    return {
      message: 'cette date n’existe pas dans le calendrier',
      fix: 'Vérifiez le jour et le mois (avril, juin, septembre et novembre ont 30 jours, février 28 ou 29)',
    };
  }
  if (m[4] !== undefined && (h > 23 || mi > 59)) {
    return {
      message: 'cette heure n’existe pas',
      fix: 'Écrivez l’heure de 00:00 à 23:59, par exemple 14:30',
    };
  }
  if (m[4] !== undefined) {
    const local = { date: `${m[1]}-${m[2]}-${m[3]}`, time: `${m[4]}:${m[5]}` };
    if (!existsInParis(local)) {
      return {
        message: 'cette heure n’existe pas à Paris ce jour-là : les horloges avancent d’une heure au passage à l’heure d’été',
        fix: 'Choisissez une heure avant 02:00 ou à partir de 03:00',
      };
    }
  }
  return undefined;
}

/** Parses a valid written date-time (check it first with localDateTimeProblem). */
export function parseLocal(text: string): LocalDateTime {
  const m = FORM.exec(text);
  if (!m) throw new Error(`date locale illisible : « ${text} »`);
  return { date: `${m[1]}-${m[2]}-${m[3]}`, time: m[4] === undefined ? undefined : `${m[4]}:${m[5]}` };
}

/** The written form back: "2026-12-10T14:00" or "2026-12-10". */
export function formatLocal(l: LocalDateTime): string {
  return l.time ? `${l.date}T${l.time}` : l.date;
}

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** The Paris wall clock at a UTC instant. */
export function parisClock(instant: Date): LocalDateTime & { time: string } {
  const p = Object.fromEntries(parts.formatToParts(instant).map((x) => [x.type, x.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}

/** Minutes Paris is ahead of UTC at an instant (60 in winter, 120 in summer). */
export function parisOffsetMinutes(instant: Date): number {
  const c = parisClock(instant);
  const asUtc = Date.parse(`${c.date}T${c.time}:00Z`);
  return Math.round((asUtc - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
}

/**
 * The UTC instant of a Paris wall-clock time; an all-day date stands for its midnight. In the autumn hour
 * that happens twice, the first one (summer time) is taken.
 */
export function toInstant(l: LocalDateTime): Date {
  const naive = Date.parse(`${l.date}T${l.time ?? '00:00'}:00Z`);
  for (const offset of [120, 60]) {
    const candidate = new Date(naive - offset * 60_000);
    if (parisOffsetMinutes(candidate) === offset) return candidate;
  }
  // A time inside the spring gap (02:30 on the last Sunday of March): the checker refuses it.
  return new Date(naive - 60 * 60_000);
}

/** False for a time skipped by the change to summer time. */
export function existsInParis(l: LocalDateTime): boolean {
  if (!l.time) return true;
  const back = parisClock(toInstant(l));
  return back.date === l.date && back.time === l.time;
}

/** The day after a date ("2026-12-31" → "2027-01-01"). */
export function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Compares two written date-times as Paris instants (an all-day date counts from its midnight). */
export function compareLocal(a: LocalDateTime, b: LocalDateTime): number {
  return toInstant(a).getTime() - toInstant(b).getTime();
}
