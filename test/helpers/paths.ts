// Locations tests read from. The shared Auth0 documents live beside the repo, never inside it.
import { fileURLToPath } from "node:url";

export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const SHARED_SPEC_DIR = fileURLToPath(new URL("../../../shared/spec/", import.meta.url));
export const AUTH0_SPEC = `${SHARED_SPEC_DIR}auth0-management-2026-06-25.json`;
export const AUTH0_SPEC_OLD = `${SHARED_SPEC_DIR}auth0-management-2026-06-05.json`;
export const EMBEDDED_SPEC = fileURLToPath(new URL("../../spec/openapi.yaml", import.meta.url));
export const TSC5 = fileURLToPath(new URL("../../node_modules/typescript/bin/tsc", import.meta.url));
export const TSC7 = fileURLToPath(new URL("../../node_modules/typescript7/bin/tsc", import.meta.url));
