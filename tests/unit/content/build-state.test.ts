/** The build's shared state: one copy for every copy of the module, as the loader, the integrations and the pages need. */
import { describe, expect, it } from 'vitest';
import * as state from '../../../src/lib/build-state.ts';

describe('l’état partagé de la construction', () => {
  it('les corps publiés par un chargeur remplacent ceux de sa collection seulement', () => {
    const body = (html: string) => ({ html, headings: [], steps: [] });
    state.publishBodies('projets', [{ id: 'a', ...body('<p>a</p>') }, { id: 'b', ...body('<p>b</p>') }]);
    state.publishBodies('methodes', [{ id: 'a', ...body('<p>m</p>') }]);
    state.publishBodies('projets', [{ id: 'c', ...body('<p>c</p>') }]);
    expect(state.storedBody('projets', 'a')).toBeUndefined();
    expect(state.storedBody('projets', 'c')?.html).toBe('<p>c</p>');
    expect(state.storedBody('methodes', 'a')?.html).toBe('<p>m</p>');
  });

  it('une autre copie du module (les pages sont empaquetées à part) lit le même état', async () => {
    const specifier = '../../../src/lib/build-state.ts?copie';
    const copy = (await import(/* @vite-ignore */ specifier)) as typeof state;
    expect(copy).not.toBe(state);
    const pages: string[] = [];
    state.setPagefindSink({ claimRecords: () => false, addRecords: () => undefined, add: (pathname) => void pages.push(pathname) });
    copy.pagefindSink()?.add('/projets/a/', '<html></html>');
    expect(pages).toEqual(['/projets/a/']);
    state.setPagefindSink(undefined);
    expect(copy.pagefindSink()).toBeUndefined();
    const corpus = Promise.resolve({ entries: {} as never, problems: [] });
    copy.shareCorpus(corpus);
    expect(state.sharedCorpus()).toBe(corpus);
    state.shareCorpus(undefined);
  });
});
