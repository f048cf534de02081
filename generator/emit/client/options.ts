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
}

export const DEFAULT_CLIENT_OPTIONS: ClientTargetOptions = { style: "classes" };
