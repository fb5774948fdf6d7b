import type { AppliedAgreement, AppliedInitiative, AppliedItem, AppliedRound, AppliedTheme } from '../apply-rules/apply-round.js';
import type { EffectiveCell } from '../apply-rules/effective-smileys.js';
import { belongsTo, committeeLine } from './committees.js';
import { danishDate, reportTitle, roundTimeLabel } from './danish.js';
import { plainText, renderText } from './markdown.js';
import { overviewView } from './overview.js';
import { economyLabel, milestoneLabel } from './smiley-labels.js';
import type {
  EarlierAgreementView,
  GuideView,
  InitiativeView,
  MilestoneView,
  ReportView,
  SmileyView,
  ThemeItemView,
  ThemeView,
} from './types.js';

export interface ViewOptions {
  /** Only this committee's initiatives, titled "… for <committee>". */
  committee?: string | null;
}

function html(text: string | null | undefined): string | null {
  return text ? renderText(text) : null;
}

/**
 * An id as a fragment, one to one: "1.10" → "1-10"; any other character but
 * a letter or digit as _<hex>_, so "1_10" and "1-10" never share an anchor.
 */
export function anchorPart(s: string): string {
  return s.replace(/[^A-Za-z0-9]/g, (c) => (c === '.' ? '-' : `_${c.codePointAt(0)!.toString(16)}_`));
}

function milestoneSmiley(cell: EffectiveCell): SmileyView | null {
  if (!cell.smiley) return null;
  const carried = cell.source === 'videreført';
  return { value: cell.smiley, label: milestoneLabel(cell.smiley, carried), carried };
}

function initiativeView(item: AppliedInitiative): InitiativeView {
  const { initiative: ini, agreementYear } = item;
  const milestones: MilestoneView[] = item.cells.map((cell) => {
    const m = ini.milepæle?.[String(cell.round) as '1'];
    return {
      round: cell.round,
      timeLabel: roundTimeLabel(cell.round, agreementYear),
      textHtml: html(m?.tekst),
      statusHtml: html(m?.status),
      correctionHtml: html(m?.rettet),
      smiley: milestoneSmiley(cell),
      source: cell.smiley ? cell.source : null,
    };
  });
  const economySmiley = ini.økonomi.smiley ?? null;
  return {
    id: ini.id,
    agreementYear,
    anchor: `indsats-${agreementYear}-${anchorPart(ini.id)}${item.current ? '' : '-tidligere'}`,
    title: ini.titel,
    type: ini.type,
    descriptionHtml: renderText(ini.beskrivelse),
    responsibility: {
      center: ini.ansvar.center,
      committees: committeeLine(ini),
      contributor: ini.ansvar.bidragsyder || null,
      remarkHtml: html(ini.ansvar.bemærkning),
    },
    milestones,
    economy: {
      textHtml: renderText(ini.økonomi.tekst),
      statusHtml: html(ini.økonomi.status),
      smiley: economySmiley ? { value: economySmiley, label: economyLabel(economySmiley), carried: false } : null,
    },
    latestStatusHtml: html(ini.seneste_status),
  };
}

/**
 * Items at heading `level`, and, with a committee, only its initiatives and
 * the sub-themes that still hold one. `all` collects the initiatives kept.
 */
function itemViews(items: AppliedItem[], level: number, anchor: string, committee: string | null, all: InitiativeView[]): ThemeItemView[] {
  const out: ThemeItemView[] = [];
  items.forEach((item, k) => {
    if (item.initiative) {
      if (committee !== null && !belongsTo(item.initiative.initiative, committee)) return;
      const view = initiativeView(item.initiative);
      all.push(view);
      out.push({ level, initiative: view, subtheme: null });
      return;
    }
    const sub = item.subtheme;
    const inside: InitiativeView[] = [];
    const subAnchor = `${anchor}-${k + 1}`;
    const children = itemViews(sub.items, level + 1, subAnchor, committee, inside);
    if (inside.length === 0) return;
    all.push(...inside);
    out.push({
      level,
      initiative: null,
      subtheme: { title: sub.title, anchor: subAnchor, descriptionHtml: html(sub.description), items: children, initiatives: inside },
    });
  });
  return out;
}

/** Themes whose heading is at `level`; with a committee, only those that hold one of its initiatives. */
function themeViews(themes: AppliedTheme[], anchorBase: string, level: number, committee: string | null): ThemeView[] {
  return themes
    .map((theme, t) => {
      const anchor = `${anchorBase}-${t + 1}`;
      const initiatives: InitiativeView[] = [];
      const items = itemViews(theme.items, level + 1, anchor, committee, initiatives);
      return { title: theme.title, anchor, items, initiatives };
    })
    .filter((theme) => committee === null || theme.initiatives.length > 0);
}

function earlierView(a: AppliedAgreement, committee: string | null): EarlierAgreementView {
  return {
    heading: `Ekstra opfølgning på ${a.agreement}`,
    anchor: `tidligere-${a.year}`,
    year: a.year,
    themes: themeViews(a.themes, `tema-${a.year}-tidligere`, 3, committee),
  };
}

function guideView(custom: string | null | undefined, year: number): GuideView {
  const glad = (label: string): SmileyView => ({ value: 'glad', label, carried: false });
  return {
    customHtml: custom ? renderText(custom, { smileyShortcodes: true }) : null,
    year,
    milestoneDefinitions: [
      { smiley: glad(milestoneLabel('glad')), text: 'Milepælen er nået.' },
      {
        smiley: { value: 'neutral', label: milestoneLabel('neutral'), carried: false },
        text: 'Milepælen er ikke fuldt nået, men det er fortsat realistisk, at målet nås inden for budgetperioden.',
      },
      {
        smiley: { value: 'sur', label: milestoneLabel('sur'), carried: false },
        text:
          'Milepælen er ikke nået, og det er ikke realistisk, at milepælen nås inden for budgetperioden under de givne ' +
          'forudsætninger. For at milepælen nås, skal der træffes beslutning om en korrigerende handling.',
      },
    ],
    economyDefinitions: [
      { smiley: glad(economyLabel('glad')), text: 'Budgettet er overholdt eller besparelsen er opnået.' },
      {
        smiley: { value: 'sur', label: economyLabel('sur'), carried: false },
        text: 'Budgettet er ikke overholdt eller besparelsen er ikke opnået inden for budgetperioden.',
      },
    ],
    carriedExample: { value: 'glad', label: milestoneLabel('glad', true), carried: true },
  };
}

/**
 * Every plain string of the view made safe to show (bidi controls visible);
 * the `…Html` fields are already made by renderText.
 */
function plainStrings<T>(value: T): T {
  if (typeof value === 'string') return plainText(value) as T;
  if (Array.isArray(value)) return value.map(plainStrings) as T;
  if (value !== null && typeof value === 'object') {
    // A loop, not Object.fromEntries(Object.entries(…).map(…)): this walks every
    // value of the report, and the pairs it allocated were most of its time.
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value)) {
      const v = (value as Record<string, unknown>)[k];
      out[k] = k.endsWith('Html') ? v : plainStrings(v);
    }
    return out as T;
  }
  return value;
}

/** Everything the template shows, formatted in Danish; no layout decisions. */
export function buildView(round: AppliedRound, options: ViewOptions = {}): ReportView {
  return plainStrings(buildRawView(round, options));
}

function buildRawView(round: AppliedRound, options: ViewOptions): ReportView {
  const { data } = round;
  const committee = options.committee ?? null;
  const themes = themeViews(round.themes, 'tema', 2, committee);
  const earlierAgreements = round.earlier
    .map((a) => earlierView(a, committee))
    .filter((a) => committee === null || a.themes.length > 0);
  return {
    lang: 'da',
    // The file's own title, for a round named otherwise, is the title of every report made from it.
    title: data.titel || reportTitle(data.runde, data.aftale, committee ?? data.modtager),
    author: data.kommune || data.modtager,
    subject: data.aftale,
    isoDate: data.dato,
    year: data.år,
    round: data.runde,
    committee,
    letterhead: {
      date: danishDate(data.dato),
      phone: data.kontakt.telefon,
      email: data.kontakt.email,
      contact: data.kontakt.navn,
      caseId: data.sagsid,
    },
    guide: guideView(data.læsevejledning, data.år),
    overview: overviewView(data.runde, themes, earlierAgreements),
    themes,
    earlierAgreements,
  };
}
