/**
 * Every built page is valid HTML by html-validate's recommended rules (.htmlvalidate.mjs, each exception with its
 * reason), except /admin/: the Decap CMS application shell, a third-party app drawn by its own script.
 */
import path from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { describe, expect, it } from 'vitest';
import config from '../../.htmlvalidate.mjs';
import { DIST, htmlFiles } from '../support/a11y.ts';

describe('le HTML construit (html-validate)', () => {
  it('n’a aucune erreur sur chaque page du site, hors l’éditeur web /admin/', async () => {
    const validator = new HtmlValidate(new StaticConfigLoader(config as ConfigData));
    const files = htmlFiles().filter((f) => !f.startsWith('admin/'));
    expect(files.length).toBeGreaterThan(100);
    const errors: string[] = [];
    for (const file of files) {
      const report = await validator.validateFile(path.join(DIST, file));
      for (const result of report.results) {
        for (const m of result.messages) errors.push(`${file}:${m.line}:${m.column} ${m.ruleId} : ${m.message} (${m.selector ?? ''})`);
      }
    }
    expect(errors, `${errors.length} erreurs :\n${errors.slice(0, 100).join('\n')}`).toEqual([]);
  });
});
