import { compileAll, findFirst, type Pattern } from '../text/patterns.ts';

/**
 * Whether a scripted line fits the moment it would be said in. A scenario's wordings are written
 * for the usual moment; some say more than the words of the line key ("Right on time" assumes an
 * agreed call, "But enough about me" assumes the contact has been talking, "Not now, I'm in the
 * middle of a bug triage" contradicts the contact's own offer to talk now). A wording that does not
 * fit is passed over for another, or for general words that fit any moment.
 */
export interface Moment {
  /** On this call the contact itself offered to talk now (the student is turning it down). */
  offeredNow: boolean;
  /** The call is at a time agreed beforehand. */
  appointment: boolean;
  /** The contact has said something of substance in this conversation (an answer). */
  hasSpoken: boolean;
  /** Past the first half of the agreed time, or not in a conversation (on the phone). */
  late: boolean;
}

interface Presumption {
  /** What the wording takes for granted, in the phrase language. */
  words: readonly Pattern[];
  /** The moments it does not fit. */
  unfit: (moment: Moment) => boolean;
}

const PRESUMPTIONS: readonly Presumption[] = [
  {
    // "Not now", "I'm swamped": the contact cannot talk, which it just offered to do.
    words: compileAll([
      'not now',
      "(can't|cannot|can not) (talk|chat|speak) [right] now",
      'in the middle of',
      "(i'm|i am) .. (busy|swamped|slammed)",
      'tied up',
      'bad time',
      'about to (head|run|walk) (into|out|to)',
      'on my way (to|into|out)',
    ]),
    unfit: (m) => m.offeredNow,
  },
  {
    // "But enough about me", "Before I go on": the contact has not said anything yet.
    words: compileAll([
      'enough about me',
      'so much for me',
      'before i go on',
      'turn it around',
      "(i've been|i have been) (talking|going on|rambling)",
      "(i've talked|i have talked)",
    ]),
    unfit: (m) => !m.hasSpoken,
  },
  {
    // "That's about all the time I have": the agreed time is running out, not at minute two.
    words: compileAll([
      "all the time (i have|i've got|i got|we have)",
      '(have|need|got) to (go|run|get going|head out|hop off|jump off) [soon|now|shortly]',
      '(gotta|gonna have to) (go|run)',
      'out of time',
    ]),
    unfit: (m) => !m.late,
  },
  {
    // "Right on time", "as planned": a call at a time agreed beforehand.
    words: compileAll([
      'right on time',
      'on the dot',
      'as planned',
      'as agreed',
      'as we agreed',
      'like we agreed',
      'like we planned',
      "(i've got you down|i have got you down|i have you down|i got you down)",
    ]),
    unfit: (m) => !m.appointment,
  },
];

/** The presumptions of each wording, worked out once (wordings are scenario data, few). */
const known = new Map<string, readonly Presumption[]>();
const MAX_KNOWN = 4096;

function presumptionsOf(line: string): readonly Presumption[] {
  let found = known.get(line);
  if (found === undefined) {
    found = PRESUMPTIONS.filter((p) => findFirst(p.words, line) !== null);
    if (known.size >= MAX_KNOWN) known.clear();
    known.set(line, found);
  }
  return found;
}

/** Whether a wording fits the moment: it takes for granted nothing the moment denies. */
export function fitsTheMoment(line: string, moment: Moment): boolean {
  return presumptionsOf(line).every((p) => !p.unfit(moment));
}
