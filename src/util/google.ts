// Options every Google client gets. Application Default Credentials unless GOOGLE_OAUTH_ACCESS_TOKEN
// holds a token minted elsewhere (the same variable the Terraform provider reads); emulators are reached
// through the clients' own *_EMULATOR_HOST variables.
import { OAuth2Client } from 'google-auth-library';

export const tokenAuth = (): { authClient: OAuth2Client } | Record<string, never> => {
  const token = process.env.GOOGLE_OAUTH_ACCESS_TOKEN;
  if (!token) return {};
  const authClient = new OAuth2Client();
  authClient.setCredentials({ access_token: token });
  return { authClient };
};
