import type { Source } from '../../dataset/schema';
import { formatDate } from './labels';
import { safeHttpUrl } from './safe-url';

/** A cited source: outlet, title (linked when the URL is http(s)), date. Text only, never HTML. */
export function SourceLink({ source }: { source: Source }) {
  const href = safeHttpUrl(source.url);
  return (
    <span class="source">
      <span class="outlet">{source.publisher}</span>
      {', '}
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer">
          {source.title}
        </a>
      ) : (
        <span>{source.title}</span>
      )}
      {', '}
      <time dateTime={source.date}>{formatDate(source.date)}</time>
    </span>
  );
}
