import { describe, expect, it } from 'vitest';
import { formatText } from '../../src/diff/format-text.js';
import { fileChanges, roundChanges } from '../../src/diff/round-changes.js';
import { agreement2023, SUBTHEMES, TITLES } from '../helpers/agreement-2023.js';
import { appliedOf } from '../helpers/round-yaml.js';
import { runCli } from '../helpers/run-cli.js';
import { tempTree } from '../helpers/temp-dir.js';

/*
 * Issue 9: the change log of a 2023-shaped agreement. Initiatives inside
 * sub-themes are compared like any other; a rettet note and a move to another
 * sub-theme (or a renamed one) are changes a reader must see.
 */

const env = { NO_COLOR: '1' };
const NOTE = 'Smileyen er ændret fra glad, fordi tidsplanen er skredet.';

describe('diff on a 2023-shaped agreement', () => {
  it('lists the changes of initiatives at every depth, the corrected history with its rettet note', async () => {
    const cwd = tempTree({
      'data/2023/runde-1.yaml': agreement2023({ round: 1 }),
      'data/2023/runde-2.yaml': agreement2023({ round: 2, rettet: NOTE }),
    });
    const r = await runCli(['diff', '1', '2'], { cwd, env });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')).toEqual([
      'Ændringer fra data/2023/runde-1.yaml til data/2023/runde-2.yaml',
      '',
      'Rapporten',
      '  dato: 2023-05-01 → 2023-09-01',
      '',
      `1.1.1 ${TITLES['1.1.1']}`,
      '  2. opfølgning: ingen → glad',
      `1.1.2 ${TITLES['1.1.2']}`,
      '  2. opfølgning: ingen → glad',
      `1.2.1 ${TITLES['1.2.1']}`,
      '  2. opfølgning: ingen → sur',
      `2.1 ${TITLES['2.1']}`,
      '  1. opfølgning: glad → neutral (ændret historik)',
      `  rettet 1. opfølgning: {+${NOTE}+}`,
      '  2. opfølgning: ingen → neutral',
      `3.1 ${TITLES['3.1']}`,
      '  2. opfølgning: ingen → glad',
      `3.2.1 ${TITLES['3.2.1']}`,
      '  2. opfølgning: ingen → neutral',
      `3.2.2.1 ${TITLES['3.2.2.1']}`,
      '  2. opfølgning: ingen → glad',
      '',
    ]);
  });

  it('a changed rettet note, a renamed sub-theme, an initiative moved out of one, and a titel added', async () => {
    const before = agreement2023({ round: 2, rettet: NOTE });
    const after = agreement2023({
      round: 2,
      rettet: 'Smileyen er ændret fra glad, fordi tidsplanen er skredet to måneder.',
      top: 'titel: Anden opfølgning på Aftale om budget 2023\n',
    })
      .replace(`undertema: "${SUBTHEMES.pladser}"`, 'undertema: "3.2.2. Pladser til alle børn"')
      // 1.1.2 moved from sub-theme 1.1 into sub-theme 1.2 (its block cut and pasted after 1.2.1).
      .replace(/( {10}- id: "1\.1\.2"\n(?: {12}[^\n]*\n)+)([\s\S]*?)( {2}- titel: "2\.)/, '$2$1$3');
    // Two versions of the same round file, as `diff --git` compares them.
    const [older, newer] = [appliedOf(before, 'data/2023/runde-2.yaml'), appliedOf(after, 'data/2023/runde-2.yaml')];
    expect(formatText(roundChanges(older, newer), 'før', 'efter', {}, fileChanges(older, newer))).toEqual([
      'Ændringer fra før til efter',
      '',
      'Rapporten',
      '  titel: ingen → Anden opfølgning på Aftale om budget 2023',
      '',
      `1.1.2 ${TITLES['1.1.2']}`,
      `  undertema: [-1.1. Et aktivt fritidsliv-]{+${SUBTHEMES.rammer}+}`,
      `2.1 ${TITLES['2.1']}`,
      '  rettet 1. opfølgning: … ændret fra glad, fordi tidsplanen er [-skredet.-]{+skredet to måneder.+}',
      `3.2.2.1 ${TITLES['3.2.2.1']}`,
      '  undertema: … dagtilbudsområde › 3.2.2. Pladser til alle {+børn+}',
    ]);
  });
});
