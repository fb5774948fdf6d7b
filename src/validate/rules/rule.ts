import type { RuleInitiative } from '../collect-initiatives.js';
import type { LoadedYaml } from '../../load/parse-yaml.js';
import type { Problem } from '../../problems/problem.js';

export interface RuleContext {
  /** The file as shown in messages. */
  file: string;
  /** The round number the file name promises (runde-<N>.yaml), if it has that form. */
  fileNameRound: number | null;
  locate: LoadedYaml['locate'];
  /** The raw data, for rules about values the schema may have refused elsewhere. */
  value: unknown;
  /** `runde` of the file, when it is valid. */
  round: number | null;
  /** Every initiative with an id, with its smiley cells (see collectInitiatives). */
  initiatives: RuleInitiative[];
}

/** A rule inspects the file and returns problems; it never throws. */
export type Rule = (ctx: RuleContext) => Problem[];
