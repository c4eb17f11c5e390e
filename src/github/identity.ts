// Whose comments and issues are ours. GET /user answers 403 to installation tokens (GITHUB_TOKEN and GitHub Apps),
// and nothing else names an installation's bot login without an app JWT. So:
//   - a user token (PAT): its login, from GET /user; only that login's items are ours;
//   - an installation token (ghs_…, or /user refused): any Bot-type author is a candidate. Users cannot be of
//     type Bot, so a person pasting our marker is never mistaken for us. Once we create an item, its author's
//     login is known, and duplicate cleanup deletes only items of that exact login.
// Every item is also recognised by a hidden marker at the very start of its body.
import { type Octokit, statusOf } from './octokit.js';

export interface Identity {
  /** Known for user tokens; undefined for installation tokens. */
  login?: string;
}

export interface Author {
  login?: string;
  type?: string;
}

export const whoAmI = async (octokit: Octokit, token: string): Promise<Identity> => {
  if (token.startsWith('ghs_')) return {};
  try {
    return { login: (await octokit.rest.users.getAuthenticated()).data.login };
  } catch (e) {
    if (statusOf(e) === 403 || statusOf(e) === 401) return {};
    throw e;
  }
};

export const isOwn = (me: Identity, author: Author | null | undefined): boolean =>
  me.login === undefined ? author?.type === 'Bot' : author?.login === me.login;
