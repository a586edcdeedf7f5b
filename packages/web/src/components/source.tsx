/** A data source: a link when it is a URL, the citation text otherwise. */
export function Source({ source, year }: { source: string; year?: number | undefined }) {
  const isUrl = /^https?:\/\//.test(source);
  let label = source;
  if (isUrl) {
    try {
      const u = new URL(source);
      label = u.hostname.replace(/^www\./, '') + (u.pathname.length > 1 ? u.pathname.replace(/\/$/, '') : '');
      if (label.length > 60) label = `${label.slice(0, 57)}…`;
    } catch {
      label = source;
    }
  }
  return (
    <span class="source">
      {isUrl ? (
        <a href={source} rel="noreferrer noopener" target="_blank">
          {label}
        </a>
      ) : (
        source
      )}
      {year !== undefined ? ` (${year})` : ''}
    </span>
  );
}
