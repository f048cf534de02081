// Options of the client target.

export const CLIENT_STYLES = ["classes", "functions"] as const;
export type ClientStyle = (typeof CLIENT_STYLES)[number];

export interface ClientTargetOptions {
  /**
   * `classes`: one client object, `client.users.list()`, every resource created with it.
   * `functions`: one exported function per operation, `usersList(client)`, so a bundler keeps only
   * the operations an app imports. Default: `classes`.
   */
  style: ClientStyle;
  /**
   * Embed the generated validators (`validators/`) so `createClient({ validate })` can check
   * requests and responses. Off by default: on Auth0 they are 4 MB of checks that every
   * `tsc` run over the user's project would pay for (2 s → 8 s with TypeScript 5).
   */
  validators: boolean;
}

export const DEFAULT_CLIENT_OPTIONS: ClientTargetOptions = { style: "classes", validators: false };
