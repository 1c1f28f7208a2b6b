/**
 * The web editor's settings: the environment variables that choose the Git host and the repository,
 * read here and nowhere else (by the integration at build time and by the admin page).
 */

export type DecapBackendName = 'github' | 'gitlab' | 'test';

export interface DecapSettings {
  backend: DecapBackendName;
  /** "organisation/depot" (GitHub) or "groupe/projet" (GitLab). */
  repo?: string;
  branch: string;
  /** GitLab: the instance ("https://gitlab.example.gouv.fr"). */
  gitlabUrl?: string;
  /** GitLab: the OAuth application id (PKCE flow, no secret). */
  appId?: string;
  /** GitHub: the OAuth service that hands the editor a token ("https://auth.example.gouv.fr/auth"). */
  authUrl?: string;
  /** Git host API, when not the default (GitHub Enterprise: https://github.example/api/v3). */
  apiRoot?: string;
  /** decap-server for local editing (npx decap-server), used only when the editor runs on localhost. */
  localBackend?: string;
}

/** Where the build puts Decap's files, under the admin page, one folder per version (cacheable for ever). */
export const decapAssetsDir = (version: string) => `admin/decap-cms-${version}/`;

/** The variables, for the README and error messages. */
export const DECAP_ENV = [
  'DECAP_BACKEND',
  'DECAP_REPO',
  'DECAP_BRANCH',
  'DECAP_GITLAB_URL',
  'DECAP_APP_ID',
  'DECAP_AUTH_URL',
  'DECAP_API_ROOT',
  'DECAP_LOCAL_BACKEND',
] as const;

export class DecapSettingsError extends Error {
  constructor(message: string) {
    super(`Éditeur web (/admin/) mal configuré : ${message}`);
    this.name = 'DecapSettingsError';
  }
}

function httpsUrl(name: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new DecapSettingsError(`${name} doit être une adresse complète (https://…), reçu « ${value} ».`);
  }
  if (url.protocol !== 'https:' && !['localhost', '127.0.0.1'].includes(url.hostname)) {
    throw new DecapSettingsError(`${name} doit commencer par https:// (reçu « ${value} »).`);
  }
  return url.href.replace(/\/$/, '');
}

/**
 * Reads the web editor's settings from the environment. Without DECAP_BACKEND the editor runs in
 * trial mode (Decap's test-repo backend: everything stays in the browser), with a warning in a build.
 */
export function decapSettings(
  env: Record<string, string | undefined>,
  options: { dev: boolean },
): { settings: DecapSettings; warnings: string[] } {
  const get = (name: (typeof DECAP_ENV)[number]) => env[name]?.trim() || undefined;
  const warnings: string[] = [];
  const chosen = get('DECAP_BACKEND')?.toLowerCase();
  if (chosen && !['github', 'gitlab', 'test'].includes(chosen)) {
    throw new DecapSettingsError(`DECAP_BACKEND vaut « ${chosen} » ; valeurs possibles : github, gitlab, test.`);
  }
  const backend = (chosen ?? 'test') as DecapBackendName;
  if (!chosen && !options.dev) {
    warnings.push(
      'DECAP_BACKEND n’est pas défini : l’éditeur web /admin/ est en mode essai (rien n’est enregistré). Définissez DECAP_BACKEND=github ou gitlab et DECAP_REPO pour publier.',
    );
  }
  const settings: DecapSettings = { backend, branch: get('DECAP_BRANCH') ?? 'main' };
  const local = get('DECAP_LOCAL_BACKEND');
  if (local && !['0', 'false', 'non'].includes(local.toLowerCase())) {
    settings.localBackend = ['1', 'true', 'oui'].includes(local.toLowerCase())
      ? 'http://localhost:8081/api/v1'
      : httpsUrl('DECAP_LOCAL_BACKEND', local);
  }
  if (backend === 'test') return { settings, warnings };

  const repo = get('DECAP_REPO');
  if (!repo || !/^[\w.-]+(?:\/[\w.-]+)+$/.test(repo)) {
    throw new DecapSettingsError(`DECAP_REPO doit nommer le dépôt (« organisation/depot »)${repo ? `, reçu « ${repo} »` : ''}.`);
  }
  settings.repo = repo;
  const apiRoot = get('DECAP_API_ROOT');
  if (apiRoot) settings.apiRoot = httpsUrl('DECAP_API_ROOT', apiRoot);
  if (backend === 'github') {
    const authUrl = get('DECAP_AUTH_URL');
    if (!authUrl) {
      throw new DecapSettingsError(
        'DECAP_AUTH_URL doit donner l’adresse du service OAuth qui connecte l’éditeur à GitHub (par exemple https://auth.example.gouv.fr/auth).',
      );
    }
    settings.authUrl = httpsUrl('DECAP_AUTH_URL', authUrl);
  } else {
    settings.gitlabUrl = httpsUrl('DECAP_GITLAB_URL', get('DECAP_GITLAB_URL') ?? 'https://gitlab.com');
    const appId = get('DECAP_APP_ID');
    if (!appId) {
      throw new DecapSettingsError(
        'DECAP_APP_ID doit donner l’identifiant de l’application OAuth déclarée dans GitLab (flux PKCE, sans secret).',
      );
    }
    settings.appId = appId;
  }
  return { settings, warnings };
}
