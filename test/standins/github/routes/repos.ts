// Repository metadata and the authenticated user.
import { type Handler, HttpError } from '../http.js';
import { repository, user } from '../shapes.js';

export const repoRoutes: Record<string, Handler> = {
  'repos/get': (ctx) => ({ status: 200, body: repository(ctx.api, ctx.state, ctx.token.permissions, true) }),

  // Installation tokens (GITHUB_TOKEN) cannot read /user on real GitHub.
  'users/get-authenticated': (ctx) => {
    if (ctx.token.type === 'Bot') throw new HttpError(403, 'Resource not accessible by integration');
    return {
      status: 200,
      body: {
        ...user(ctx.api, ctx.actor),
        name: null,
        company: null,
        blog: '',
        location: null,
        email: null,
        hireable: null,
        bio: null,
        public_repos: 1,
        public_gists: 0,
        followers: 0,
        following: 0,
        created_at: '2020-01-01T00:00:00Z',
        updated_at: '2020-01-01T00:00:00Z',
      },
    };
  },
};
