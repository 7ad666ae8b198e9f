// A small browser for scripts and tests that talk to a running portal over HTTP: a cookie jar, forms
// posted with the page's CSRF token, and optionally a client address of its own (X-Forwarded-For, for a
// portal behind a trusted proxy hop).
export type Reply = { status: number; headers: Headers; text: string; location: string | null; setCookies: string[] };

export class PortalClient {
  readonly cookies = new Map<string, string>();

  constructor(
    readonly baseUrl: string,
    readonly address?: string,
  ) {}

  private headers(extra: Record<string, string> = {}): Record<string, string> {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    return { ...(this.address ? { "X-Forwarded-For": this.address } : {}), ...(cookie ? { Cookie: cookie } : {}), ...extra };
  }

  private async read(response: Response): Promise<Reply> {
    const setCookies = response.headers.getSetCookie();
    for (const line of setCookies) {
      const [pair, ...attributes] = line.split(";");
      const at = pair!.indexOf("=");
      const name = pair!.slice(0, at).trim();
      const value = pair!.slice(at + 1).trim();
      if (value === "" || attributes.some((a) => /^\s*max-age=0\s*$/i.test(a))) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return { status: response.status, headers: response.headers, text: await response.text(), location: response.headers.get("Location"), setCookies };
  }

  async request(path: string, init: { method?: string; body?: BodyInit; headers?: Record<string, string> } = {}): Promise<Reply> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method: init.method ?? "GET",
      body: init.body,
      headers: this.headers(init.headers),
      redirect: "manual",
      ...(init.body instanceof ReadableStream ? { duplex: "half" } : {}),
    } as RequestInit);
    return this.read(response);
  }

  get(path: string, headers?: Record<string, string>): Promise<Reply> {
    return this.request(path, { headers });
  }

  /** The CSRF token of the page at `path` (loading it sets the cookie). */
  async csrfToken(path = "/"): Promise<string> {
    const page = await this.get(path);
    const match = /name="csrf" value="([^"]+)"/.exec(page.text);
    if (!match) throw new Error(`no CSRF field on ${path} (status ${page.status})`);
    return match[1]!;
  }

  /** Posts a form as the page at `formPage` would, with its CSRF token. */
  async postForm(path: string, fields: Record<string, string | string[]>, formPage = path): Promise<Reply> {
    const body = new URLSearchParams();
    body.set("csrf", await this.csrfToken(formPage));
    for (const [key, value] of Object.entries(fields)) for (const v of Array.isArray(value) ? value : [value]) body.append(key, v);
    return this.request(path, { method: "POST", body, headers: { "Content-Type": "application/x-www-form-urlencoded" } });
  }

  signIn(email: string, password: string, redirectTo?: string): Promise<Reply> {
    return this.postForm("/medarbejder/log-ind", { email, password, ...(redirectTo !== undefined ? { redirectTo } : {}) });
  }
}
