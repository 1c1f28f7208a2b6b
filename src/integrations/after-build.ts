/** The shape of an integration that writes into the finished build, knowing the project's configuration. */
import type { AstroConfig, AstroIntegration } from 'astro';

type BuildDone = Parameters<NonNullable<AstroIntegration['hooks']['astro:build:done']>>[0];

export function afterBuild(name: string, done: (config: AstroConfig, build: BuildDone) => void | Promise<void>): AstroIntegration {
  let config: AstroConfig | undefined;
  return {
    name,
    hooks: {
      'astro:config:done': ({ config: resolved }) => {
        config = resolved;
      },
      'astro:build:done': async (build) => {
        if (!config) throw new Error(`${name} : la configuration d’Astro n’a pas été lue avant la fin de la construction.`);
        await done(config, build);
      },
    },
  };
}
