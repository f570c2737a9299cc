/** Fetches a file of the app's own build (a bundled `?url`, resolved against the page) as JSON; an HTTP error throws with the file's URL. */
export async function fetchJson<T>(url: string): Promise<T> {
  const res = await fetch(new URL(url, document.baseURI));
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return (await res.json()) as T;
}
