// The request's CSP nonce for the scripts Remix renders. Set on the server only (entry.server.tsx); in
// the browser it is empty, as browsers hide nonces from the page anyway.
import { createContext, useContext } from "react";

const NonceContext = createContext("");

export const NonceProvider = NonceContext.Provider;

export function useNonce(): string {
  return useContext(NonceContext);
}
